package org.trapscope.analysis;

import org.trapscope.store.IpAddress;

/**
 * An address or CIDR block, IPv4 or IPv6, compared on the 128-bit form the event store uses
 * (IPv4 as {@code ::ffff:a.b.c.d}), so {@code 1.2.3.4} never matches {@code 11.2.3.45}.
 *
 * @param hi     high 64 bits of the first address of the block
 * @param lo     low 64 bits of the first address of the block
 * @param prefix prefix length on the 128-bit form (a /24 IPv4 block is 96 + 24)
 */
public record IpRange(long hi, long lo, int prefix) {

    /** Parses {@code 1.2.3.4}, {@code 1.2.3.0/24}, {@code 2001:db8::/32} or {@code 2001:db8::1}. */
    public static IpRange parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        long[] bits = new long[2];
        if (!IpAddress.parse(address, bits)) {
            throw new IllegalArgumentException("not an IP address or CIDR block: '" + text + "'");
        }
        boolean v4 = IpAddress.isV4(bits[0], bits[1]);
        int prefix = 128;
        if (slash >= 0) {
            int length;
            try {
                length = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in '" + text + "'");
            }
            int max = v4 ? 32 : 128;
            if (length < 0 || length > max) {
                throw new IllegalArgumentException("prefix length of '" + text + "' must be 0 to " + max);
            }
            prefix = v4 ? 96 + length : length;
        }
        return new IpRange(bits[0] & mask(prefix, 0), bits[1] & mask(prefix, 64), prefix);
    }

    public boolean contains(long addressHi, long addressLo) {
        return (addressHi & mask(prefix, 0)) == hi && (addressLo & mask(prefix, 64)) == lo;
    }

    /** The bits of a 64-bit half (starting at bit {@code offset} of 128) covered by the prefix. */
    private static long mask(int prefix, int offset) {
        int bits = Math.max(0, Math.min(64, prefix - offset));
        return bits == 0 ? 0 : -1L << (64 - bits);
    }
}
