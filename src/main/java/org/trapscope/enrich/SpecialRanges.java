package org.trapscope.enrich;

import java.util.List;

/**
 * Address blocks that no registry or geolocation database describes (IANA's special-purpose
 * registries, RFC 6890 and successors). They get a label instead of a lookup, so a private or
 * documentation address never shows a made-up country and never causes a whois query.
 */
public final class SpecialRanges {
    public static final String PRIVATE = "private";
    public static final String LOOPBACK = "loopback";
    public static final String DOCUMENTATION = "documentation";
    public static final String CGNAT = "CGNAT";
    public static final String MULTICAST = "multicast";
    public static final String LINK_LOCAL = "link-local";
    public static final String UNSPECIFIED = "unspecified";
    public static final String RESERVED = "reserved";
    public static final String BENCHMARKING = "benchmarking";
    public static final String BROADCAST = "broadcast";

    private record Labelled(IpRange range, String label) {
    }

    /** Most specific first where blocks nest (255.255.255.255 inside 240/4). */
    private static final List<Labelled> RANGES = List.of(
            of("0.0.0.0/8", UNSPECIFIED),
            of("10.0.0.0/8", PRIVATE),
            of("100.64.0.0/10", CGNAT),
            of("127.0.0.0/8", LOOPBACK),
            of("169.254.0.0/16", LINK_LOCAL),
            of("172.16.0.0/12", PRIVATE),
            of("192.0.0.0/24", RESERVED),
            of("192.0.2.0/24", DOCUMENTATION),
            of("192.168.0.0/16", PRIVATE),
            of("198.18.0.0/15", BENCHMARKING),
            of("198.51.100.0/24", DOCUMENTATION),
            of("203.0.113.0/24", DOCUMENTATION),
            of("224.0.0.0/4", MULTICAST),
            of("255.255.255.255/32", BROADCAST),
            of("240.0.0.0/4", RESERVED),
            of("::/128", UNSPECIFIED),
            of("::1/128", LOOPBACK),
            of("100::/64", RESERVED),
            of("2001:db8::/32", DOCUMENTATION),
            of("3fff::/20", DOCUMENTATION),
            of("fc00::/7", PRIVATE),
            of("fe80::/10", LINK_LOCAL),
            of("ff00::/8", MULTICAST));

    private SpecialRanges() {
    }

    private static Labelled of(String cidr, String label) {
        return new Labelled(IpRange.parse(cidr), label);
    }

    /** First octets of IPv4 addresses that may be special; every other /8 is skipped at once. */
    private static final boolean[] SPECIAL_V4_FIRST_OCTET = new boolean[256];

    static {
        for (Labelled labelled : RANGES) {
            if (IpNumbers.isV4(labelled.range.startHi(), labelled.range.startLo())) {
                int first = (int) (labelled.range.startLo() >>> 24) & 0xFF;
                int last = (int) (labelled.range.endLo() >>> 24) & 0xFF;
                for (int octet = first; octet <= last; octet++) {
                    SPECIAL_V4_FIRST_OCTET[octet] = true;
                }
            }
        }
    }

    /** The label of a special-purpose address, or null for an ordinary one. */
    public static String classify(long hi, long lo) {
        if (IpNumbers.isV4(hi, lo) && !SPECIAL_V4_FIRST_OCTET[(int) (lo >>> 24) & 0xFF]) {
            return null;
        }
        for (Labelled labelled : RANGES) {
            if (labelled.range.contains(hi, lo)) {
                return labelled.label;
            }
        }
        return null;
    }

    /** The special-purpose block holding the address, or null. */
    public static IpRange blockOf(long hi, long lo) {
        for (Labelled labelled : RANGES) {
            if (labelled.range.contains(hi, lo)) {
                return labelled.range;
            }
        }
        return null;
    }
}
