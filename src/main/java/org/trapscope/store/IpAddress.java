package org.trapscope.store;

/**
 * IP addresses as two longs: the high and low 64 bits of the 128-bit IPv6 form. IPv4 addresses
 * use the IPv4-mapped form {@code ::ffff:a.b.c.d}, so one representation covers both and
 * {@code ::ffff:1.2.3.4} written by a daemon is the same address as {@code 1.2.3.4}.
 */
public final class IpAddress {
    private static final long V4_PREFIX = 0x0000_FFFF_0000_0000L;

    private IpAddress() {
    }

    public static long v4Low(int v4) {
        return V4_PREFIX | (v4 & 0xFFFF_FFFFL);
    }

    public static boolean isV4(long hi, long lo) {
        return hi == 0 && (lo & 0xFFFF_FFFF_0000_0000L) == V4_PREFIX;
    }

    /**
     * Parses an IPv4 or IPv6 address, with or without surrounding brackets. Returns false
     * (and leaves {@code out} unspecified) when the text is not an address.
     *
     * @param out receives hi in [0] and lo in [1]
     */
    public static boolean parse(CharSequence text, long[] out) {
        int start = 0;
        int end = text.length();
        if (end >= 2 && text.charAt(0) == '[' && text.charAt(end - 1) == ']') {
            start = 1;
            end--;
        }
        if (end - start < 2) {
            return false;
        }
        boolean hasColon = false;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ':') {
                hasColon = true;
                break;
            }
        }
        if (!hasColon) {
            long v4 = parseV4(text, start, end);
            if (v4 < 0) {
                return false;
            }
            out[0] = 0;
            out[1] = v4Low((int) v4);
            return true;
        }
        return parseV6(text, start, end, out);
    }

    /** Parses dotted-quad IPv4 in text[start, end); returns the address or -1. */
    public static long parseV4(CharSequence text, int start, int end) {
        long value = 0;
        int octets = 0;
        int i = start;
        while (i < end) {
            int digits = 0;
            int octet = 0;
            while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                octet = octet * 10 + (text.charAt(i) - '0');
                digits++;
                i++;
                if (digits > 3) {
                    return -1;
                }
            }
            if (digits == 0 || octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            if (i < end) {
                if (text.charAt(i) != '.' || octets == 4) {
                    return -1;
                }
                i++;
                if (i == end) {
                    return -1;
                }
            }
        }
        return octets == 4 ? value : -1;
    }

    private static boolean parseV6(CharSequence text, int start, int end, long[] out) {
        int zone = -1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '%') {
                zone = i;
                break;
            }
        }
        if (zone >= 0) {
            end = zone;
        }
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = start;
        if (i + 1 < end && text.charAt(i) == ':' && text.charAt(i + 1) == ':') {
            gap = 0;
            i += 2;
            if (i == end) {
                out[0] = 0;
                out[1] = 0;
                return true;
            }
        } else if (text.charAt(i) == ':') {
            return false;
        }
        while (i < end) {
            int groupStart = i;
            int value = 0;
            int digits = 0;
            while (i < end && digits < 5) {
                int d = hexDigit(text.charAt(i));
                if (d < 0) {
                    break;
                }
                value = (value << 4) | d;
                digits++;
                i++;
            }
            if (i < end && text.charAt(i) == '.') {
                long v4 = parseV4(text, groupStart, end);
                if (v4 < 0 || count > 6) {
                    return false;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                i = end;
                break;
            }
            if (digits == 0 || digits > 4 || count == 8) {
                return false;
            }
            groups[count++] = value;
            if (i == end) {
                break;
            }
            if (text.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < end && text.charAt(i) == ':') {
                if (gap >= 0) {
                    return false;
                }
                gap = count;
                i++;
                if (i == end) {
                    break;
                }
            } else if (i == end) {
                return false;
            }
        }
        int[] full = new int[8];
        if (gap >= 0) {
            if (count >= 8) {
                return false;
            }
            int tail = count - gap;
            System.arraycopy(groups, 0, full, 0, gap);
            System.arraycopy(groups, gap, full, 8 - tail, tail);
        } else {
            if (count != 8) {
                return false;
            }
            full = groups;
        }
        long hi = 0;
        long lo = 0;
        for (int g = 0; g < 4; g++) {
            hi = (hi << 16) | full[g];
            lo = (lo << 16) | full[g + 4];
        }
        out[0] = hi;
        out[1] = lo;
        return true;
    }

    /** ASCII hex only: Character.digit would also take full-width and other Unicode digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Dotted quad for IPv4 (also for the mapped form), RFC 5952 text for IPv6. */
    public static String format(long hi, long lo) {
        if (isV4(hi, lo)) {
            int v4 = (int) lo;
            return ((v4 >>> 24) & 0xFF) + "." + ((v4 >>> 16) & 0xFF) + "." + ((v4 >>> 8) & 0xFF) + "." + (v4 & 0xFF);
        }
        int[] g = new int[8];
        for (int k = 0; k < 4; k++) {
            g[k] = (int) ((hi >>> (48 - 16 * k)) & 0xFFFF);
            g[k + 4] = (int) ((lo >>> (48 - 16 * k)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int k = 0; k < 8; ) {
            if (g[k] != 0) {
                k++;
                continue;
            }
            int s = k;
            while (k < 8 && g[k] == 0) {
                k++;
            }
            if (k - s > bestLen) {
                bestLen = k - s;
                bestStart = s;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int k = 0; k < 8; k++) {
            if (k == bestStart) {
                sb.append("::");
                k += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[k]));
        }
        return sb.toString();
    }
}
