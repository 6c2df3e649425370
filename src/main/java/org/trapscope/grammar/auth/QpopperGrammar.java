package org.trapscope.grammar.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * Qpopper: {@code USER at HOST (IP): -ERR [AUTH] Password supplied for "USER" is incorrect.}
 * Every {@code -ERR [AUTH]} reply (bad password, expired account, access denied) is a refused
 * login, so AUTH_FAILURE. Any {@code [file:line]} debug decoration before the reply is skipped.
 */
final class QpopperGrammar implements MessageGrammar {
    private static final Pattern FAILURE = Pattern.compile(
            "(.*) at (\\S+) \\(([^()\\s]+)\\): (?:\\[[^\\]]*\\] )?-ERR \\[AUTH\\] .*");

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        if (!message.contains("-ERR [AUTH]")) {
            return false;
        }
        Matcher m = FAILURE.matcher(message);
        if (!m.matches()) {
            return false;
        }
        out.kind = EventKind.AUTH_FAILURE;
        out.user = m.group(1);
        out.ip = IpText.normalise(m.group(3));
        return true;
    }
}
