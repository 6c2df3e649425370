package org.trapscope.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.store.EventStore;

/**
 * {@link RawLines#eventsOfLinesHolding}, the search of the mapped files' whole text, against
 * reading every event's line: over files of many search pieces, with blank lines, CRLF
 * line ends, repeated messages, a last line without a line end, and matches at the very start
 * and end of lines.
 */
class WholeTextSearchTest {
    private static final LocalDateTime NOV_2022 = LocalDateTime.of(2022, 11, 24, 12, 0);

    @TempDir
    Path dir;

    private static EventStore load(List<Path> files) {
        return new SyslogLoader(LoadOptions.defaults().withZone(ZoneOffset.UTC), LoadProgress.NONE, new Cancellation(),
                (f, l, m) -> { }, SyslogLoader.CHUNK_SIZE).load(files);
    }

    /** Searched in pieces of this many bytes, so that many lines and matches straddle two. */
    private static final int PIECE = 4099;

    /** About 4 MB of spamd and sshd lines of every shape. */
    private Path bigLog(String name, int seed) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            int n = i * 7919 + seed;
            String stamp = String.format("Nov %2d %02d:%02d:%02d ", 19 + i / 20_000, i / 2000 % 24, i / 60 % 60, i % 60);
            String line = switch (n % 9) {
                case 0 -> stamp + "skapet spamd[1]: 10.0." + n % 250 + "." + n % 200 + ": disconnected after " + n % 400 + " seconds.";
                case 1 -> stamp + "skapet spamd[1]: 10.1." + n % 250 + ".3: Subject: Really big " + (n % 3 == 0 ? "trouble" : "news");
                case 2 -> stamp + "skapet spamd[1]: 10.2." + n % 250 + ".4: connected (" + n % 90 + "/" + n % 7 + ")";
                case 3 -> stamp + "skapet sshd[2]: Failed password for quux" + n % 13 + " from 10.3.0." + n % 250 + " port 22 ssh2";
                case 4 -> stamp + "skapet spamd[1]: last message repeated " + (2 + n % 3) + " times";
                case 5 -> "";
                case 6 -> stamp + "skapet spamd[1]: 10.4." + n % 250 + ".5: Body: " + "q".repeat(n % 120) + "zz";
                case 7 -> stamp + "skapet spamd[1]: 10.5." + n % 250 + ".6: To: <trap" + n % 50 + "@example.org>\r";
                default -> "garbage without a stamp " + n % 1000;
            };
            text.append(line).append('\n');
        }
        text.append("Nov 21 23:59:59 skapet spamd[1]: 10.9.9.9: disconnected after 1 seconds.");
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LogFiles.touch(file, NOV_2022);
        return file;
    }

    private static long[] byReadingEveryLine(EventStore store, RawLines raw, List<String> required, LineTest test)
            throws IOException {
        long[] bits = new long[(store.size() + 63) >>> 6];
        for (int e = 0; e < store.size(); e++) {
            String line = raw.line(e);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (required.stream().allMatch(line::contains) && (test == null || test.accepts(bytes, bytes.length))) {
                bits[e >>> 6] |= 1L << e;
            }
        }
        return bits;
    }

    private static List<byte[]> bytes(List<String> strings) {
        return strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Test
    void findsTheLinesThatReadingEveryLineFinds() throws IOException {
        EventStore store = load(List.of(bigLog("spamd.0", 1), bigLog("spamd", 5)));
        LineTest evenLength = (line, length) -> length % 2 == 0;
        LineTest endsInS = (line, length) -> length > 0 && line[length - 1] == 's';
        try (RawLines raw = new RawLines(store, PIECE)) {
            for (List<String> required : Stream.of(List.of("disconnected after"), List.of("q"), List.of("Nov 2"),
                    List.of("seconds."), List.of(".org>"), List.of("repeated"), List.of("Subject: ", "trouble"),
                    List.of("ssh2", "Failed", "quux1"), List.of("absent from every line")).toList()) {
                for (LineTest test : new LineTest[] {null, evenLength, endsInS}) {
                    long[] expected = byReadingEveryLine(store, raw, required, test);
                    long[] found = raw.eventsOfLinesHolding(bytes(required), test, new boolean[] {true, true});
                    assertArrayEquals(expected, found, required + " with " + test);
                    for (int e = 0; e < store.size(); e++) {
                        if (store.fileIndex(e) == 0) {
                            expected[e >>> 6] &= ~(1L << e);
                        }
                    }
                    found = raw.eventsOfLinesHolding(bytes(required), test, new boolean[] {false, true});
                    assertArrayEquals(expected, found, required + " with " + test + " in the second file");
                }
            }
        }
    }

    @Test
    void countsTheEventsOfEachFile() throws IOException {
        EventStore store = load(List.of(bigLog("spamd.0", 1), bigLog("spamd", 5)));
        try (RawLines raw = new RawLines(store)) {
            for (int f = 0; f < 2; f++) {
                int file = f;
                assertEquals(IntStream.range(0, store.size()).filter(e -> store.fileIndex(e) == file).count(),
                        raw.eventsInFile(f));
            }
        }
    }

    @Test
    void aFileCutShortAfterItWasMappedIsLeftToReadingLineByLine() throws IOException {
        Path file = bigLog("spamd", 3);
        EventStore store = load(List.of(file));
        try (RawLines raw = new RawLines(store, PIECE)) {
            assertNotNull(raw.eventsOfLinesHolding(bytes(List.of("disconnected")), null, new boolean[] {true}));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(10);
            }
            assertNull(raw.eventsOfLinesHolding(bytes(List.of("disconnected")), null, new boolean[] {true}));
            assertTrue(raw.line(store.size() - 1).isEmpty(), "reading the lines still works");
        }
    }
}
