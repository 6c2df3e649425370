package org.trapscope.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trapscope.store.EventKind;

class SpamdGrammarTest {
    private final SpamdFields out = new SpamdFields();
    private byte[] buf;

    private boolean parse(String message) {
        buf = message.getBytes(StandardCharsets.UTF_8);
        return SpamdGrammar.parse(buf, 0, buf.length, out);
    }

    private String slice(int start, int end) {
        return start < 0 ? null : new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            24.71.110.10: connected (1/1), lists: spews1                              | CONNECT     | 24.71.110.10  | spews1
            91.238.181.91: connected (1/0)                                            | CONNECT     | 91.238.181.91 |
            65.210.185.131: disconnected after 404 seconds. lists: spews1             | DISCONNECT  | 65.210.185.131| spews1
            222.240.6.118: disconnected after 0 seconds.                              | DISCONNECT  | 222.240.6.118 |
            (GREY) 210.214.12.57: <gilbert@keyholes.net> -> <wkitp98zpu.fsf@datadok.no>| GREY      | 210.214.12.57 | <gilbert@keyholes.net>
            (BLACK) 1.2.3.4: <> -> <trap@example.org>                                 | BLACK       | 1.2.3.4       | <>
            65.210.185.131: Subject: Start SAVlNG M0NEY on Auto lnsurance             | SUBJECT     | 65.210.185.131| Start SAVlNG M0NEY on Auto lnsurance
            190.158.6.160: To: wa1@noqqe.de                                           | HEADER_TO   | 190.158.6.160 | wa1@noqqe.de
            190.158.6.160: FROM:  Melissa <chenbin@jw-hw.com>                         | HEADER_FROM | 190.158.6.160 | Melissa <chenbin@jw-hw.com>
            89.22.104.47: Body: I am a hacker who has access to your operating system.| BODY        | 89.22.104.47  | I am a hacker who has access to your operating system.
            Trapping 192.0.2.7 for tuple 192.0.2.7 mx.example.net <a@x> <t@example.org>| TRAPPING   | 192.0.2.7     |
            new greytrap entry 192.0.2.7 from <a@x> to <trap@example.org>, helo x     | GREYLIST    | 192.0.2.7     |
            new TRAP from 198.51.100.9 for 192.0.2.7, expires 1614800000              | TRAPPING    | 192.0.2.7     |
            whitelisting 192.0.2.7 in /var/db/spamd                                   | GREYLIST    | 192.0.2.7     |
            192.0.2.7: blacklisted, removing from whitelist                           | GREYLIST    | 192.0.2.7     |
            2001:db8::7: connected (1/0)                                              | CONNECT     | 2001:db8::7   |
            listening for incoming connections.                                       | SPAMD_OTHER |               |
            <unknown>: connected (2/0)                                                | CONNECT     |               |
            """)
    void readsOpenBsdSpamdMessages(String message, EventKind kind, String ip, String a) {
        assertTrue(parse(message.strip()), message);
        assertEquals(kind, out.kind);
        assertEquals(ip, slice(out.ipStart, out.ipEnd));
        assertEquals(a, slice(out.aStart, out.aEnd));
    }

    @Test
    void keepsConnectionCountersAndSeconds() {
        parse("24.71.110.10: connected (12/3), lists: spews1 uatraps");
        assertEquals((12 << 16) | 3, out.number);
        assertEquals("spews1 uatraps", slice(out.aStart, out.aEnd));
        parse("65.210.185.131: disconnected after 404 seconds.");
        assertEquals(404, out.number);
        parse("(BLACK) 1.2.3.4: <a@b> -> <trap@example.org>");
        assertEquals("<trap@example.org>", slice(out.bStart, out.bEnd));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "spamd: identified spam (999.9/5.0) for nobody:1000 in 0.1 seconds, 1 bytes.",
        "spamd: connection from localhost [127.0.0.1]:46190 to port 783, fd 5",
        "prefork: child states: II",
        "spamd: clean message (2.1/5.0) for nobody:1000 in 0.2 seconds, 512 bytes.",
        "",
    })
    void spamAssassinLinesAreNotOpenBsdSpamd(String message) {
        assertFalse(parse(message), message);
    }
}
