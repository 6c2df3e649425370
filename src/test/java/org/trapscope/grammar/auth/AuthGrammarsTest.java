package org.trapscope.grammar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.store.EventKind.AUTH_FAILURE;
import static org.trapscope.store.EventKind.AUTH_SESSION;
import static org.trapscope.store.EventKind.AUTH_SUCCESS;
import static org.trapscope.store.EventKind.INVALID_USER;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.store.EventKind;
import org.trapscope.syslog.ParsedEnvelope;
import org.trapscope.syslog.SyslogEnvelopes;

/** Whole lines (envelope + grammar): the analyst's lines, log-formats.md's examples, edge cases. */
class AuthGrammarsTest {
    private final AuthGrammars grammars = new AuthGrammars();
    private final ParsedEnvelope env = new ParsedEnvelope();
    private final ParsedMessage msg = new ParsedMessage();

    private boolean parse(String line) {
        assertTrue(SyslogEnvelopes.parse(line, env), () -> "no envelope: " + line);
        return grammars.parse(env.program, env.message, msg);
    }

    static Stream<Arguments> events() {
        return Stream.of(
            // sshd
            Arguments.of("Jul  8 09:40:34 skapet sshd[34794]: Failed password for invalid user adnan from 118.217.181.8 port 41091 ssh2",
                INVALID_USER, "118.217.181.8", "adnan", 41091),
            Arguments.of("Jul  3 14:59:17 host sshd-session[1571]: Failed password for root from 192.0.2.1 port 56502 ssh2",
                AUTH_FAILURE, "192.0.2.1", "root", 56502),
            Arguments.of("Jul  3 14:59:17 host sshd-auth[1571]: Accepted publickey for bob from 2001:DB8::7 port 22 ssh2: ED25519 SHA256:abc",
                AUTH_SUCCESS, "2001:db8::7", "bob", 22),
            Arguments.of("Mar 19 16:47:48 test sshd[5672]: Invalid user admin from 192.0.2.117 port 44004",
                AUTH_SESSION, "192.0.2.117", "admin", 44004),
            Arguments.of("Mar 19 16:47:48 test sshd[5672]: Invalid user llinco\\361ir from 192.0.2.10 port 1",
                AUTH_SESSION, "192.0.2.10", "llinco\\361ir", 1),
            Arguments.of("Jun  6 04:17:04 host sshd[1]: Failed password for invalid user  from 192.0.2.68 port 34916 ssh2",
                INVALID_USER, "192.0.2.68", "", 34916),
            Arguments.of("Jun  6 04:17:04 host sshd[1]: Failed password for invalid user john from mars from 192.0.2.9 port 5 ssh2",
                INVALID_USER, "192.0.2.9", "john from mars", 5),
            Arguments.of("Jun  6 04:17:04 host sshd[1]: Failed password for invalid user x from 6.6.6.6 port 1 ssh2 from 192.0.2.9 port 5 ssh2",
                INVALID_USER, "192.0.2.9", "x from 6.6.6.6 port 1 ssh2", 5),
            Arguments.of("Mar  1 10:00:00 h sshd[1]: User root from 192.0.2.5 not allowed because not listed in AllowUsers",
                AUTH_SESSION, "192.0.2.5", "root", 0),
            Arguments.of("Jul 17 23:03:05 srv sshd[1296]: Connection closed by authenticating user root 192.0.2.10 port 46038 [preauth]",
                AUTH_SESSION, "192.0.2.10", "root", 46038),
            Arguments.of("Mar 19 16:47:50 srv sshd[5672]: Disconnected from authenticating user admin 192.0.2.6 port 33553 [preauth]",
                AUTH_SESSION, "192.0.2.6", "admin", 33553),
            Arguments.of("Nov 23 21:50:37 myhost sshd[21810]: error: maximum authentication attempts exceeded for root from 61.0.0.1 port 49940 ssh2 [preauth]",
                AUTH_SESSION, "61.0.0.1", "root", 49940),
            Arguments.of("Jul  8 09:40:34 host sshd[12]: message repeated 2 times: [ Failed password for root from 192.0.2.1 port 22 ssh2]",
                AUTH_FAILURE, "192.0.2.1", "root", 22),
            // Solid POP3
            Arguments.of("Jun 19 06:14:58 skapet spop3d[37601]: authentication failed: no such user: lilei - 59.54.197.34",
                INVALID_USER, "59.54.197.34", "lilei", 0),
            Arguments.of("Nov 17 23:10:03 emf1pt2-2-35-70 solid-pop3d[16993]: authentication failed for user jacques - 190.16.165.230",
                AUTH_FAILURE, "190.16.165.230", "jacques", 0),
            Arguments.of("Apr 19 22:39:33 skapet spop3d[44875]: connect from 111.181.52.216",
                AUTH_SESSION, "111.181.52.216", null, 0),
            Arguments.of("Apr 19 22:39:40 skapet spop3d[44875]: user anna authenticated - mail.example.net (192.0.2.8)",
                AUTH_SUCCESS, "192.0.2.8", "anna", 0),
            Arguments.of("Apr 19 22:39:40 skapet spop3d[44875]: root login not allowed - 192.0.2.8",
                AUTH_FAILURE, "192.0.2.8", "root", 0),
            Arguments.of("Apr 19 22:39:40 skapet spop3d[44875]: authentication failed for user bob",
                AUTH_FAILURE, null, "bob", 0),
            // popa3d
            Arguments.of("Mar  1 10:00:00 h popa3d[77]: Session from 192.0.2.44", AUTH_SESSION, "192.0.2.44", null, 0),
            Arguments.of("Mar  1 10:00:01 h popa3d[77]: Authentication failed for alice", AUTH_FAILURE, null, "alice", 0),
            Arguments.of("Mar  1 10:00:01 h popa3d[77]: Authentication failed for UNKNOWN USER", INVALID_USER, null, null, 0),
            Arguments.of("Mar  1 10:00:01 h popa3d[77]: Authentication passed for alice", AUTH_SUCCESS, null, "alice", 0),
            // Qpopper
            Arguments.of("Mar  1 10:00:01 h popper[9]: bob at client.example.net (203.0.113.5): -ERR [AUTH] Password supplied for \"bob\" is incorrect.",
                AUTH_FAILURE, "203.0.113.5", "bob", 0),
            // Dovecot
            Arguments.of("Jun 13 16:30:54 platypus dovecot: imap-login: Disconnected (auth failed, 2 attempts): user=<username.bob>, method=PLAIN, rip=49.176.98.87, lip=113.212.99.194, TLS",
                AUTH_FAILURE, "49.176.98.87", "username.bob", 0),
            Arguments.of("Jun 13 16:30:54 h dovecot[1]: imap-login: Login: user=<ann>, method=PLAIN, rip=2001:db8::2, lip=2001:db8::1, mpid=4",
                AUTH_SUCCESS, "2001:db8::2", "ann", 0),
            Arguments.of("Jun 13 16:30:54 h dovecot[1]: imap-login: Disconnected (auth failed, 1 attempts): user=<a>, rip=6.6.6.6>, method=PLAIN, rip=192.0.2.3, lip=1.1.1.1",
                AUTH_FAILURE, "192.0.2.3", "a>, rip=6.6.6.6", 0),
            Arguments.of("Jun 13 16:30:54 h dovecot: imap-login: Disconnected (no auth attempts in 2 secs): user=<(auth failed, 1 attempts)>, rip=192.0.2.3",
                AUTH_SESSION, "192.0.2.3", "(auth failed, 1 attempts)", 0),
            Arguments.of("Jan 29 05:13:50 mail dovecot: auth: passwd-file(username,1.2.3.4): unknown user",
                INVALID_USER, "1.2.3.4", "username", 0),
            // Postfix
            Arguments.of("Mar 10 13:33:30 gandalf postfix/smtpd[3937]: warning: HOSTNAME[1.1.1.1]: SASL LOGIN authentication failed: authentication failure",
                AUTH_FAILURE, "1.1.1.1", null, 0),
            Arguments.of("Mar 10 13:33:30 g postfix/submission/smtpd[3937]: warning: unknown[2001:DB8::5]:4711: SASL PLAIN authentication failed: , sasl_username=joe@example.org",
                AUTH_FAILURE, "2001:db8::5", "joe@example.org", 4711),
            // Courier, Cyrus, UW-IMAP
            Arguments.of("Apr 23 21:59:01 dns2 imapd: LOGIN FAILED, user=sales@example.com, ip=[::ffff:1.2.3.4]",
                AUTH_FAILURE, "1.2.3.4", "sales@example.com", 0),
            Arguments.of("Jan  4 21:51:05 hostname cyrus/imap[5355]: badlogin: localhost.localdomain [127.0.0.1] plaintext cyrus@localdomain SASL(-13): authentication failure: checkpass failed",
                AUTH_FAILURE, "127.0.0.1", "cyrus@localdomain", 0),
            Arguments.of("Jul 17 22:55:56 derry cyrus/imaps[7568]: badlogin: serafinat.xxxxxx [1.2.3.4] plain [SASL(-13): user not found: user: pressy@derry property: x]",
                INVALID_USER, "1.2.3.4", null, 0),
            Arguments.of("Jul 29 18:30:19 Linux2 ipop3d[25745]: Login failed user=info auth=info host=74-115-52-198-dedicated.multacom.com [198.52.115.74]",
                AUTH_FAILURE, "198.52.115.74", "info", 0),
            Arguments.of("Jan 14 20:28:07 grog imapd[19343]: Login excessive login failures user=user auth=user host=x [198.52.115.74]",
                AUTH_FAILURE, "198.52.115.74", "user", 0));
    }

