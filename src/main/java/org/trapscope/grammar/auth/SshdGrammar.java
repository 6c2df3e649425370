package org.trapscope.grammar.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * OpenSSH {@code sshd}, {@code sshd-session} (9.8+) and {@code sshd-auth} (10+).
 *
 * <p>What counts as what, so that one try is one event and one connection one session:
 * <ul>
 * <li>{@code Failed M for U from IP port N ssh2}: AUTH_FAILURE; with {@code invalid user U} (or
 *     Solaris' {@code <invalid username>}): INVALID_USER. Each line is one tried credential.</li>
 * <li>{@code Accepted M for U ...}: AUTH_SUCCESS.</li>
 * <li>{@code Invalid user U from IP} and {@code User U from IP not allowed because ...}:
 *     AUTH_SESSION with the user. sshd writes these once per connection, when the client names
 *     a user it rejects; the tries that follow are the Failed lines, so counting these as
 *     attempts too would count each try twice.</li>
 * <li>The end of a pre-authentication session of a <em>valid</em> user ({@code Connection
 *     closed by / reset by / Disconnected from authenticating user U IP port N [preauth]},
 *     {@code maximum authentication attempts exceeded for U}): AUTH_SESSION. On servers that
 *     refuse passwords this is the only trace of a guessing bot. The same lines for
 *     {@code invalid user} are not events: that session was already counted at its
 *     {@code Invalid user} line.</li>
 * <li>Not events: {@code ROOT LOGIN REFUSED} and PAM's {@code pam_unix(sshd:auth)} /
 *     {@code error: PAM: ...} lines, which echo a try that sshd also logs as a Failed line;
 *     pre-authentication noise with no user (scanners, key exchange errors).</li>
 * </ul>
 *
 * <p>User names can be empty or contain spaces, {@code from} or a whole fake address, so the
 * address is found right to left: the last {@code from IP port N} wins. User names are kept
 * verbatim, including sshd's octal escapes ({@code llinco\361ir}).
 */
final class SshdGrammar implements MessageGrammar {
    /** Greedy user: the last " from IP port N" that ends the line or is followed by ": info". */
    private static final Pattern RESULT_WITH_PORT = Pattern.compile(
            "(Failed|Accepted) (\\S+) for (invalid user )?(.*) from (\\S+) port (\\d{1,5})(?: ssh\\d?)?(?:: .*)?");
    /** Old sshd without the port: then the address ends the line. */
    private static final Pattern RESULT_NO_PORT = Pattern.compile(
            "(Failed|Accepted) (\\S+) for (invalid user )?(.*) from (\\S+)(?: ssh\\d?)?");
    private static final Pattern INVALID_USER = Pattern.compile(
            "(?:Invalid|Illegal) user (.*) from (\\S+)(?: port (\\d{1,5}))?");
    private static final Pattern NOT_ALLOWED = Pattern.compile(
            "User (.*) from (\\S+) not allowed because .*");
    private static final Pattern PREAUTH_END = Pattern.compile(
            "(?:Connection closed by|Connection reset by|Disconnected from) authenticating user (.*) (\\S+)"
                    + " port (\\d{1,5})(?: \\[preauth\\])?");
    private static final Pattern MAX_TRIES = Pattern.compile(
            "maximum authentication attempts exceeded for (.*) from (\\S+) port (\\d{1,5})(?: ssh\\d?)?"
                    + "(?: \\[preauth\\])?");
    private static final String MAX_TRIES_PREFIX = "maximum authentication attempts exceeded for ";
    private static final String INVALID = "invalid user ";
    private static final String SOLARIS_HIDDEN_USER = "<invalid username>";

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        String m = withoutPrefixes(message);
        if (m.startsWith("Failed ") || m.startsWith("Accepted ")) {
            return result(m, out);
        }
        if (m.startsWith("Invalid user ") || m.startsWith("Illegal user ")) {
            return session(INVALID_USER.matcher(m), out);
        }
        if (m.startsWith("User ")) {
            return session(NOT_ALLOWED.matcher(m), out);
        }
        if (m.startsWith("Connection closed by authenticating user ")
                || m.startsWith("Connection reset by authenticating user ")
                || m.startsWith("Disconnected from authenticating user ")) {
            return session(PREAUTH_END.matcher(m), out);
        }
        if (m.startsWith(MAX_TRIES_PREFIX) && !m.startsWith(INVALID, MAX_TRIES_PREFIX.length())) {
            return session(MAX_TRIES.matcher(m), out);
        }
        return false;
    }

    private static boolean result(String m, ParsedMessage out) {
        Matcher r = RESULT_WITH_PORT.matcher(m);
        if (!r.matches()) {
            r = RESULT_NO_PORT.matcher(m);
            if (!r.matches()) {
                return false;
            }
        }
        boolean accepted = r.group(1).equals("Accepted");
        boolean invalid = r.group(3) != null;
        String user = r.group(4);
        if (user.equals(SOLARIS_HIDDEN_USER)) {
            invalid = true;
            user = null;
        }
        if (accepted && invalid) {
            return false;
        }
        out.kind = accepted ? EventKind.AUTH_SUCCESS : invalid ? EventKind.INVALID_USER : EventKind.AUTH_FAILURE;
        out.user = user;
        out.ip = IpText.normalise(r.group(5));
        out.port = r.groupCount() >= 6 && r.group(6) != null ? Integer.parseInt(r.group(6)) : 0;
        return true;
    }

    /** Group 1 user, group 2 address, group 3 port (optional). */
    private static boolean session(Matcher r, ParsedMessage out) {
        if (!r.matches()) {
            return false;
        }
        out.kind = EventKind.AUTH_SESSION;
        out.user = r.group(1);
        out.ip = IpText.normalise(r.group(2));
        out.port = r.groupCount() >= 3 && r.group(3) != null ? Integer.parseInt(r.group(3)) : 0;
        return true;
    }

    /** Drops {@code error: } / {@code fatal: } and Solaris' {@code [ID 800047 auth.info] }. */
    private static String withoutPrefixes(String message) {
        String m = message;
        if (m.startsWith("[ID ")) {
            int close = m.indexOf("] ");
            m = close > 0 ? m.substring(close + 2) : m;
        }
        if (m.startsWith("error: ") || m.startsWith("fatal: ")) {
            m = m.substring(7);
        }
        return m;
    }
}
