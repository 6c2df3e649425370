package org.trapscope.grammar.auth;

/**
 * Turns the many ways daemons print a client address into one canonical text, so that the same
 * client gives the same key whichever daemon logged it.
 *
 * <p>Written by hand rather than with {@code InetAddress.getByName}, which would resolve host
 * names through DNS: log text must never cause network traffic.
 */
public final class IpText {
    private IpText() {
    }

    /**
     * Normalises an address literal.
     *
     * @param text {@code 1.2.3.4}, {@code [1.2.3.4]}, {@code ::ffff:1.2.3.4}, {@code [2001:DB8:0::1]}, ...
     * @return dotted IPv4 (IPv4-mapped IPv6 becomes IPv4), or RFC 5952 IPv6 (lower case, zero
     *         runs compressed); null when the text is not an address literal, e.g. a host name.
     *         IPv4 octets with leading zeros are rejected, as {@code inet_pton} does, because
     *         they are ambiguous (octal or decimal).
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        if (t.length() >= 2 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']') {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || t.length() > 45) {
            return null;
        }
        if (t.indexOf(':') < 0) {
            int[] v4 = parseIpv4(t);
            return v4 == null ? null : v4[0] + "." + v4[1] + "." + v4[2] + "." + v4[3];
        }
        int[] groups = parseIpv6(t);
        if (groups == null) {
            return null;
        }
        if (isIpv4Mapped(groups)) {
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        return formatIpv6(groups);
    }

    private static int[] parseIpv4(String t) {
        String[] parts = t.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return null;
            }
            octets[i] = v;
        }
        return octets;
    }

    /** Eight 16-bit groups, or null. Accepts {@code ::} once and a dotted IPv4 tail. */
    private static int[] parseIpv6(String t) {
        int gap = t.indexOf("::");
        if (gap >= 0 && t.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? t.substring(0, gap) : t;
        String tail = gap >= 0 ? t.substring(gap + 2) : "";
        int[] headGroups = parseGroups(head, gap < 0);
        int[] tailGroups = gap >= 0 ? parseGroups(tail, true) : new int[0];
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int used = headGroups.length + tailGroups.length;
        if (gap < 0 ? used != 8 : used > 7) {
            return null;
        }
        int[] groups = new int[8];
        System.arraycopy(headGroups, 0, groups, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, groups, 8 - tailGroups.length, tailGroups.length);
        return groups;
    }

    /** Colon-separated hex groups; the last may be dotted IPv4 (two groups) when allowed. */
    private static int[] parseGroups(String s, boolean ipv4TailAllowed) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int[] out = new int[parts.length + 1];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && ipv4TailAllowed && p.indexOf('.') >= 0) {
                int[] v4 = parseIpv4(p);
                if (v4 == null) {
                    return null;
                }
                out[n++] = v4[0] << 8 | v4[1];
                out[n++] = v4[2] << 8 | v4[3];
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                // Character.digit alone would also take non-ASCII digits such as fullwidth ones
                int d = c < 128 ? Character.digit(c, 16) : -1;
                if (d < 0) {
                    return null;
                }
                v = v << 4 | d;
            }
            out[n++] = v;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isIpv4Mapped(int[] g) {
        return g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
    }

    /** RFC 5952: the longest run of two or more zero groups (the first on a tie) becomes {@code ::}. */
    private static String formatIpv6(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
