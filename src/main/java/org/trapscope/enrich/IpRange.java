package org.trapscope.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * An inclusive range of addresses in the engine's 128-bit form. Registries hand out ranges that
 * are not always one CIDR block (a delegated IPv4 record is a count of addresses), so ranges are
 * kept as start and end and turned into CIDR text only for display.
 */
public record IpRange(long startHi, long startLo, long endHi, long endLo) {

    public IpRange {
        if (IpNumbers.compare(startHi, startLo, endHi, endLo) > 0) {
            throw new IllegalArgumentException("range ends before it starts: "
                    + IpNumbers.format(startHi, startLo) + " - " + IpNumbers.format(endHi, endLo));
        }
    }

    /** The CIDR block of the given prefix length (for IPv4, 0-32) that holds the address. */
    public static IpRange ofPrefix(long hi, long lo, int prefixLength) {
        int bits = IpNumbers.isV4(hi, lo) ? prefixLength + 96 : prefixLength;
        if (bits < 0 || bits > 128) {
            throw new IllegalArgumentException("bad prefix length " + prefixLength);
        }
        long maskHi = bits >= 64 ? -1L : bits == 0 ? 0 : -1L << (64 - bits);
        long maskLo = bits <= 64 ? 0 : bits == 128 ? -1L : -1L << (128 - bits);
        return new IpRange(hi & maskHi, lo & maskLo, hi | ~maskHi, lo | ~maskLo);
    }

    /** Parses "a.b.c.d/n", "x::/n", "a - b" or one address. */
    public static IpRange parse(String text) {
        String s = text.trim();
        int dash = s.indexOf('-');
        if (dash > 0) {
            long[] start = IpNumbers.parse(s.substring(0, dash));
            long[] end = IpNumbers.parse(s.substring(dash + 1));
            return new IpRange(start[0], start[1], end[0], end[1]);
        }
        int slash = s.indexOf('/');
        long[] address = IpNumbers.parse(slash < 0 ? s : s.substring(0, slash));
        if (slash < 0) {
            return new IpRange(address[0], address[1], address[0], address[1]);
        }
        return ofPrefix(address[0], address[1], Integer.parseInt(s.substring(slash + 1).trim()));
    }

    public boolean contains(long hi, long lo) {
        return IpNumbers.compare(startHi, startLo, hi, lo) <= 0 && IpNumbers.compare(hi, lo, endHi, endLo) <= 0;
    }

    /** True when this range holds fewer addresses than the other. */
    public boolean isNarrowerThan(IpRange other) {
        long sizeHi = endHi - startHi - (Long.compareUnsigned(endLo, startLo) < 0 ? 1 : 0);
        long otherHi = other.endHi - other.startHi - (Long.compareUnsigned(other.endLo, other.startLo) < 0 ? 1 : 0);
        return IpNumbers.compare(sizeHi, endLo - startLo, otherHi, other.endLo - other.startLo) < 0;
    }

    /** The prefix length if this range is exactly one CIDR block (IPv4 counted in 32 bits), else -1. */
    public int prefixLength() {
        long diffHi = startHi ^ endHi;
        long diffLo = startLo ^ endLo;
        int hostBits = diffHi != 0 ? 128 - Long.numberOfLeadingZeros(diffHi) : 64 - Long.numberOfLeadingZeros(diffLo);
        long maskHi = hostMaskHi(hostBits);
        long maskLo = hostMaskLo(hostBits);
        boolean block = (startHi & maskHi) == 0 && (startLo & maskLo) == 0
                && (endHi & maskHi) == maskHi && (endLo & maskLo) == maskLo;
        if (!block) {
            return -1;
        }
        return IpNumbers.isV4(startHi, startLo) && IpNumbers.isV4(endHi, endLo) ? 32 - hostBits : 128 - hostBits;
    }

    /** The smallest list of CIDR blocks that covers exactly this range, as text. */
    public List<String> cidrs() {
        return blocks().stream().map(IpRange::toText).toList();
    }

    /** The smallest list of CIDR blocks that covers exactly this range, in address order. */
    public List<IpRange> blocks() {
        List<IpRange> blocks = new ArrayList<>();
        long hi = startHi;
        long lo = startLo;
        while (true) {
            int hostBits = Math.min(trailingZeros(hi, lo), 128);
            while (hostBits > 0 && IpNumbers.compare(hi | hostMaskHi(hostBits), lo | hostMaskLo(hostBits), endHi, endLo) > 0) {
                hostBits--;
            }
            IpRange block = new IpRange(hi, lo, hi | hostMaskHi(hostBits), lo | hostMaskLo(hostBits));
            blocks.add(block);
            if (block.endHi == endHi && block.endLo == endLo) {
                return blocks;
            }
            lo = block.endLo + 1;
            hi = block.endHi + (lo == 0 ? 1 : 0);
        }
    }

    /** One CIDR ("192.0.2.0/24") when the range is one, else "start - end" as whois writes inetnums. */
    public String toText() {
        int prefix = prefixLength();
        String start = IpNumbers.format(startHi, startLo);
        return prefix >= 0 ? start + "/" + prefix : start + " - " + IpNumbers.format(endHi, endLo);
    }

    @Override
    public String toString() {
        return toText();
    }

    private static int trailingZeros(long hi, long lo) {
        return lo != 0 ? Long.numberOfTrailingZeros(lo) : 64 + (hi == 0 ? 64 : Long.numberOfTrailingZeros(hi));
    }

    private static long hostMaskHi(int hostBits) {
        return hostBits <= 64 ? 0 : hostBits == 128 ? -1L : -1L >>> (128 - hostBits);
    }

    private static long hostMaskLo(int hostBits) {
        return hostBits == 0 ? 0 : hostBits >= 64 ? -1L : -1L >>> (64 - hostBits);
    }
}
