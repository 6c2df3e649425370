package org.trapscope.grammar.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * Cyrus IMAP/POP3: {@code badlogin: HOST [IP] MECH [USER] [SASL(-13): REASON]}. The host may be
 * missing or glued to the bracket ({@code local-host[1.2.3.4]}), the user is missing for
 * challenge-response mechanisms, and the SASL text may be bracketed. SASL's
 * {@code user not found} is INVALID_USER, every other reason AUTH_FAILURE.
 */
final class CyrusGrammar implements MessageGrammar {
    private static final Pattern BADLOGIN = Pattern.compile(
            "badlogin: (?:\\S*?) ?\\[([^\\]\\s]+)\\] (\\S+) (?:(\\S+) )?\\[?SASL\\(-?\\d+\\): (.*)");

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        if (!message.startsWith("badlogin: ")) {
            return false;
        }
        Matcher m = BADLOGIN.matcher(message);
        if (!m.matches()) {
            return false;
        }
        out.kind = m.group(4).startsWith("user not found") ? EventKind.INVALID_USER : EventKind.AUTH_FAILURE;
        out.ip = IpText.normalise(m.group(1));
        out.user = m.group(3);
        return true;
    }
}
