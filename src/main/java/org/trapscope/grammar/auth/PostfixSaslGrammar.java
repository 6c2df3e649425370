package org.trapscope.grammar.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * Postfix smtpd SASL failures:
 * {@code warning: HOST[IP][:PORT]: SASL MECH authentication failed: REASON[, sasl_username=U]}.
 * A lost connection to the authentication server is the server's own trouble, not a try by
 * the client, so it is not an event. Other Postfix lines (rejects, pipelining) are not logins.
 */
final class PostfixSaslGrammar implements MessageGrammar {
    private static final Pattern SASL = Pattern.compile(
            "warning: [^\\[\\s]*\\[([^\\]\\s]+)\\](?::(\\d{1,5}))?: SASL \\S+ authentication failed:(.*)");
    private static final String USER = ", sasl_username=";
    private static final String SERVER_LOST = "Connection lost to authentication server";

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        if (!message.startsWith("warning: ") || !message.contains(" authentication failed:")) {
            return false;
        }
        Matcher m = SASL.matcher(message);
        if (!m.matches()) {
            return false;
        }
        String reason = m.group(3);
        if (reason.contains(SERVER_LOST)) {
            return false;
        }
        out.kind = EventKind.AUTH_FAILURE;
        out.ip = IpText.normalise(m.group(1));
        out.port = m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
        int user = reason.lastIndexOf(USER);
        out.user = user >= 0 ? reason.substring(user + USER.length()) : null;
        return true;
    }
}
