package org.trapscope.grammar.auth;

import org.trapscope.store.IpAddress;

/**
 * Turns the many ways daemons print a client address into one canonical text, so that the same
 * client gives the same key whichever daemon logged it.
 *
 * <p>Uses the store's parser rather than {@code InetAddress.getByName}, which would resolve host
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
        if (text == null || text.length() > 47 || hasLeadingZeroOctet(text)) {
            return null;
        }
        long[] address = new long[2];
        return IpAddress.parse(text, address) ? IpAddress.format(address[0], address[1]) : null;
    }

    /** {@code 010.1.2.3}: octal to some parsers, decimal to others; inet_pton refuses it, so do we. */
    private static boolean hasLeadingZeroOctet(String text) {
        if (text.indexOf(':') >= 0) {
            return false;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            boolean octetStart = i == 0 || !Character.isDigit(text.charAt(i - 1));
            if (octetStart && text.charAt(i) == '0' && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
