package org.trapscope.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyslogEnvelopesTest {
    private final ParsedEnvelope env = new ParsedEnvelope();

    private ParsedEnvelope parse(String line) {
        assertTrue(SyslogEnvelopes.parse(line, env), () -> "not parsed: " + line);
        return env;
    }

    private static long instant(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void bsdWithTwoDigitDay() {
        parse("Feb 22 04:04:35 skapet spamd[8716]: 89.22.104.47: Body: I am a hacker.");
        assertEquals(TimeKind.YEARLESS, env.timeKind);
        assertEquals(2, env.month);
        assertEquals(22, env.day);
        assertEquals(4, env.hour);
        assertEquals(4, env.minute);
        assertEquals(35, env.second);
        assertEquals("skapet", env.host);
        assertEquals("spamd", env.program);
        assertEquals(8716, env.pid);
        assertEquals("89.22.104.47: Body: I am a hacker.", env.message);
    }

    @Test
    void bsdWithSpacePaddedAndUnpaddedDay() {
        parse("Mar  2 21:10:01 skapet spamd[8716]: x");
        assertEquals(3, env.month);
        assertEquals(2, env.day);
        parse("Jul 3 20:56:53 Linux2 imapd[666]: Login failed");
        assertEquals(3, env.day);
        assertEquals("imapd", env.program);
        parse("Jul 02 13:49:31 hostname dovecot[442]: pop3-login: x");
        assertEquals(2, env.day);
    }

    @Test
    void relayedHostIsAnAddress() {
        parse("Jun  9 23:59:50 192.168.10.21 spamd[27698]: 91.238.181.91: connected (1/0)");
        assertEquals("192.168.10.21", env.host);
        assertEquals("91.238.181.91: connected (1/0)", env.message);
    }

    @Test
    void openBsdUtcStamp() {
        parse("2021-03-02T20:10:01.123Z skapet spamd[8716]: 192.0.2.7: connected (1/0)");
        assertEquals(TimeKind.ABSOLUTE, env.timeKind);
        assertEquals(instant("2021-03-02T20:10:01.123Z"), env.epochMillis);
        assertEquals("skapet", env.host);
        assertEquals("spamd", env.program);
    }

    @Test
    void rsyslogMicrosecondsWithOffsetAndDoubleSpace() {
        parse("2015-04-16T18:02:50.321974+02:00 host sshd[2716]:  pam_unix(sshd:auth): authentication failure");
        assertEquals(instant("2015-04-16T16:02:50.321Z"), env.epochMillis);
        assertEquals("pam_unix(sshd:auth): authentication failure", env.message);
        parse("2020-05-31T00:00:46.599903-04:30 localhost systemd[1]: Started Rotate log files.");
        assertEquals(instant("2020-05-31T04:30:46.599Z"), env.epochMillis);
        assertEquals("systemd", env.program);
    }

    @Test
    void rfc5424WithNilValuesAndStructuredData() {
        parse("<38>1 2019-07-08T17:40:16.954167-04:00 hostname.example.com sshd 57915 - - Failed unknown for x");
        assertEquals(instant("2019-07-08T21:40:16.954Z"), env.epochMillis);
        assertEquals("hostname.example.com", env.host);
        assertEquals("sshd", env.program);
        assertEquals(57915, env.pid);
        assertEquals("Failed unknown for x", env.message);
        parse("<38>1 2019-07-08T17:40:17Z - - - - [t a=\"1\"][x@1 b=\"[br]ackets\\\"]\"] msg here");
        assertNull(env.host);
        assertEquals("", env.program);
        assertEquals(-1, env.pid);
        assertEquals("msg here", env.message);
    }

    @Test
    void rfc5424WithoutTimeStampIsRejected() {
        assertFalse(SyslogEnvelopes.parse("<38>1 - host app - - - msg", env));
    }

    @Test
    void dovecotOwnLogIsLocalWithoutHost() {
        parse("2013-08-11 03:56:40 auth-worker(default): Info: pam(username,1.2.3.4): pam_authenticate() failed");
        assertEquals(TimeKind.LOCAL, env.timeKind);
        assertEquals(2013, env.year);
        assertEquals(8, env.month);
        assertEquals(11, env.day);
        assertEquals(3, env.hour);
        assertNull(env.host);
        assertEquals("", env.program);
        assertEquals("auth-worker(default): Info: pam(username,1.2.3.4): pam_authenticate() failed", env.message);
    }

    @Test
    void tai64nIsDecodedLikeTai64nlocal() {
        parse("@400000004c91b044077a9e94 imap-login: Info: Aborted login");
        assertEquals(TimeKind.ABSOLUTE, env.timeKind);
        // 0x4c91b044 = 1284616260, minus TAI's 10 s lead; 0x077a9e94 ns = 125.476 ms
        assertEquals(1_284_616_250_125L, env.epochMillis);
        assertNull(env.host);
        assertEquals("imap-login", env.program);
        assertEquals("Info: Aborted login", env.message);
    }

    @Test
    void lineWithoutHostStartsWithTheTag() {
        parse("Nov 23 21:50:37 sshd[8148]: Connection closed by 61.0.0.1 [preauth]");
        assertNull(env.host);
        assertEquals("sshd", env.program);
        assertEquals(8148, env.pid);
        parse("Feb 20 17:23:32 cyrus/pop3[4297]: badlogin: x");
        assertEquals("cyrus/pop3", env.program);
    }

    @Test
    void tagsWithSlashesAndDashes() {
        parse("Sep  6 00:44:56 trianon postfix/submission/smtpd[11538]: warning: x");
        assertEquals("postfix/submission/smtpd", env.program);
        parse("Jul  3 14:59:17 host sshd-session[1571]: Failed password");
        assertEquals("sshd-session", env.program);
        parse("Jan  4 21:51:05 hostname cyrus/imap[5355]: badlogin: x");
        assertEquals("cyrus/imap", env.program);
        parse("Apr 23 21:59:01 dns2 imapd: LOGIN FAILED");
        assertEquals("imapd", env.program);
        assertEquals(-1, env.pid);
    }

    @Test
    void kernelLines() {
        parse("Mar  2 21:10:01 skapet /bsd: pf: state insert failed");
        assertEquals("/bsd", env.program);
        assertEquals("pf: state insert failed", env.message);
    }

    @Test
    void bracketedTagWithAndWithoutColon() {
        parse("Mar  3 00:17:22 [sshd]: User root from 211.188.220.49 not allowed");
        assertEquals("sshd", env.program);
        assertEquals("User root from 211.188.220.49 not allowed", env.message);
        parse("Jun 25 23:53:34 [sshd] User root from 1.2.3.4 not allowed");
        assertEquals("sshd", env.program);
        assertEquals("User root from 1.2.3.4 not allowed", env.message);
    }

    @Test
    void bsdRepeatHasNoTag() {
        parse("Jul  8 09:40:34 skapet last message repeated 3 times");
        assertEquals("skapet", env.host);
        assertEquals("", env.program);
        assertEquals(3, env.repeatCount);
        parse("Jul  8 09:40:34 skapet last message repeated 1 time");
        assertEquals(1, env.repeatCount);
    }

    @Test
    void rsyslogRepeatKeepsTheOriginalText() {
        parse("Jul  8 09:40:34 host sshd[12]: message repeated 2 times: [ Failed password for root from 192.0.2.1 port 22 ssh2]");
        assertEquals("sshd", env.program);
        assertEquals(2, env.repeatCount);
        assertEquals("Failed password for root from 192.0.2.1 port 22 ssh2", env.message);
    }

    @Test
    void ordinaryMessageIsNoRepeat() {
        parse("Jul  8 09:40:34 host sshd[12]: Failed password for root from 192.0.2.1 port 22 ssh2");
        assertEquals(0, env.repeatCount);
    }

    @Test
    void trailingCarriageReturnIsIgnored() {
        parse("Jul  8 09:40:34 host sshd[12]: hello\r");
        assertEquals("hello", env.message);
    }

    @Test
    void parseResetsEarlierResult() {
        parse("Jul  8 09:40:34 host sshd[12]: message repeated 2 times: [ x]");
        parse("2021-03-02T20:10:01.123Z skapet spamd: y");
        assertEquals(0, env.repeatCount);
        assertEquals(-1, env.pid);
        assertEquals(0, env.month);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\r", "hello world", "Foo 12 10:00:00 host x: y", "Jan 32 10:00:00 host x: y",
        "Jan 12 25:00:00 host x: y", "Jan 12 10:00", "2021-13-02T20:10:01Z host x: y", "2021-03-02T20:10:01.Z h x: y",
        "2021-03-02X20:10:01Z h", "@4000", "@zz0000004c91b044077a9e94 x", "@c00000004c91b044077a9e94 x",
        "<", "<999999>1 2021-03-02T20:10:01Z h a p m - x", "<38>", "<38>1 ", "<38>1 2021-03-02T20:10:01Z",
        "<38>1 2021-03-02T20:10:01Z h a p m [unterminated", "\u0000\u0001\u00ff\ufffd"})
    void unreadableLinesAreRejectedWithoutThrowing(String line) {
        assertFalse(SyslogEnvelopes.parse(line, env));
        assertEquals(TimeKind.NONE, env.timeKind);
    }

    @Test
    void nullIsRejected() {
        assertFalse(SyslogEnvelopes.parse(null, env));
    }

    @Test
    void stampAloneIsALineWithEmptyMessage() {
        parse("Jan 12 10:00:00");
        assertNull(env.host);
        assertEquals("", env.message);
    }

    @Test
    void hugeLineIsParsed() {
        String body = "x".repeat(2 * 1024 * 1024);
        parse("Jan 12 10:00:00 host spamd[1]: " + body);
        assertEquals(body.length(), env.message.length());
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        String[] prefixes = {"", "Jan 12 10:00:00 ", "<38>1 2021-03-02T20:10:01Z ", "@400000004c91b044077a9e94 ",
            "2013-08-11 03:56:40 "};
        for (int i = 0; i < 20_000; i++) {
            char[] junk = new char[random.nextInt(40)];
            for (int k = 0; k < junk.length; k++) {
                junk[k] = random.nextBoolean() ? (char) random.nextInt(128) : "[]: <>-@ 1".charAt(random.nextInt(10));
            }
            SyslogEnvelopes.parse(prefixes[i % prefixes.length] + new String(junk), env);
        }
    }
}
