package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline --bucket hour|minute} on a small spamd and sshd log whose every count is known. */
class TimelineCommandTest {
    private static final String HEADER = "bucket,events,connect,disconnect,grey,black,from,to,subject,body,trapping,"
            + "greylist,spamd,auth-failure,invalid-user,auth-success,auth-session,syslog,unparsed";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** The parsed lines below; the garbage line has no time and is in no bucket. */
    private static final int EVENTS = 11;

    @TempDir
    Path dir;

    Path spamd;
    Path authlog;

    @BeforeEach
    void logs() throws IOException {
        spamd = Files.writeString(dir.resolve("spamd"), String.join("\n",
                "Nov 20 10:05:00 skapet spamd[1]: 192.0.2.1: connected (1/1), lists: spamd-greytrap",
                "Nov 20 10:05:10 skapet spamd[1]: (BLACK) 192.0.2.1: <a@spam.example> -> <x@bsdly.net>",
                "Nov 20 10:05:10 skapet spamd[1]: (BLACK) 192.0.2.1: <a@spam.example> -> <y@bsdly.net>",
                "Nov 20 10:06:20 skapet spamd[1]: 192.0.2.1: Subject: hello",
                "garbage",
                "Nov 20 10:07:30 skapet spamd[1]: 192.0.2.1: disconnected after 150 seconds. lists: spamd-greytrap",
                "Nov 20 12:59:59 skapet spamd[1]: 192.0.2.2: connected (1/0)",
                "Nov 20 13:00:00 skapet spamd[1]: (GREY) 192.0.2.2: <b@sender.example> -> <z@bsdly.net>",
                "Nov 20 13:00:01 skapet spamd[1]: 192.0.2.2: disconnected after 2 seconds.", ""));
        authlog = Files.writeString(dir.resolve("authlog"), String.join("\n",
                // sshd's "Invalid user" line opens the attempt; the failure after it is the invalid-user event
                "Nov 20 10:30:00 gw sshd[5]: Invalid user admin from 198.51.100.7 port 4000",
                "Nov 20 10:30:02 gw sshd[5]: Failed password for invalid user admin from 198.51.100.7 port 4000 ssh2",
                "Nov 20 13:15:00 gw sshd[6]: Failed password for root from 198.51.100.7 port 4001 ssh2", ""));
    }

    private List<String> rows(String... options) {
        Cli cli = Cli.run(Stream.concat(Stream.of("timeline", "--format", "csv", "--zone", "UTC", "--year", "2022"),
                Stream.concat(Stream.of(options), Stream.of(spamd.toString(), authlog.toString())))
                .toArray(String[]::new));
        assertEquals(0, cli.exit(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(HEADER, lines.get(0));
        return lines.subList(1, lines.size());
    }

    /** A row: the bucket start, the total, and the named kinds' counts (the rest 0). */
    private static String row(String bucket, Object... kindCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < kindCounts.length; i += 2) {
            counts.put((String) kindCounts[i], (Integer) kindCounts[i + 1]);
            total += (Integer) kindCounts[i + 1];
        }
        StringBuilder sb = new StringBuilder(bucket).append(',').append(total);
        String[] kinds = HEADER.split(",");
        for (int k = 2; k < kinds.length; k++) {
            sb.append(',').append(counts.getOrDefault(kinds[k], 0));
        }
        return sb.toString();
    }

    /** Each row's events is the sum of its kind columns; returns the sum of the events column. */
    private static int checkTotals(List<String> rows) {
        int sum = 0;
        for (String r : rows) {
            String[] f = r.split(",");
            int kinds = 0;
            for (int k = 2; k < f.length; k++) {
                kinds += Integer.parseInt(f[k]);
            }
            assertEquals(Integer.parseInt(f[1]), kinds, r);
            sum += Integer.parseInt(f[1]);
        }
        return sum;
    }

    @Test
    void hourBucketsFromTheFirstToTheLastEventWithTheEmptyHour() {
        List<String> rows = rows("--bucket", "hour");
        assertEquals(List.of(
                row("2022-11-20 10:00:00", "connect", 1, "black", 2, "subject", 1, "disconnect", 1,
                        "auth-session", 1, "invalid-user", 1),
                row("2022-11-20 11:00:00"),
                row("2022-11-20 12:00:00", "connect", 1),
                row("2022-11-20 13:00:00", "grey", 1, "disconnect", 1, "auth-failure", 1)), rows);
        assertEquals(EVENTS, checkTotals(rows));
        assertEquals(rows, rows(), "hour is the default");
    }

    @Test
    void minuteBucketsCoverEveryMinuteBetween() {
        List<String> rows = rows("--bucket", "minute");
        LocalDateTime first = LocalDateTime.of(2022, 11, 20, 10, 5);
        LocalDateTime last = LocalDateTime.of(2022, 11, 20, 13, 15);
        Map<String, String> busy = new LinkedHashMap<>();
        for (String r : List.of(
                row("2022-11-20 10:05:00", "connect", 1, "black", 2),
                row("2022-11-20 10:06:00", "subject", 1),
                row("2022-11-20 10:07:00", "disconnect", 1),
                row("2022-11-20 10:30:00", "auth-session", 1, "invalid-user", 1),
                row("2022-11-20 12:59:00", "connect", 1),
                row("2022-11-20 13:00:00", "grey", 1, "disconnect", 1),
                row("2022-11-20 13:15:00", "auth-failure", 1))) {
            busy.put(r.substring(0, 19), r);
        }
        List<String> expected = new ArrayList<>();
        for (LocalDateTime t = first; !t.isAfter(last); t = t.plusMinutes(1)) {
            String bucket = SHOWN.format(t);
            expected.add(busy.getOrDefault(bucket, row(bucket)));
        }
        assertEquals(3 * 60 + 10 + 1, expected.size());
        assertEquals(expected, rows);
        assertEquals(EVENTS, checkTotals(rows));
    }

    @Test
    void aFilterNarrowsTheSpanToItsOwnEvents() {
        List<String> rows = rows("--bucket", "minute", "--ip", "192.0.2.1");
        assertEquals(List.of(
                row("2022-11-20 10:05:00", "connect", 1, "black", 2),
                row("2022-11-20 10:06:00", "subject", 1),
                row("2022-11-20 10:07:00", "disconnect", 1)), rows);
        List<String> failures = rows("--kind", "auth-failure,invalid-user");
        assertEquals(List.of(
                row("2022-11-20 10:00:00", "invalid-user", 1),
                row("2022-11-20 11:00:00"),
                row("2022-11-20 12:00:00"),
                row("2022-11-20 13:00:00", "auth-failure", 1)), failures);
        assertEquals(2, checkTotals(failures));
    }

    @Test
    void anUnknownBucketIsBadUsage() {
        Cli cli = Cli.run("timeline", "--bucket", "week", "--zone", "UTC", spamd.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("bucket must be minute, hour or day"), cli.err());
    }
}
