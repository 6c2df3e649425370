package org.trapscope.traps;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.load.ProblemSink;

/**
 * Reads a trap-count file: lines of {@code date(1)} output, a colon and a count, as a cron job writes
 * them ({@code Tue Mar  2 21:10:01 CET 2021 : 2425}). Zone abbreviations are resolved against the
 * zone the user configured for the file, since the file itself never says which CET it means.
 */
public final class TrapCountsReader {

    private static final Pattern LINE = Pattern.compile("^\\s*(\\S.*?)\\s+:\\s*(\\d+)\\s*$");

    private final Path file;
    private final ProblemSink problems;
    private final ZoneAbbreviations abbreviations;
    private long[] epochMillis = new long[256];
    private int[] counts = new int[256];
    private String[] zoneTexts = new String[256];
    private int size;
    private boolean reportedForeignZone;

    private TrapCountsReader(Path file, ZoneId zone, ProblemSink problems) {
        this.file = file;
        this.problems = problems;
        this.abbreviations = new ZoneAbbreviations(zone);
    }

    /** Reads with the system's time zone as the configured zone. */
    public static TrapCountSeries read(Path file, ProblemSink problems) throws IOException {
        return read(file, ZoneId.systemDefault(), problems);
    }

    /**
     * Reads {@code file}, resolving zone abbreviations against {@code zone}. Lines that are not a
     * timestamp and a count are reported and skipped; an abbreviation {@code zone} does not use is
     * reported once and its times are read as {@code zone}'s local time.
     *
     * @throws IOException if the file cannot be opened or read at all
     */
    public static TrapCountSeries read(Path file, ZoneId zone, ProblemSink problems) throws IOException {
        TrapCountsReader reader = new TrapCountsReader(file, zone, problems);
        SideFileLines.forEach(file, problems, reader::parseLine);
        int n = reader.size;
        return new TrapCountSeries(Arrays.copyOf(reader.epochMillis, n), Arrays.copyOf(reader.counts, n),
                Arrays.copyOf(reader.zoneTexts, n));
    }

    private void parseLine(long number, String line) {
        if (line.isBlank()) {
            return;
        }
        Matcher matcher = LINE.matcher(line);
        DateOutput date = matcher.matches() ? DateOutputParser.parse(matcher.group(1)) : null;
        if (date == null) {
            problems.report(file, number, "not a \"date : count\" line: \"" + line.strip() + "\"");
            return;
        }
        long count = matcher.group(2).length() > 10 ? Long.MAX_VALUE : Long.parseLong(matcher.group(2));
        if (count > Integer.MAX_VALUE) {
            problems.report(file, number, "the count " + matcher.group(2) + " is too large");
            return;
        }
        add(date.localTime().toInstant(offsetOf(date, number)).toEpochMilli(), (int) count, date.zoneText());
    }

    private ZoneOffset offsetOf(DateOutput date, long number) {
        if (date.offset() != null) {
            return date.offset();
        }
        if (date.zoneText() == null) {
            return abbreviations.offsetAt(date.localTime());
        }
        ZoneOffset named = abbreviations.offsetNamed(date.zoneText(), date.localTime());
        if (named != null) {
            return named;
        }
        if (!reportedForeignZone) {
            reportedForeignZone = true;
            problems.report(file, number, "the zone \"" + date.zoneText() + "\" does not match the configured time zone "
                    + abbreviations.zone() + " at that date; times in this file that name other zones are read as "
                    + abbreviations.zone() + " local time");
        }
        return abbreviations.offsetAt(date.localTime());
    }

    private void add(long millis, int count, String zoneText) {
        if (size == counts.length) {
            epochMillis = Arrays.copyOf(epochMillis, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
            zoneTexts = Arrays.copyOf(zoneTexts, size * 2);
        }
        epochMillis[size] = millis;
        counts[size] = count;
        zoneTexts[size] = zoneText;
        size++;
    }
}
