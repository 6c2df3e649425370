package org.trapscope.grammar.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * UW-IMAP {@code imapd} / {@code ipop3d}:
 * {@code Login failed user=U auth=A host=NAME [IP]}. {@code Login excessive login failures}
 * replaces {@code Login failed} for the last try allowed, {@code Login disabled} refuses a
 * plaintext login, {@code Failed ... override of user=U} a failed master login: all
 * AUTH_FAILURE.
 */
final class UwImapGrammar implements MessageGrammar {
    private static final Pattern FAILURE = Pattern.compile(
            "(?:Login failed|Login excessive login failures|Login disabled|Failed \\S+ override of)"
                    + " user=(.*?) +(?:auth=.*? +)?host=.*\\[([^\\]\\s]+)\\]\\s*");

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        if (!message.startsWith("Login ") && !message.startsWith("Failed ")) {
            return false;
        }
        Matcher m = FAILURE.matcher(message);
        if (!m.matches()) {
            return false;
        }
        out.kind = EventKind.AUTH_FAILURE;
        out.user = m.group(1);
        out.ip = IpText.normalise(m.group(2));
        return true;
    }
}
