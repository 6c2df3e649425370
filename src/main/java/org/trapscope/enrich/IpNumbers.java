package org.trapscope.enrich;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Arithmetic on the engine's address form: the 128 bits of an IPv6 address as two longs (hi, lo),
 * IPv4 as its IPv4-mapped form {@code ::ffff:a.b.c.d} (hi = 0). Parsing is done by hand because
 * {@link InetAddress#getByName} would send a host name that is not an address to DNS.
 */
public final class IpNumbers {
    /** The lo word of {@code ::ffff:0.0.0.0}; OR an IPv4 address into it. */
    public static final long V4_MAPPED = 0x0000_FFFF_0000_0000L;

    private IpNumbers() {
    }

    public static boolean isV4(long hi, long lo) {
        return hi == 0 && (lo >>> 32) == 0xFFFFL;
    }

    /** The lo word of an IPv4 address given as its 32 bits. */
    public static long v4(int address) {
        return V4_MAPPED | (address & 0xFFFF_FFFFL);
    }

    /**
     * Compares two addresses as unsigned 128-bit numbers.
     */
    public static int compare(long hi1, long lo1, long hi2, long lo2) {
        int byHi = Long.compareUnsigned(hi1, hi2);
        return byHi != 0 ? byHi : Long.compareUnsigned(lo1, lo2);
    }

    /**
     * Parses an IPv4 or IPv6 address ("192.0.2.1", "2001:db8::1", "::ffff:192.0.2.1", "[::1]",
     * "fe80::1%eth0").
     *
     * @return {hi, lo}
     * @throws IllegalArgumentException if the text is not an address
     */
    public static long[] parse(CharSequence text) {
        long[] parsed = tryParse(text);
        if (parsed == null) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        return parsed;
    }

    /** Like {@link #parse} but answers null for text that is not an address. */
    public static long[] tryParse(CharSequence text) {
        String s = text.toString().trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        if (s.indexOf(':') < 0) {
            long v4 = parseV4(s, 0, s.length());
            return v4 < 0 ? null : new long[] {0, V4_MAPPED | v4};
        }
        return parseV6(s);
    }

    /** The 32 bits of a dotted quad as a non-negative long, or -1. */
    static long parseV4(String s, int from, int to) {
        long result = 0;
        int parts = 0;
        int i = from;
        while (i <= to && parts < 4) {
            int value = 0;
            int digits = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 4) {
                value = value * 10 + (s.charAt(i) - '0');
                digits++;
                i++;
            }
            if (digits == 0 || digits > 3 || value > 255) {
                return -1;
            }
            result = (result << 8) | value;
            parts++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != '.') {
                return -1;
            }
            i++;
        }
        return parts == 4 && i == to ? result : -1;
    }

    private static long[] parseV6(String s) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        int n = s.length();
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
            if (n == 2) {
                return new long[] {0, 0};
            }
        }
        while (i < n) {
            if (count == 8) {
                return null;
            }
            int end = i;
            while (end < n && s.charAt(end) != ':') {
                end++;
            }
            if (end == i) {
                return null;
            }
            if (end == n && s.indexOf('.', i) >= 0) {
                long v4 = parseV4(s, i, n);
                if (v4 < 0 || count > 6) {
                    return null;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                i = n;
                break;
            }
            if (end - i > 4) {
                return null;
            }
            int value = 0;
            for (int k = i; k < end; k++) {
                int digit = Character.digit(s.charAt(k), 16);
                if (digit < 0) {
                    return null;
                }
                value = (value << 4) | digit;
            }
            groups[count++] = value;
            i = end;
            if (i < n) {
                i++;
                if (i < n && s.charAt(i) == ':') {
                    if (gap >= 0) {
                        return null;
                    }
                    gap = count;
                    i++;
                } else if (i == n) {
                    return null;
                }
            }
        }
        if (gap < 0 && count != 8 || gap >= 0 && count > 7) {
            return null;
        }
        int[] full = new int[8];
        if (gap < 0) {
            full = groups;
        } else {
            System.arraycopy(groups, 0, full, 0, gap);
            int tail = count - gap;
            System.arraycopy(groups, gap, full, 8 - tail, tail);
        }
        long hi = 0;
        long lo = 0;
        for (int k = 0; k < 4; k++) {
            hi = (hi << 16) | full[k];
            lo = (lo << 16) | full[k + 4];
        }
        return new long[] {hi, lo};
    }

    /** IPv4 as a dotted quad, IPv6 in the RFC 5952 form (lower case, longest zero run as "::"). */
    public static String format(long hi, long lo) {
        if (isV4(hi, lo)) {
            return ((lo >>> 24) & 0xFF) + "." + ((lo >>> 16) & 0xFF) + "." + ((lo >>> 8) & 0xFF) + "." + (lo & 0xFF);
        }
        int[] groups = new int[8];
        for (int k = 0; k < 4; k++) {
            groups[k] = (int) ((hi >>> (48 - 16 * k)) & 0xFFFF);
            groups[k + 4] = (int) ((lo >>> (48 - 16 * k)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int k = 0; k < 8; ) {
            if (groups[k] != 0) {
                k++;
                continue;
            }
            int start = k;
            while (k < 8 && groups[k] == 0) {
                k++;
            }
            if (k - start > bestLength) {
                bestStart = start;
                bestLength = k - start;
            }
        }
        StringBuilder text = new StringBuilder(39);
        for (int k = 0; k < 8; k++) {
            if (k == bestStart) {
                text.append("::");
                k += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[k]));
        }
        return text.toString();
    }

    /** The address as the JDK's type, for readers that want one (no DNS is involved). */
    public static InetAddress toInetAddress(long hi, long lo) {
        try {
            if (isV4(hi, lo)) {
                return InetAddress.getByAddress(new byte[] {(byte) (lo >>> 24), (byte) (lo >>> 16), (byte) (lo >>> 8), (byte) lo});
            }
            byte[] bytes = new byte[16];
            for (int k = 0; k < 8; k++) {
                bytes[k] = (byte) (hi >>> (56 - 8 * k));
                bytes[k + 8] = (byte) (lo >>> (56 - 8 * k));
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The engine's form of a JDK address (IPv4 becomes IPv4-mapped). */
    public static long[] of(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            long v4 = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFFL) << 16) | ((bytes[2] & 0xFFL) << 8) | (bytes[3] & 0xFFL);
            return new long[] {0, V4_MAPPED | v4};
        }
        long hi = 0;
        long lo = 0;
        for (int k = 0; k < 8; k++) {
            hi = (hi << 8) | (bytes[k] & 0xFF);
            lo = (lo << 8) | (bytes[k + 8] & 0xFF);
        }
        return new long[] {hi, lo};
    }
}
