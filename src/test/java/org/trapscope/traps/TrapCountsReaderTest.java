package org.trapscope.traps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.load.Problem;
import org.trapscope.source.RecordingSink;

class TrapCountsReaderTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    @Test
    void theArticleLinesAreReadWithCetAsPlusOneHour() throws IOException {
        // from the analyst article; note the trailing space after 13689
        TrapCountSeries series = read("""
                Tue Mar  2 21:10:01 CET 2021 : 2425
                Tue Mar  2 22:10:01 CET 2021 : 4014
                Wed Mar  3 11:10:01 CET 2021 : 13689\s
                 Thu May 13 10:10:01 CEST 2021 : 3998
                """, OSLO);

        assertEquals(List.of(), sink.problems);
        assertArrayEquals(new int[] {2425, 4014, 13689, 3998}, series.counts());
        assertArrayEquals(new long[] {1614715801000L, 1614719401000L, 1614766201000L, 1620893401000L},
                series.epochMillis());
        assertEquals("CET", series.zoneText(0));
        assertEquals("CEST", series.zoneText(3));
    }

    @Test
    void theSpringChangeFromCetToCestIsOneHourApart() throws IOException {
        TrapCountSeries series = read("""
                Sun Mar 28 01:10:01 CET 2021 : 100
                Sun Mar 28 03:10:01 CEST 2021 : 101
                """, OSLO);

        assertEquals(1616890201000L, series.epochMillis(0));
        assertEquals(1616893801000L, series.epochMillis(1));
        assertEquals(List.of(), sink.problems);
    }

    @Test
    void theRepeatedAutumnHourIsToldApartByTheAbbreviation() throws IOException {
        TrapCountSeries series = read("""
                Sun Oct 31 02:10:01 CEST 2021 : 200
                Sun Oct 31 02:10:01 CET 2021 : 201
                """, OSLO);

        assertEquals(1635639001000L, series.epochMillis(0));
        assertEquals(1635642601000L, series.epochMillis(1));
    }

    @Test
    void numericOffsetsUtcNamesAndTwelveHourClocksAreRead() throws IOException {
        TrapCountSeries series = read("""
                Tue, 02 Mar 2021 21:10:01 +0100 : 1
                2021-03-02T21:10:01+01:00 : 2
                2021-03-02 21:10:01+01:00 : 3
                Tue Mar  2 20:10:01 UTC 2021 : 4
                Tue Mar  2 20:10:01 GMT 2021 : 5
                Tue 02 Mar 2021 03:10:01 PM EST : 6
                """, ZoneId.of("America/New_York"));

        assertEquals(List.of(), sink.problems);
        assertEquals(6, series.size());
        for (int i = 0; i < series.size(); i++) {
            assertEquals(1614715801000L, series.epochMillis(i), "line " + (i + 1));
        }
    }

    @Test
    void anAbbreviationForeignToTheZoneIsReadAsItsLocalTimeAndReportedOnce() throws IOException {
        TrapCountSeries series = read("""
                Tue Mar  2 21:10:01 EST 2021 : 1
                Tue Mar  2 22:10:01 EST 2021 : 2
                """, OSLO);

        assertEquals(1614715801000L, series.epochMillis(0));
        assertEquals("EST", series.zoneText(0));
        assertEquals(1, sink.problems.size());
        assertEquals(1, sink.problems.get(0).line());
        assertTrue(sink.problems.get(0).message().contains("\"EST\""), sink.problems.get(0).message());
    }

    @Test
    void aTimeWithoutZoneIsTheConfiguredZonesLocalTime() throws IOException {
        TrapCountSeries series = read("2021-03-02 21:10:01 : 9\n", ZoneOffset.ofHours(1));

        assertEquals(1614715801000L, series.epochMillis(0));
        assertNull(series.zoneText(0));
    }

    @Test
    void badLinesAreReportedAndSkipped() throws IOException {
        TrapCountSeries series = read("""
                Tue Mar  2 21:10:01 CET 2021 : 2425
                Tue Mar  2 21:10:01 CET 2021 : lots
                tail: /var/log/traplistcounts: file truncated

                Tue Mar 32 21:10:01 CET 2021 : 5
                Tue Mar  2 23:10:01 CET 2021 : 99999999999
                Wed Mar  3 00:10:01 CET 2021 : 4847
                """, OSLO);

        assertArrayEquals(new int[] {2425, 4847}, series.counts());
        assertEquals(List.of(2L, 3L, 5L, 6L), sink.problems.stream().map(Problem::line).toList());
        assertEquals("the count 99999999999 is too large", sink.problems.get(3).message());
    }

    private TrapCountSeries read(String text, ZoneId zone) throws IOException {
        Path file = Files.writeString(dir.resolve("traplistcounts"), text);
        return TrapCountsReader.read(file, zone, sink);
    }
}
