package org.trapscope.grammar.auth;

import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * Solid POP3 ({@code spop3d}, {@code solid-pop3d}). Built with LOG_EXTEND, messages end in
 * {@code " - HOST"}, where HOST is the dotted IP or {@code name (ip)} with RESOLVE_HOSTNAME.
 * Without LOG_EXTEND there is no host and the event has no IP.
 *
 * <p>An unknown or unmappable user name is INVALID_USER; a wrong password, a failed APOP or a
 * refused root login is AUTH_FAILURE; {@code connect from} is AUTH_SESSION.
 */
final class SolidPop3Grammar implements MessageGrammar {
    /** A message start that is followed by the user name, and what it means. */
    private record UserPrefix(String text, EventKind kind) {
    }

    private static final UserPrefix[] USER_PREFIXES = {
        new UserPrefix("authentication failed: no such user: ", EventKind.INVALID_USER),
        new UserPrefix("authentication failed: can't map user name: ", EventKind.INVALID_USER),
        new UserPrefix("authentication failed for mapped user ", EventKind.AUTH_FAILURE),
        new UserPrefix("authentication failed for user ", EventKind.AUTH_FAILURE),
        new UserPrefix("APOP authentication failed for user ", EventKind.AUTH_FAILURE),
        new UserPrefix("can't find APOP secret for user ", EventKind.AUTH_FAILURE),
    };
    private static final String ROOT = "root login not allowed";
    private static final String CONNECT = "connect from ";
    private static final String SUCCESS = "user ";
    private static final String AUTHENTICATED = " authenticated";

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        int dash = message.lastIndexOf(" - ");
        String text = dash >= 0 ? message.substring(0, dash) : message;
        String host = dash >= 0 ? message.substring(dash + 3) : null;
        if (message.startsWith(CONNECT)) {
            out.kind = EventKind.AUTH_SESSION;
            out.ip = ipOf(message.substring(CONNECT.length()));
            return true;
        }
        for (UserPrefix prefix : USER_PREFIXES) {
            if (text.startsWith(prefix.text())) {
                out.kind = prefix.kind();
                out.user = text.substring(prefix.text().length());
                out.ip = ipOf(host);
                return true;
            }
        }
        if (text.equals(ROOT)) {
            out.kind = EventKind.AUTH_FAILURE;
            out.user = "root";
            out.ip = ipOf(host);
            return true;
        }
        if (text.startsWith(SUCCESS) && text.endsWith(AUTHENTICATED) && text.length() > SUCCESS.length()
                + AUTHENTICATED.length()) {
            out.kind = EventKind.AUTH_SUCCESS;
            out.user = text.substring(SUCCESS.length(), text.length() - AUTHENTICATED.length());
            out.ip = ipOf(host);
            return true;
        }
        return false;
    }

    /** {@code 1.2.3.4} or {@code name (1.2.3.4)}. */
    private static String ipOf(String host) {
        if (host == null) {
            return null;
        }
        int open = host.lastIndexOf(" (");
        if (open >= 0 && host.endsWith(")")) {
            return IpText.normalise(host.substring(open + 2, host.length() - 1));
        }
        return IpText.normalise(host);
    }
}
