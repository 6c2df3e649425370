package org.trapscope.grammar.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * Courier IMAP/POP3: {@code LOGIN FAILED, user=U, ip=[::ffff:1.2.3.4][, port=[N]]} (AUTH_FAILURE)
 * and {@code LOGIN, user=U, ip=[...]} (AUTH_SUCCESS). Some builds log {@code method=M} instead of
 * the user; the event then has no user.
 */
final class CourierGrammar implements MessageGrammar {
    private static final Pattern LOGIN = Pattern.compile(
            "LOGIN(?: (FAILED))?, (?:user=(.*)|method=\\S*), ip=\\[([^\\]]*)\\](?:, port=\\[(\\d{1,5})\\])?.*");

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        if (!message.startsWith("LOGIN")) {
            return false;
        }
        Matcher m = LOGIN.matcher(message);
        if (!m.matches()) {
            return false;
        }
        out.kind = m.group(1) != null ? EventKind.AUTH_FAILURE : EventKind.AUTH_SUCCESS;
        out.user = m.group(2);
        out.ip = IpText.normalise(m.group(3));
        out.port = m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
        return true;
    }
}
