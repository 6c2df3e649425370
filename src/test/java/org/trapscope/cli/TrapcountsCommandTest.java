package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trapcounts} on the hourly count file the generator writes like the analyst's cron job
 * ({@code Thu Nov 17 00:10:01 CET 2022 : 3216}): one row per line with its time and count, and
 * {@code --since}/{@code --until} cut the range inclusively in the --zone.
 */
class TrapcountsCommandTest {
    private static final Pattern LINE = Pattern.compile(
            "(\\w{3}) (\\w{3}) +(\\d{1,2}) (\\d\\d):(\\d\\d):(\\d\\d) CET (\\d{4}) : (\\d+)");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TempDir
    static Path dir;

    static Path counts;
    /** The file's samples: local time (CET, that is Oslo's winter time) and count. */
    static List<LocalDateTime> times = new ArrayList<>();
    static List<String> values = new ArrayList<>();

    @BeforeAll
    static void generate() throws Exception {
        GeneratedLogs.generate(dir, "--spamd-mb", "0.05", "--seed", "11", "--days", "4");
        counts = dir.resolve("traplistcounts");
        for (String line : GeneratedLogs.lines(counts)) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), line);
            times.add(LocalDateTime.of(Integer.parseInt(m.group(7)), MONTHS.indexOf(m.group(2)) + 1,
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6))));
            values.add(m.group(8));
        }
        assertEquals(4 * 24, times.size(), "four days of hourly samples");
    }

    private static List<String> rows(String... options) {
        Cli cli = Cli.run(Stream.concat(Stream.of("trapcounts", "--format", "csv"), Stream.of(options))
                .toArray(String[]::new));
        assertEquals(0, cli.exit(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("time,count", lines.get(0));
        return lines.subList(1, lines.size());
    }

    /** The rows the samples from {@code from} to {@code to} (inclusive, local times) give, shown in {@code zone}. */
    private static List<String> expected(ZoneId zone, LocalDateTime from, LocalDateTime to) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            LocalDateTime t = times.get(i);
            if (!t.isBefore(from) && !t.isAfter(to)) {
                rows.add(SHOWN.format(t.atZone(OSLO).withZoneSameInstant(zone)) + "," + values.get(i));
            }
        }
        return rows;
    }

    private static List<String> all(ZoneId zone) {
        return expected(zone, LocalDateTime.MIN, LocalDateTime.MAX);
    }

    @Test
    void everyLineIsARowWithItsTimeAndCountInFileOrder() {
        List<String> rows = rows("--zone", "Europe/Oslo", counts.toString());
        assertEquals(all(OSLO), rows);
        assertEquals(96, rows.size());
        assertEquals(SHOWN.format(times.get(0)) + "," + values.get(0), rows.get(0), "shown as the file has it");
    }

    @Test
    void cetTimesAreShownInTheReportZone() {
        List<String> rows = rows("--zone", "UTC", "--zone-of", counts + "=Europe/Oslo", counts.toString());
        assertEquals(all(ZoneOffset.UTC), rows);
        // 00:10:01 CET is 23:10:01 UTC the day before
        assertEquals(SHOWN.format(times.get(0).minusHours(1)) + "," + values.get(0), rows.get(0));
    }

    @Test
    void sinceAndUntilAreInclusiveBoundsToTheSecond() {
        LocalDateTime from = times.get(30);
        LocalDateTime to = times.get(40);
        List<String> rows = rows("--zone", "Europe/Oslo", "--since", SHOWN.format(from),
                "--until", SHOWN.format(to).replace(' ', 'T'), counts.toString());
        assertEquals(expected(OSLO, from, to), rows);
        assertEquals(11, rows.size());
        // one second later and one second earlier leave both ends out
        List<String> inner = rows("--zone", "Europe/Oslo", "--since", SHOWN.format(from.plusSeconds(1)),
                "--until", SHOWN.format(to.minusSeconds(1)), counts.toString());
        assertEquals(rows.subList(1, rows.size() - 1), inner);
    }

    @Test
    void aDateRangeTakesWholeDaysOfTheReportZone() {
        LocalDateTime day = times.get(0).toLocalDate().plusDays(1).atStartOfDay();
        List<String> oslo = rows("--zone", "Europe/Oslo", "--since", day.toLocalDate().toString(),
                "--until", day.toLocalDate().toString(), counts.toString());
        assertEquals(expected(OSLO, day, day.plusDays(1).minusNanos(1)), oslo);
        assertEquals(24, oslo.size());
        assertTrue(oslo.get(0).startsWith(day.toLocalDate() + " 00:10:01,"), oslo.get(0));
        // the same dates in UTC: from 01:10:01 CET of that day to 00:10:01 CET of the next
        List<String> utc = rows("--zone", "UTC", "--zone-of", counts + "=Europe/Oslo", "--since",
                day.toLocalDate().toString(), "--until", day.toLocalDate().toString(), counts.toString());
        assertEquals(expected(ZoneOffset.UTC, day.plusHours(1), day.plusDays(1).plusHours(1).minusNanos(1)), utc);
        assertEquals(24, utc.size());
        assertTrue(utc.get(0).startsWith(day.toLocalDate() + " 00:10:01,"), utc.get(0));
    }

    @Test
    void logsOpenedAlongsideAddNoRows() {
        List<String> rows = rows("--zone", "Europe/Oslo", "--year", "2022", dir.resolve("spamd").toString(),
                counts.toString(), dir.resolve("authlog").toString());
        assertEquals(all(OSLO), rows);
    }
}
