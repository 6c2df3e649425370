package org.trapscope.grammar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.syslog.ParsedEnvelope;
import org.trapscope.syslog.SyslogEnvelopes;
import org.trapscope.syslog.TimeKind;

/**
 * Runs fail2ban's sample logs (GPL-2.0-or-later, see resources/fail2ban/SOURCE.txt) through
 * {@link SyslogEnvelopes} and {@link AuthGrammars}, with fail2ban's own verdicts as the oracle.
 *
 * <p>fail2ban's {@code match} means "some filter mode bans on this line". Our grammars count
 * login attempts and sessions instead (see each grammar's comment), so some of fail2ban's
 * matches are deliberately not events here. Those are listed in {@link #NOT_EVENTS} with the
 * reason; every other match with a host must be recognised with that host. The number of
 * recognised lines per file is pinned so that any change shows.
 */
class Fail2banCorpusTest {
    /** fail2ban runs its tests in this zone, so its expected times are wall-clock times here. */
    private static final ZoneId FAIL2BAN_ZONE = ZoneId.of("Europe/Zurich");
    /** fail2ban's TEST_NOW, 1124013600: year-less stamps resolve against it. */
    private static final LocalDateTime TEST_NOW = LocalDateTime.of(2005, 8, 14, 12, 0);
    private static final Pattern EXPECTED_TIME =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})T(\\d{1,2}):(\\d{2}):(\\d{2})");

    /** Line text fragment (unique enough to pick the lines) and why it is not an event for us. */
    private record NotEvent(String fragment, String reason) {
    }

    private static final String PAM_ECHO = "PAM echoes a try that the daemon logs itself as a failure line";
    private static final String NO_USER = "connection-level noise before any user is named: not a login attempt";
    private static final String INVALID_SESSION =
            "end of a session whose invalid user was already counted at its 'Invalid user' line";

    private static final Map<String, List<NotEvent>> NOT_EVENTS = Map.of(
            "sshd", List.of(
                    new NotEvent("error: PAM: ", PAM_ECHO),
                    new NotEvent("pam_unix(sshd:auth)", PAM_ECHO),
                    new NotEvent("ROOT LOGIN REFUSED", "accompanies a 'Failed ... for root' line for the same try"),
                    new NotEvent("refused connect from", "tcp_wrappers refusal, no login attempted"),
                    new NotEvent("Received disconnect from", NO_USER),
                    new NotEvent("Did not receive identification", NO_USER),
                    new NotEvent("Bad protocol version", NO_USER),
                    new NotEvent("kex_exchange_identification", NO_USER),
                    new NotEvent("banner exchange", NO_USER),
                    new NotEvent("ssh_dispatch_run_fatal", NO_USER),
                    new NotEvent("Timeout before authentication", NO_USER),
                    new NotEvent("Unable to negotiate", NO_USER),
                    new NotEvent("no matching mac found", NO_USER),
                    new NotEvent("Read from socket failed", NO_USER),
                    new NotEvent("Connection closed by 61.0.0.1", NO_USER),
                    new NotEvent("Connection closed by 192.0.2.", NO_USER),
                    new NotEvent("Connection reset by 192.0.2.39", NO_USER),
                    new NotEvent("Disconnected from 192.0.2.4 port", NO_USER),
                    new NotEvent("Disconnecting: Too many authentication failures",
                            "summary of Failed lines already counted; it has no address"),
                    new NotEvent("Disconnecting invalid user", INVALID_SESSION),
                    new NotEvent("Connection closed by invalid user", INVALID_SESSION),
                    new NotEvent("exceeded for invalid user", INVALID_SESSION)),
            "dovecot", List.of(
                    new NotEvent("pam_unix(dovecot:auth)", PAM_ECHO)),
            "postfix", List.of(
                    new NotEvent("reject: ", "an SMTP policy reject, not a login"),
                    new NotEvent("improper command pipelining", "an SMTP protocol violation, not a login"),
                    new NotEvent("too many errors after", "an SMTP protocol violation, not a login"),
                    new NotEvent("does not resolve to address", "a DNS mismatch, not a login"),
                    new NotEvent("disconnect from", "a session summary; its failed AUTH is the SASL line"),
                    new NotEvent("lost connection after", "connection-level noise, not a login"),
                    new NotEvent("PREGREET", "postscreen, before any SMTP command"),
                    new NotEvent("HANGUP after", "postscreen, before any SMTP command"),
                    new NotEvent("LIMIT from", "postscreen, before any SMTP command"),
                    new NotEvent("rate limit exceeded", "anvil rate limit, not a login")),
            "uwimap-auth", List.of(),
            "solid-pop3d", List.of(),
            "courier-auth", List.of(),
            "cyrus-imap", List.of());

    /**
     * Lines fail2ban reads differently on purpose: an auth-info suffix that imitates
     * {@code from IP port N ssh2}. sshd user names are the attacker's text, so the address is
     * read right to left and the imitation wins here; fail2ban trusts the first address.
     */
    private static final Map<String, String> OTHER_ADDRESS = Map.of(
            "ssh2: from 10.10.1.2 port 55555 ssh2", "10.10.1.2");

    /** Lines recognised as events per file, any verdict; pinned so regressions show. */
    private static final Map<String, Integer> RECOGNISED = Map.of(
            "sshd", 52,
            "dovecot", 62,
            "postfix", 13,
            "solid-pop3d", 8,
            "courier-auth", 6,
            "cyrus-imap", 10,
            "uwimap-auth", 6);

    /**
     * Lines fail2ban never bans on that we count as a login attempt, and why. Every other
     * {@code "match": false} line must not be a failure for us either.
     */
    private static final Map<String, String> ATTEMPTS_FAIL2BAN_SPARES = Map.of(
            "Failed publickey for git",
            "fail2ban spares known users' rejected keys because clients offer several; each is still a rejected credential",
            "SASL CRAM-MD5 authentication failed: Invalid authentication mechanism",
            "the same line is a ban in fail2ban's aggressive mode; the client did try to log in");

    private final AuthGrammars grammars = new AuthGrammars();

    @ParameterizedTest
    @ValueSource(strings = {"sshd", "dovecot", "postfix", "solid-pop3d", "courier-auth", "cyrus-imap", "uwimap-auth"})
    void everyBanWithHostIsAnEventWithThatAddressOrADocumentedException(String file) {
        List<String> problems = new ArrayList<>();
        List<NotEvent> unused = new ArrayList<>(NOT_EVENTS.get(file));
        int recognised = 0;
        ParsedEnvelope env = new ParsedEnvelope();
        ParsedMessage msg = new ParsedMessage();
        for (Fail2banSample s : Fail2banSample.read("/fail2ban/" + file)) {
            if (!SyslogEnvelopes.parse(s.line(), env)) {
                problems.add("no envelope: " + s);
                continue;
            }
            checkTime(s, env, problems);
            boolean event = grammars.parse(env.program, env.message, msg);
            if (event) {
                recognised++;
            }
            if (s.hasOracle() && !s.match()) {
                checkNotAnAttempt(s, event ? msg : null, problems);
                continue;
            }
            if (s.host() == null) {
                continue;
            }
            NotEvent exception = exceptionFor(file, s.line());
            if (exception != null) {
                unused.remove(exception);
                if (event) {
                    problems.add("listed as not an event (" + exception.reason() + ") but recognised as " + msg + ": " + s);
                }
            } else if (!event) {
                problems.add("not recognised: " + s);
            } else if (!Objects.equals(expectedIp(s), msg.ip)) {
                problems.add("address " + msg.ip + " instead of " + expectedIp(s) + ": " + s);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(unused.isEmpty(), "exceptions that match no line: " + unused);
        assertEquals(RECOGNISED.get(file), recognised, "lines recognised as events in " + file);
    }

    private static void checkNotAnAttempt(Fail2banSample s, ParsedMessage event, List<String> problems) {
        boolean spared = ATTEMPTS_FAIL2BAN_SPARES.keySet().stream().anyMatch(s.line()::contains);
        boolean attempt = event != null && event.kind.isLoginAttempt();
        if (attempt != spared) {
            problems.add((attempt ? "fail2ban ignores it but it is a login attempt (" + event + "): "
                    : "listed as an attempt fail2ban spares but it is not: ") + s);
        }
    }

    private static NotEvent exceptionFor(String file, String line) {
        for (NotEvent e : NOT_EVENTS.get(file)) {
            if (line.contains(e.fragment())) {
                return e;
            }
        }
        return null;
    }

    /** fail2ban's host, or null when it is a host name: we keep only address literals. */
    private static String expectedIp(Fail2banSample s) {
        for (Map.Entry<String, String> e : OTHER_ADDRESS.entrySet()) {
            if (s.line().contains(e.getKey())) {
                return e.getValue();
            }
        }
        return s.host().matches("[0-9a-fA-F.:]+") ? s.host() : null;
    }

    private static void checkTime(Fail2banSample s, ParsedEnvelope env, List<String> problems) {
        if (s.time() == null) {
            return;
        }
        Matcher m = EXPECTED_TIME.matcher(s.time());
        if (!m.matches()) {
            problems.add("unreadable expected time " + s.time() + ": " + s);
            return;
        }
        LocalDateTime expected = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        LocalDateTime actual;
        if (env.timeKind == TimeKind.ABSOLUTE) {
            long millis = env.epochMillis;
            if (s.line().startsWith("@")) {
                // TAI64N: fail2ban does not subtract TAI's 10 s lead, tai64nlocal (and we) do
                millis += 10_000;
            }
            actual = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), FAIL2BAN_ZONE).withNano(0);
        } else if (env.timeKind == TimeKind.LOCAL) {
            actual = LocalDateTime.of(env.year, env.month, env.day, env.hour, env.minute, env.second);
        } else {
            actual = LocalDateTime.of(TEST_NOW.getYear(), env.month, env.day, env.hour, env.minute, env.second);
            if (actual.isAfter(TEST_NOW.plusDays(1))) {
                actual = actual.minusYears(1);
            }
        }
        if (!expected.equals(actual)) {
            problems.add("time " + actual + " instead of " + expected + ": " + s);
        }
    }
}
