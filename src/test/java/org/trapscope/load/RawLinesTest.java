package org.trapscope.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.store.EventStore;

/** Lines read back by offset from the mapped files, as the log holds them. */
class RawLinesTest {
    private static final LocalDateTime NOV_2022 = LocalDateTime.of(2022, 11, 24, 12, 0);
    private static final String STAMP = "Nov 22 04:04:3";

    @TempDir
    Path dir;

    private static EventStore load(Path... files) {
        return new SyslogLoader(LoadOptions.defaults().withZone(ZoneOffset.UTC), LoadProgress.NONE, new Cancellation(),
                (f, l, m) -> { }, SyslogLoader.CHUNK_SIZE).load(List.of(files));
    }

    /** Lines of every awkward shape, the last one without a line end. */
    private static byte[] awkwardLines() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes((STAMP + "0 skapet spamd[1]: 1.2.3.4: Subject: caf\u00e9\r\n").getBytes(StandardCharsets.UTF_8));
        text.writeBytes((STAMP + "1 skapet spamd[1]: 1.2.3.4: Body: " + "x".repeat(20_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        text.writeBytes((STAMP + "2 skapet spamd[1]: 1.2.3.4: Body: bad").getBytes(StandardCharsets.UTF_8));
        text.writeBytes(new byte[] {(byte) 0xe9, '\n'});
        text.writeBytes((STAMP + "3 skapet spamd[1]: 1.2.3.4: disconnected after 4 seconds.")
                .getBytes(StandardCharsets.UTF_8));
        return text.toByteArray();
    }

    private static final String[] AWKWARD_EXPECTED = {
        STAMP + "0 skapet spamd[1]: 1.2.3.4: Subject: caf\u00e9",
        STAMP + "1 skapet spamd[1]: 1.2.3.4: Body: " + "x".repeat(20_000),
        STAMP + "2 skapet spamd[1]: 1.2.3.4: Body: bad\ufffd",
        STAMP + "3 skapet spamd[1]: 1.2.3.4: disconnected after 4 seconds.",
    };

    private Path awkwardFile() throws IOException {
        Path file = dir.resolve("spamd");
        Files.write(file, awkwardLines());
        LogFiles.touch(file, NOV_2022);
        return file;
    }

    @Test
    void linesComeBackWithoutTheirLineEndsWhateverTheirShape() throws IOException {
        EventStore store = load(awkwardFile());
        try (RawLines raw = new RawLines(store)) {
            for (int e = 0; e < store.size(); e++) {
                assertEquals(AWKWARD_EXPECTED[e], raw.line(e));
            }
        }
    }

    @Test
    void theExtractIsTheLogByteForByteWithALineEndAfterTheLastLine() throws IOException {
        EventStore store = load(awkwardFile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RawLines raw = new RawLines(store)) {
            raw.write(IntStream.range(0, store.size()).toArray(), store.size(), out);
        }
        String expected = new String(awkwardLines(), StandardCharsets.UTF_8).replace("\r\n", "\n") + "\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
                out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void manyThreadsReadTheSameLinesAtOnce() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("Nov 19 10:00:00 skapet spamd[1]: 10.0.").append(i % 250).append('.').append(i % 200)
                    .append(": connected (").append(i).append("/0)\n");
        }
        Path gz = LogFiles.gzip(dir, "spamd.0.gz", NOV_2022, text.toString());
        EventStore store = load(gz);
        String[] expected = text.toString().split("\n");
        try (RawLines raw = new RawLines(store)) {
            boolean allSame = IntStream.range(0, store.size()).parallel().allMatch(e -> {
                try {
                    LineBytes line = new LineBytes();
                    raw.read(e, line);
                    return line.text().equals(expected[e]) && raw.line(e).equals(expected[e]);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            assertTrue(allSame);
        }
    }

    @Test
    void aFileCutShortAfterLoadingGivesWhatIsLeftInsteadOfFailing() throws IOException {
        Path file = awkwardFile();
        EventStore store = load(file);
        try (RawLines raw = new RawLines(store)) {
            assertEquals(AWKWARD_EXPECTED[0], raw.line(0), "mapped before the cut");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(10);
            }
            assertEquals("", raw.line(3), "the line is gone");
            assertEquals(AWKWARD_EXPECTED[0].substring(0, 10), raw.line(0), "what is left of the first line");
            LineBytes reader = new LineBytes();
            raw.read(2, reader);
            assertEquals(0, reader.length());
        }
    }

    @Test
    void theArchivesTemporaryCopyIsDeletedOnClose() throws IOException {
        Path gz = LogFiles.gzip(dir, "spamd.0.gz", NOV_2022, new String(awkwardLines(), StandardCharsets.UTF_8));
        EventStore store = load(gz);
        List<Path> before = temporaryCopies();
        RawLines raw = new RawLines(store);
        assertEquals(AWKWARD_EXPECTED[3], raw.line(3));
        assertEquals(before.size() + 1, temporaryCopies().size());
        raw.close();
        assertEquals(before, temporaryCopies());
        assertFalse(Files.exists(gz.resolveSibling("spamd.0")), "the input's directory is only read");
    }

    private static List<Path> temporaryCopies() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("trapscope-")
                    && p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }
}