    @ParameterizedTest
    @MethodSource("events")
    void recognises(String line, EventKind kind, String ip, String user, int port) {
        assertTrue(parse(line), () -> "not recognised: " + line);
        assertEquals(kind, msg.kind, line);
        assertEquals(ip, msg.ip, line);
        assertEquals(user, msg.user, line);
        assertEquals(port, msg.port, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mar  1 10:00:00 h spamd[123]: spamd: identified spam (999.9/5.0) for nobody:65534 in 0.3 seconds, 1234 bytes.",
        "Feb 22 04:04:35 skapet spamd[8716]: 89.22.104.47: Body: Failed password for root from 1.2.3.4 port 1 ssh2",
        "Mar  1 10:00:00 h cron[1]: Failed password for root from 1.2.3.4 port 1 ssh2",
        "Mar  1 10:00:00 h sshd[1]: Postponed publickey for git from 192.0.2.1 port 57904 ssh2 [preauth]",
        "Mar  1 10:00:00 h sshd[1]: Connection closed by invalid user  192.0.2.68 port 34916 [preauth]",
        "Mar  1 10:00:00 h sshd[1]: ROOT LOGIN REFUSED FROM 1.2.3.4 port 12345",
        "Mar  1 10:00:00 h sshd[1]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.112  user=root",
        "Mar  1 10:00:00 h postfix/smtpd[1]: warning: unknown[1.1.1.1]: SASL LOGIN authentication failed: Connection lost to authentication server",
        "Mar  1 10:00:00 h postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[1.2.3.4]: 554 5.7.1 Relay access denied",
        "Mar  1 10:00:00 h spop3d[1]: autologout time elapsed - 111.181.52.216",
        "Mar  1 10:00:00 h dovecot: imap-login: Disconnected: a: a: a: test no match",
        "Mar  1 10:00:00 h imapd[1]: something else entirely",
        "Mar  1 10:00:00 h popa3d[1]: Session from not-an-address"})
    void ignores(String line) {
        assertFalse(parse(line), () -> "recognised as " + msg + ": " + line);
    }

    @Test
    void oversizedMessagesAreNotRead() {
        String line = "Mar  1 10:00:00 h dovecot: " + "a".repeat(2 * 1024 * 1024) + "(x,1.2.3.4): unknown user";
        assertFalse(parse(line));
    }

    @Test
    void longestSyslogLineIsReadQuickly() {
        String junk = "a".repeat(8000);
        long start = System.nanoTime();
        for (String program : new String[] {"dovecot", "sshd", "imapd", "postfix/smtpd", "spop3d", ""}) {
            grammars.parse(program, junk + "(" + junk + " rip=" + junk, msg);
            grammars.parse(program, "Failed password for " + " from x".repeat(1000), msg);
        }
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "pathological lines take too long");
    }
}
