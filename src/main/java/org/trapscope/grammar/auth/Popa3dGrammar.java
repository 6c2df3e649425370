package org.trapscope.grammar.auth;

import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * popa3d (OpenBSD base up to 5.x). Only {@code Session from IP} carries the address; the
 * authentication lines of the same PID follow it without one, and the loader joins them.
 * popa3d logs {@code UNKNOWN USER} (older: {@code UNKNOWN}) instead of a name it does not know,
 * so that mistyped passwords do not end up in the log: that is INVALID_USER without a user.
 */
final class Popa3dGrammar implements MessageGrammar {
    private static final String SESSION = "Session from ";
    private static final String FAILED = "Authentication failed for ";
    private static final String PASSED = "Authentication passed for ";

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        if (message.startsWith(SESSION)) {
            String ip = IpText.normalise(message.substring(SESSION.length()));
            if (ip == null) {
                return false;
            }
            out.kind = EventKind.AUTH_SESSION;
            out.ip = ip;
            return true;
        }
        if (message.startsWith(FAILED)) {
            String user = message.substring(FAILED.length());
            boolean unknown = user.equals("UNKNOWN USER") || user.equals("UNKNOWN");
            out.kind = unknown ? EventKind.INVALID_USER : EventKind.AUTH_FAILURE;
            out.user = unknown ? null : user;
            return true;
        }
        if (message.startsWith(PASSED)) {
            out.kind = EventKind.AUTH_SUCCESS;
            out.user = message.substring(PASSED.length());
            return true;
        }
        return false;
    }
}
