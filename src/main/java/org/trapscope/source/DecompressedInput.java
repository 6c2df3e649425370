package org.trapscope.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.tukaani.xz.CorruptedInputException;

/**
 * The text coming out of a decompressor. Counts the bytes delivered so that a failure can say how
 * much good text came before it, and turns the libraries' varied exceptions (including unchecked
 * ones: aircompressor throws {@code MalformedInputException}) into one {@link DamagedArchiveException}.
 */
final class DecompressedInput extends InputStream {

    /**
     * Decompressors throw away what they decoded during a call that fails, so asking for small steps
     * keeps the text lost next to a damaged spot small.
     */
    private static final int STEP = 8 * 1024;

    /** Builds the decompressor over the watched compressed input; it may read the header at once. */
    @FunctionalInterface
    interface Decompressor {
        InputStream open(InputStream compressed) throws IOException;
    }

    private final Path file;
    private final Compression compression;
    private final WatchedInput compressed;
    private final InputStream text;
    private long textBytes;

    private DecompressedInput(Path file, Compression compression, WatchedInput compressed, InputStream text) {
        this.file = file;
        this.compression = compression;
        this.compressed = compressed;
        this.text = text;
    }

    static DecompressedInput open(Path file, Compression compression, InputStream raw, Decompressor decompressor)
            throws IOException {
        WatchedInput compressed = new WatchedInput(raw);
        try {
            return new DecompressedInput(file, compression, compressed, decompressor.open(compressed));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw translate(e, file, compression, compressed, 0);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = text.read();
            if (b >= 0) {
                textBytes++;
            }
            return b;
        } catch (IOException | RuntimeException e) {
            throw translate(e, file, compression, compressed, textBytes);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = text.read(b, off, Math.min(len, STEP));
            if (n > 0) {
                textBytes += n;
            }
            return n;
        } catch (IOException | RuntimeException e) {
            throw translate(e, file, compression, compressed, textBytes);
        }
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    private static IOException translate(
            Exception e, Path file, Compression compression, WatchedInput compressed, long textBytes) {
        if (compressed.failed() && e instanceof IOException io) {
            // The disk or file system failed, not the archive: pass that on as it is.
            return io;
        }
        return new DamagedArchiveException(file, compression, damageOf(e, compressed), textBytes, e);
    }

    private static DamagedArchiveException.Damage damageOf(Exception e, WatchedInput compressed) {
        if (e instanceof EOFException) {
            return DamagedArchiveException.Damage.TRUNCATED;
        }
        if (e instanceof RuntimeException || e instanceof CorruptedInputException) {
            return DamagedArchiveException.Damage.CORRUPT;
        }
        // Other libraries' messages vary ("Unexpected end of stream", "Not enough input bytes"):
        // if the decompressor had already been told the file ended, it ran out of data.
        return compressed.reachedEnd() ? DamagedArchiveException.Damage.TRUNCATED : DamagedArchiveException.Damage.CORRUPT;
    }
}
