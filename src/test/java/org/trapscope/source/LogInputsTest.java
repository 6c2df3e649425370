package org.trapscope.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LogInputsTest {

    @TempDir
    Path dir;

    private static final byte[] TEXT = Archives.spamdLog(6000, 1);

    @ParameterizedTest
    @EnumSource(Compression.class)
    void everyCompressionIsDetectedAndDecompressed(Compression compression) throws IOException {
        // deliberately misleading name: magic bytes decide
        Path file = write("spamd.log", Archives.compress(compression, TEXT));

        assertEquals(compression, Compression.detect(file));
        assertArrayEquals(TEXT, readAll(file));
    }

    @Test
    void allMembersOfAMultiMemberGzipAreRead() throws IOException {
        byte[] second = Archives.spamdLog(3000, 2);
        Path file = write("spamd.0.gz", Archives.concat(
                Archives.compress(Compression.GZIP, TEXT), Archives.compress(Compression.GZIP, second)));

        assertArrayEquals(Archives.concat(TEXT, second), readAll(file));
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"BZIP2", "XZ", "ZSTD"})
    void concatenatedStreamsOfOtherFormatsAreRead(Compression compression) throws IOException {
        byte[] second = Archives.spamdLog(100, 3);
        Path file = write("spamd.0", Archives.concat(
                Archives.compress(compression, TEXT), Archives.compress(compression, second)));

        assertArrayEquals(Archives.concat(TEXT, second), readAll(file));
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"GZIP", "BZIP2", "XZ", "ZSTD"})
    void aTruncatedArchiveSaysSoAndKeepsTheTextBeforeTheCut(Compression compression) throws IOException {
        byte[] archive = Archives.compress(compression, TEXT);
        Path file = write("spamd.1.gz", Arrays.copyOf(archive, archive.length * 3 / 4));

        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        DamagedArchiveException e = assertThrows(DamagedArchiveException.class, () -> copy(file, kept));

        assertEquals(DamagedArchiveException.Damage.TRUNCATED, e.damage());
        assertTrue(e.getMessage().startsWith("spamd.1.gz: the " + compression.displayName() + " archive is truncated "),
                e.getMessage());
        assertEquals(kept.size(), e.textBytes());
        assertTrue(kept.size() < TEXT.length);
        assertArrayEquals(Arrays.copyOf(TEXT, kept.size()), kept.toByteArray());
    }

    @Test
    void aGzipCutShortKeepsMostOfItsText() throws IOException {
        byte[] archive = Archives.compress(Compression.GZIP, TEXT);
        Path file = write("spamd.1.gz", Arrays.copyOf(archive, archive.length / 2));

        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        DamagedArchiveException e = assertThrows(DamagedArchiveException.class, () -> copy(file, kept));

        // gzip decodes as it goes: less than one read step of text may be lost next to the cut
        assertTrue(kept.size() > TEXT.length / 2 - 16 * 1024, "kept " + kept.size());
        assertTrue(e.getMessage().matches("spamd\\.1\\.gz: the gzip archive is truncated after [0-9,]+ bytes of text"),
                e.getMessage());
    }

    @Test
    void aGzipHeaderAloneIsTruncatedBeforeAnyText() throws IOException {
        Path file = write("spamd.2.gz", new byte[] {0x1f, (byte) 0x8b, 8});

        DamagedArchiveException e = assertThrows(DamagedArchiveException.class, () -> readAll(file));

        assertEquals("spamd.2.gz: the gzip archive is truncated before any text", e.getMessage());
    }

    @Test
    void damagedCompressedDataIsCorrupt() throws IOException {
        byte[] archive = Archives.compress(Compression.XZ, TEXT);
        for (int i = archive.length / 2; i < archive.length / 2 + 64; i++) {
            archive[i] ^= 0x5a;
        }
        Path file = write("spamd.0.xz", archive);

        DamagedArchiveException e = assertThrows(DamagedArchiveException.class, () -> readAll(file));

        assertEquals(DamagedArchiveException.Damage.CORRUPT, e.damage());
        assertTrue(e.getMessage().startsWith("spamd.0.xz: the xz archive is corrupt "), e.getMessage());
    }

    @Test
    void junkAfterTheLastGzipMemberIsReportedNotIgnored() throws IOException {
        Path file = write("spamd.0.gz",
                Archives.concat(Archives.compress(Compression.GZIP, TEXT), "junk".getBytes()));

        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        DamagedArchiveException e = assertThrows(DamagedArchiveException.class, () -> copy(file, kept));

        assertEquals(DamagedArchiveException.Damage.CORRUPT, e.damage());
        // the junk is found in the same read step as the member's last text, which goes with it
        assertTrue(kept.size() > TEXT.length - 8 * 1024, "kept " + kept.size());
        assertArrayEquals(Arrays.copyOf(TEXT, kept.size()), kept.toByteArray());
    }

    @Test
    void randomBytesNamedGzAreNotTreatedAsGzip() throws IOException {
        byte[] junk = new byte[100_000];
        new Random(42).nextBytes(junk);
        junk[0] = 'x'; // make sure the random start cannot be a magic number
        Path file = write("spamd.0.gz", junk);

        assertEquals(Compression.NONE, Compression.detect(file));
        assertArrayEquals(junk, readAll(file));
    }

    @Test
    void emptyAndOneByteFilesArePlain() throws IOException {
        Path empty = write("empty", new byte[0]);
        Path oneByte = write("one.gz", new byte[] {0x1f});

        assertEquals(Compression.NONE, Compression.detect(empty));
        assertEquals(Compression.NONE, Compression.detect(oneByte));
        assertArrayEquals(new byte[0], readAll(empty));
        assertArrayEquals(new byte[] {0x1f}, readAll(oneByte));
    }

    @Test
    void aMissingFileIsAnIoException() {
        Path missing = dir.resolve("nothing.gz");

        assertThrows(NoSuchFileException.class, () -> LogInputs.open(missing));
        assertThrows(NoSuchFileException.class, () -> Compression.detect(missing));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] readAll(Path file) throws IOException {
        try (InputStream in = LogInputs.open(file)) {
            return in.readAllBytes();
        }
    }

    private static void copy(Path file, ByteArrayOutputStream out) throws IOException {
        try (InputStream in = LogInputs.open(file)) {
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
        }
    }
}
