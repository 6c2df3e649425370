package org.trapscope.grammar.auth;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;

/**
 * Dovecot, through syslog ({@code dovecot:}, {@code dovecot[PID]:}) or its own log file (a bare
 * {@code imap-login:}, {@code auth-worker(N):} or no tag at all).
 *
 * <p>Two processes log logins:
 * <ul>
 * <li>The login process, always, once per connection:
 *     {@code <reason> (auth failed, N attempts[ in S secs])[ (auth_failed)]: user=<U>, ..., rip=IP}.
 *     A reason saying authentication failed or was refused (plaintext not allowed, proxy
 *     destination refused) is one AUTH_FAILURE, even when it summarises N tries: the message
 *     format has no room for a count. {@code Login: user=<U>} is AUTH_SUCCESS. Every other
 *     disconnect with a {@code rip}, such as {@code (no auth attempts)}, is a probe:
 *     AUTH_SESSION.</li>
 * <li>The auth process, only with {@code auth_verbose=yes}, once per try:
 *     {@code passdb(U,IP[,session]): unknown user | Password mismatch | pam_authenticate()
 *     failed: ...}. Unknown users are INVALID_USER, the rest AUTH_FAILURE. With auth_verbose a
 *     session's tries thus appear both here and in the login process's summary.</li>
 * </ul>
 * PAM's own {@code pam_unix(dovecot:auth)} lines echo those tries and are not events.
 *
 * <p>The user name in {@code user=<...>} is client text and may imitate any field, so the address
 * is the last {@code rip=} and the failure reason is looked for only before {@code user=<}.
 */
final class DovecotGrammar implements MessageGrammar {
    /**
     * {@code passdb(user,ip[,...])[<session>]: text}. The look-behind makes a search that starts
     * inside a word fail at once, which keeps {@code find()} linear on long lines.
     */
    private static final Pattern AUTH_PROCESS = Pattern.compile(
            "(?<![A-Za-z0-9_-])[a-z][a-z0-9-]*+\\(([^,()]*),([^,()]+)(?:,[^()]*)?\\)(?:<[^<>]*>)?: (.*)");
    private static final String RIP = " rip=";
    private static final String USER = ": user=<";
    private static final String[] FAILURE_MARKERS = {
        "(auth failed, ", "(auth_failed)", "(proxy dest auth failed)", "(tried to use disabled ",
        "(tried to use disallowed ",
    };

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        int rip = message.indexOf(RIP);
        int user = message.indexOf(USER);
        int loginFields = rip < 0 ? user : user < 0 ? rip : Math.min(rip, user);
        Matcher auth = AUTH_PROCESS.matcher(message);
        if (auth.find() && (loginFields < 0 || auth.start() < loginFields)) {
            return authProcess(auth, out);
        }
        return rip >= 0 && loginProcess(message, out);
    }

    private static boolean authProcess(Matcher auth, ParsedMessage out) {
        String ip = IpText.normalise(auth.group(2));
        if (ip == null) {
            return false;
        }
        String reason = auth.group(3).toLowerCase(Locale.ROOT);
        if (reason.contains("unknown user") || reason.contains("user not known")) {
            out.kind = EventKind.INVALID_USER;
        } else if (reason.contains("password mismatch") || reason.contains("pam_authenticate() failed")
                || reason.contains("invalid credentials")) {
            out.kind = EventKind.AUTH_FAILURE;
        } else {
            return false;
        }
        out.ip = ip;
        out.user = auth.group(1).isEmpty() ? null : auth.group(1);
        return true;
    }

    private static boolean loginProcess(String message, ParsedMessage out) {
        int rip = message.lastIndexOf(RIP);
        int ipEnd = rip + RIP.length();
        while (ipEnd < message.length() && message.charAt(ipEnd) != ',' && message.charAt(ipEnd) != ' ') {
            ipEnd++;
        }
        String ip = IpText.normalise(message.substring(rip + RIP.length(), ipEnd));
        if (ip == null) {
            return false;
        }
        int userStart = message.indexOf(USER);
        int reasonEnd = userStart >= 0 ? userStart : rip;
        String reason = message.substring(0, reasonEnd);
        out.ip = ip;
        out.kind = isFailure(reason) ? EventKind.AUTH_FAILURE
                : reason.equals("Login") || reason.endsWith(" Login") ? EventKind.AUTH_SUCCESS
                : EventKind.AUTH_SESSION;
        if (userStart >= 0) {
            int from = userStart + USER.length();
            int to = message.lastIndexOf('>', rip);
            out.user = to > from ? message.substring(from, to) : null;
        }
        return true;
    }

    private static boolean isFailure(String reason) {
        for (String marker : FAILURE_MARKERS) {
            if (reason.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
