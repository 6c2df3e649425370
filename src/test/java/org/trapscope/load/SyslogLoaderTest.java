package org.trapscope.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.store.Sessions;

class SyslogLoaderTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDateTime NOV_2022 = LocalDateTime.of(2022, 11, 24, 12, 0);

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private EventStore load(int chunkSize, LoadOptions options, Path... files) {
        return new SyslogLoader(options, LoadProgress.NONE, new Cancellation(),
                (f, l, m) -> problems.add(new Problem(f, l, m)), chunkSize).load(List.of(files));
    }

    private EventStore load(Path... files) {
        return load(SyslogLoader.CHUNK_SIZE, LoadOptions.defaults().withZone(OSLO), files);
    }

    private static final String SESSION = String.join("\n",
            "Nov 22 04:04:30 skapet spamd[8716]: 89.22.104.47: connected (3/1), lists: spamd-greytrap uatraps",
            "Nov 22 04:04:33 skapet spamd[8716]: (BLACK) 89.22.104.47: <chenbin@jw-hw.com> -> <adnan@bsdly.net>",
            "Nov 22 04:04:35 skapet spamd[8716]: 89.22.104.47: From: Melissa <chenbin@jw-hw.com>",
            "Nov 22 04:04:35 skapet spamd[8716]: 89.22.104.47: TO: adnan@bsdly.net",
            "Nov 22 04:04:35 skapet spamd[8716]: 89.22.104.47: Subject: Your account was under attack! Change your credentials!",
            "Nov 22 04:04:35 skapet spamd[8716]: 89.22.104.47: Body: I am a hacker who has access to your operating system.",
            "Nov 22 04:09:35 skapet spamd[8716]: 89.22.104.47: disconnected after 305 seconds. lists: spamd-greytrap uatraps",
            "Nov 22 04:10:00 skapet spamd[8716]: 222.240.6.118: connected (1/0)",
            "Nov 22 04:10:01 skapet spamd[8716]: (GREY) 222.240.6.118: <gilbert@keyholes.net> -> <wkitp98zpu.fsf@datadok.no>",
            "Nov 22 04:10:02 skapet spamd[8716]: 222.240.6.118: disconnected after 2 seconds.",
            "Nov 22 04:10:03 skapet spamd[999]: spamd: identified spam (999.9/5.0) for nobody:1000 in 0.1 seconds, 1 bytes.",
            "Nov 22 04:10:04 skapet spamd[8716]: Trapping 192.0.2.7 for tuple 192.0.2.7 mx.example.net <a@x> <trap@example.org>",
            "Nov 22 04:10:05 skapet spamd[8716]: listening for incoming connections.",
            "") ;

    @Test
    void readsEverySpamdMessageWithItsFields() throws IOException {
        EventStore store = load(LogFiles.plain(dir, "spamd", SESSION, NOV_2022));
        List<EventKind> kinds = new ArrayList<>();
        for (int e = 0; e < store.size(); e++) {
            kinds.add(store.kind(e));
        }
        assertEquals(List.of(EventKind.CONNECT, EventKind.BLACK, EventKind.HEADER_FROM, EventKind.HEADER_TO,
                EventKind.SUBJECT, EventKind.BODY, EventKind.DISCONNECT, EventKind.CONNECT, EventKind.GREY,
                EventKind.DISCONNECT, EventKind.SYSLOG, EventKind.TRAPPING, EventKind.SPAMD_OTHER), kinds);
        assertEquals("89.22.104.47", store.ipText(0));
        assertEquals("spamd-greytrap uatraps", store.string(store.lists(0)));
        assertEquals((3 << 16) | 1, store.connections(0));
        assertEquals("<chenbin@jw-hw.com>", store.string(store.sender(1)));
        assertEquals("<adnan@bsdly.net>", store.string(store.recipient(1)));
        assertEquals("Melissa <chenbin@jw-hw.com>", store.string(store.text(2)));
        assertEquals("adnan@bsdly.net", store.string(store.text(3)), "header names match case-insensitively");
        assertEquals("Your account was under attack! Change your credentials!", store.string(store.text(4)));
        assertEquals("I am a hacker who has access to your operating system.", store.string(store.text(5)));
        assertEquals(305, store.seconds(6));
        assertEquals("192.0.2.7", store.ipText(11));
        assertEquals(Instant.parse("2022-11-22T03:04:30Z").toEpochMilli(), store.time(0), "CET is UTC+1");
        assertEquals("skapet", store.origin(0).logHost());
        assertEquals("spamd", store.origin(0).program());
    }

    @Test
    void groupsSpamdSessionsByAddressBetweenConnectAndDisconnect() throws IOException {
        EventStore store = load(LogFiles.plain(dir, "spamd", SESSION, NOV_2022));
        Sessions sessions = store.sessions();
        assertEquals(2, sessions.size());
        for (int e = 0; e <= 6; e++) {
            assertEquals(0, store.session(e));
        }
        assertTrue(sessions.isBlacklisted(0));
        assertTrue(sessions.isClosed(0));
        assertEquals("Your account was under attack! Change your credentials!",
                store.string(sessions.subject(0)));
        assertEquals(305, sessions.seconds(0));
        assertEquals(1, store.session(8));
        assertTrue(!sessions.isBlacklisted(1));
        assertEquals(-1, store.session(11), "greylister lines are outside sessions");
    }

    @Test
    void piecesOfAnyWidthGiveTheSameEvents() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append(SESSION.replace("89.22.104.47", "10.0.0." + i));
        }
        text.append("Nov 22 23:59:59 skapet spamd[8716]: 10.0.0.1: Body: no newline at the end");
        Path file = LogFiles.plain(dir, "spamd", text.toString(), NOV_2022);
        EventStore whole = load(file);
        for (int chunk : new int[] {1, 7, 97, 1000}) {
            EventStore pieces = load(chunk, LoadOptions.defaults().withZone(OSLO), file);
            assertEquals(whole.size(), pieces.size(), "chunk " + chunk);
            for (int e = 0; e < whole.size(); e++) {
                assertEquals(whole.time(e), pieces.time(e));
                assertEquals(whole.kind(e), pieces.kind(e));
                assertEquals(whole.ipText(e), pieces.ipText(e));
                assertEquals(whole.offset(e), pieces.offset(e));
                assertEquals(whole.string(whole.text(e)), pieces.string(pieces.text(e)));
            }
        }
        assertEquals(40 * 13 + 1, whole.size());
        assertEquals(40 * 13 + 1, whole.files().get(0).lines());
    }

    @Test
    void readsARotatedSetOldestFirstAcrossGzipMembers() throws IOException {
        Path older = LogFiles.gzip(dir, "spamd.1.gz", LocalDateTime.of(2022, 11, 20, 0, 0),
                "Nov 19 10:00:00 skapet spamd[1]: 1.1.1.1: connected (1/0)\n",
                "Nov 19 11:00:00 skapet spamd[1]: 1.1.1.2: connected (1/0)\n");
        Path newer = LogFiles.gzip(dir, "spamd.0.gz", LocalDateTime.of(2022, 11, 21, 0, 0),
                "Nov 20 10:00:00 skapet spamd[1]: 1.1.1.3: connected (1/0)\n");
        Path live = LogFiles.plain(dir, "spamd", "Nov 21 10:00:00 skapet spamd[1]: 1.1.1.4: connected (1/0)\n",
                NOV_2022);
        EventStore store = load(older, newer, live);
        assertEquals(4, store.size());
        for (int e = 0; e < 4; e++) {
            assertEquals("1.1.1." + (e + 1), store.ipText(e));
        }
        assertEquals("gzip", store.files().get(0).compression());
    }

    @Test
    void mergesFilesIntoOneTimeOrder() throws IOException {
        Path spamd = LogFiles.plain(dir, "spamd", "Nov 21 10:00:00 skapet spamd[1]: 1.1.1.1: connected (1/0)\n"
                + "Nov 21 10:00:02 skapet spamd[1]: 1.1.1.1: disconnected after 2 seconds.\n", NOV_2022);
        Path maillog = LogFiles.plain(dir, "maillog",
                "Nov 21 10:00:01 skapet spop3d[37601]: authentication failed: no such user: lilei - 59.54.197.34\n",
                NOV_2022);
        EventStore store = load(spamd, maillog);
        assertEquals(EventKind.CONNECT, store.kind(0));
        assertEquals(EventKind.INVALID_USER, store.kind(1));
        assertEquals("lilei", store.string(store.user(1)));
        assertEquals("59.54.197.34", store.ipText(1));
        assertEquals(EventKind.DISCONNECT, store.kind(2));
    }

    @Test
    void yearComesFromModificationTimeAndRollsOverAtNewYear() throws IOException {
        Path file = LogFiles.plain(dir, "authlog", String.join("\n",
                "Dec 31 23:59:58 skapet sshd[1]: Failed password for root from 192.0.2.1 port 22 ssh2",
                "Jan  1 00:00:01 skapet sshd[2]: Failed password for root from 192.0.2.2 port 22 ssh2",
                "Dec 31 23:59:59 skapet sshd[3]: Failed password for root from 192.0.2.3 port 22 ssh2",
                "Jan  2 10:00:00 skapet sshd[4]: Failed password for root from 192.0.2.4 port 22 ssh2", ""),
                LocalDateTime.of(2023, 1, 2, 10, 0, 5));
        EventStore store = load(1 << 20, LoadOptions.defaults().withZone(ZoneOffset.UTC), file);
        assertEquals(Instant.parse("2022-12-31T23:59:58Z").toEpochMilli(), store.time(0));
        assertEquals(Instant.parse("2022-12-31T23:59:59Z").toEpochMilli(), store.time(1),
                "a late line from the old year keeps the old year and sorts before New Year");
        assertEquals(Instant.parse("2023-01-01T00:00:01Z").toEpochMilli(), store.time(2));
        assertEquals(Instant.parse("2023-01-02T10:00:00Z").toEpochMilli(), store.time(3));

        EventStore overridden = load(1 << 20, LoadOptions.defaults().withZone(ZoneOffset.UTC).withFirstYear(2016),
                file);
        assertEquals(Instant.parse("2016-12-31T23:59:58Z").toEpochMilli(), overridden.time(0));
        assertEquals(Instant.parse("2017-01-02T10:00:00Z").toEpochMilli(), overridden.time(3));
    }

    @Test
    void aStampAfterTheModificationTimeBelongsToTheYearBefore() throws IOException {
        // copied in March 2023, the file still holds November lines: they are from 2022
        Path file = LogFiles.plain(dir, "maillog",
                "Nov 17 23:10:03 emf1 solid-pop3d[16993]: authentication failed for user jacques - 190.16.165.230\n",
                LocalDateTime.of(2023, 3, 1, 0, 0));
        EventStore store = load(1 << 20, LoadOptions.defaults().withZone(ZoneOffset.UTC), file);
        assertEquals(Instant.parse("2022-11-17T23:10:03Z").toEpochMilli(), store.time(0));
    }

    @Test
    void lastMessageRepeatedCountsAsThatManyEventsButOneRawLine() throws IOException {
        String text = "Jun 19 06:14:58 skapet spop3d[37601]: authentication failed: no such user: lilei - 59.54.197.34\n"
                + "Jun 19 06:15:20 skapet last message repeated 3 times\n";
        Path file = LogFiles.plain(dir, "maillog", text, LocalDateTime.of(2016, 6, 20, 0, 0));
        EventStore store = load(file);
        assertEquals(4, store.size());
        for (int e = 0; e < 4; e++) {
            assertEquals(EventKind.INVALID_USER, store.kind(e));
            assertEquals("lilei", store.string(store.user(e)));
            assertEquals("59.54.197.34", store.ipText(e));
        }
        int[] all = {0, 1, 2, 3};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RawLines raw = new RawLines(store)) {
            raw.write(all, all.length, out);
        }
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void popa3dFailuresTakeTheAddressOfTheirSession() throws IOException {
        Path file = LogFiles.plain(dir, "maillog", String.join("\n",
                "Jun 19 06:14:58 skapet popa3d[4711]: Session from 203.0.113.5",
                "Jun 19 06:14:59 skapet popa3d[4712]: Session from 203.0.113.9",
                "Jun 19 06:15:01 skapet popa3d[4711]: Authentication failed for lilei", ""),
                LocalDateTime.of(2016, 6, 20, 0, 0));
        EventStore store = load(file);
        assertEquals(EventKind.AUTH_FAILURE, store.kind(2));
        assertEquals("lilei", store.string(store.user(2)));
        assertEquals("203.0.113.5", store.ipText(2));
    }

    @Test
    void badInputIsKeptCountedAndReportedWithItsLine() throws IOException {
        byte[] junk = {0, 1, 2, (byte) 0xff, 0x7f, 0, 3};
        String longBody = "x".repeat(20_000);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes("Nov 22 04:04:35 skapet spamd[1]: 1.2.3.4: Subject: caf\u00e9\r\n".getBytes(StandardCharsets.UTF_8));
        text.writeBytes("this is no syslog line\n".getBytes(StandardCharsets.UTF_8));
        text.writeBytes(junk);
        text.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        text.writeBytes("Nov 22 04:04:36 skapet spamd[1]: 1.2.3.4: Body: ".getBytes(StandardCharsets.UTF_8));
        text.writeBytes(new byte[] {'b', 'a', 'd', (byte) 0xe9, '\n'});
        text.writeBytes(("Nov 22 04:04:37 skapet spamd[1]: 1.2.3.4: Body: " + longBody + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("spamd");
        Files.write(file, text.toByteArray());
        LogFiles.touch(file, NOV_2022);
        EventStore store = load(file);
        assertEquals(5, store.size());
        assertEquals("caf\u00e9", store.string(store.text(0)), "CRLF line ends are stripped");
        assertEquals(EventKind.UNPARSED, store.kind(1));
        assertEquals(EventKind.UNPARSED, store.kind(2));
        assertEquals("bad\ufffd", store.string(store.text(3)));
        assertEquals(LineParser.MAX_TEXT, store.string(store.text(4)).length());
        List<String> messages = problems.stream().map(Problem::toString).toList();
        assertTrue(messages.contains(file + ":2: 1 line is not in syslog format (first at line 2); kept as unparsed lines")
                || messages.stream().anyMatch(m -> m.startsWith(file + ":2: 1 line is")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(file + ":3: 1 line holds binary data")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(file + ":4: 1 line holds text that is not valid UTF-8")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(file + ":5: 1 line is longer than 8,192 bytes")),
                messages.toString());
    }

    @Test
    void aTruncatedArchiveKeepsTheLinesBeforeTheDamage() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("Nov 19 10:00:00 skapet spamd[1]: 10.0.").append(i % 250).append('.').append(i % 200)
                    .append(": connected (1/0)\n");
        }
        Path whole = LogFiles.gzip(dir, "whole.gz", NOV_2022, text.toString());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("spamd.0.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        LogFiles.touch(cut, NOV_2022);
        EventStore store = load(cut);
        assertTrue(store.size() > 1000 && store.size() < 20_000, "kept " + store.size());
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).message();
        assertTrue(message.contains("truncated") && message.contains("lines before the damage were loaded"), message);
    }

    @Test
    void aMissingFileIsReportedAndTheOthersLoad() throws IOException {
        Path spamd = LogFiles.plain(dir, "spamd", SESSION, NOV_2022);
        EventStore store = load(dir.resolve("gone"), spamd);
        assertEquals(13, store.size());
        assertEquals(1, problems.size());
        assertEquals(dir.resolve("gone"), problems.get(0).file());
    }

    @Test
    void rawLinesGivesBackTheOriginalLineOfPlainAndCompressedFiles() throws IOException {
        Path plain = LogFiles.plain(dir, "spamd", SESSION, NOV_2022);
        Path gz = LogFiles.gzip(dir, "spamd.0.gz", LocalDateTime.of(2022, 11, 21, 0, 0),
                SESSION.replace("Nov 22", "Nov 20"));
        EventStore store = load(gz, plain);
        String[] expected = (SESSION.replace("Nov 22", "Nov 20") + SESSION).split("\n");
        try (RawLines raw = new RawLines(store)) {
            for (int e = 0; e < store.size(); e++) {
                assertEquals(expected[e], raw.line(e));
            }
        }
    }

    @Test
    void cancellingStopsTheLoad() throws IOException {
        Path spamd = LogFiles.plain(dir, "spamd", SESSION, NOV_2022);
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        SyslogLoader loader = new SyslogLoader(LoadOptions.defaults(), LoadProgress.NONE, cancellation,
                (f, l, m) -> { });
        assertThrows(CancellationException.class, () -> loader.load(List.of(spamd)));
    }

    @Test
    void reportsProgressUpToTheTotalSize() throws IOException {
        Path spamd = LogFiles.plain(dir, "spamd", SESSION.repeat(50), NOV_2022);
        long[] last = new long[3];
        new SyslogLoader(LoadOptions.defaults(), (done, total, lines) -> {
            synchronized (last) {
                last[0] = Math.max(last[0], done);
                last[1] = total;
                last[2] = Math.max(last[2], lines);
            }
        }, new Cancellation(), (f, l, m) -> { }, 100).load(List.of(spamd));
        assertArrayEquals(new long[] {Files.size(spamd), Files.size(spamd), 13 * 50}, last);
    }

    @Test
    void sessionsOfManyAddressesAreGroupedInParallelParts() throws IOException {
        StringBuilder text = new StringBuilder();
        int sessions = 40_000;
        for (int i = 0; i < sessions; i++) {
            String ip = "10." + (i / 65536) + "." + ((i / 256) % 256) + "." + (i % 256);
            String stamp = String.format("Nov 22 %02d:%02d:%02d", (i / 3600) % 24, (i / 60) % 60, i % 60);
            text.append(stamp).append(" skapet spamd[1]: ").append(ip).append(": connected (1/1), lists: x\n");
            text.append(stamp).append(" skapet spamd[1]: ").append(ip).append(": Subject: s").append(i % 7).append('\n');
            text.append(stamp).append(" skapet spamd[1]: ").append(ip).append(": disconnected after 1 seconds.\n");
        }
        EventStore store = load(LogFiles.plain(dir, "spamd", text.toString(), NOV_2022));
        Sessions grouped = store.sessions();
        assertEquals(sessions, grouped.size());
        boolean[] seen = new boolean[sessions];
        for (int e = 0; e < store.size(); e++) {
            int s = store.session(e);
            assertEquals(grouped.ip(s), store.ip(e), "event " + e);
            seen[s] = true;
        }
        for (int s = 0; s < sessions; s++) {
            assertTrue(seen[s]);
            assertTrue(grouped.isClosed(s) && grouped.isBlacklisted(s));
            assertEquals(EventKind.CONNECT, store.kind(grouped.firstEvent(s)));
            assertEquals(EventKind.DISCONNECT, store.kind(grouped.lastEvent(s)));
            assertTrue(store.string(grouped.subject(s)).startsWith("s"));
        }
    }

    @Test
    void linesWithoutTimeSortWithTheirNeighbours() throws IOException {
        Path file = LogFiles.plain(dir, "spamd", String.join("\n",
                "leading garbage",
                "Nov 22 04:04:30 skapet spamd[1]: 1.2.3.4: connected (1/0)",
                "garbage in the middle",
                "Nov 22 04:04:31 skapet spamd[1]: 1.2.3.4: disconnected after 1 seconds.", ""), NOV_2022);
        EventStore store = load(file);
        assertEquals(List.of(EventKind.UNPARSED, EventKind.CONNECT, EventKind.UNPARSED, EventKind.DISCONNECT),
                List.of(store.kind(0), store.kind(1), store.kind(2), store.kind(3)));
        assertEquals(store.time(1), store.time(0));
        assertEquals(store.time(1), store.time(2));
    }

    @Test
    void encodedSubjectsAreStoredDecoded() throws IOException {
        EventStore store = load(LogFiles.plain(dir, "spamd",
                "Nov 22 04:04:35 skapet spamd[1]: 1.2.3.4: Subject: =?UTF-8?B?U3BlY2lhbCBvZmZlcg==?=\n", NOV_2022));
        assertEquals("Special offer", store.string(store.text(0)));
    }
}
