package org.trapscope.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import io.airlift.compress.zstd.ZstdInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.tukaani.xz.XZInputStream;

/** Opens log files as streams of text bytes, whatever compression they use. */
public final class LogInputs {

    /** Large buffers: logs are read start to end, often hundreds of megabytes of them. */
    static final int BUFFER_SIZE = 64 * 1024;

    private LogInputs() {
    }

    /**
     * Opens {@code file} and returns its decompressed bytes, buffered. The compression is decided by the
     * file's magic bytes. Damage found while reading (or in the header, here) surfaces as a
     * {@link DamagedArchiveException} whose message names the file; text returned before it is good.
     */
    public static InputStream open(Path file) throws IOException {
        return open(file, Files.newInputStream(file));
    }

    /**
     * Like {@link #open(Path)}, reading {@code file}'s bytes from {@code fileBytes}: lets the caller
     * count the bytes taken from disk, for progress on compressed files.
     */
    public static InputStream open(Path file, InputStream fileBytes) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(fileBytes, BUFFER_SIZE);
        Compression compression;
        try {
            raw.mark(Compression.MAGIC_LENGTH);
            byte[] head = raw.readNBytes(Compression.MAGIC_LENGTH);
            raw.reset();
            compression = Compression.detect(head, head.length);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
        return switch (compression) {
            case NONE -> raw;
            // commons-compress rather than java.util.zip: the JDK stream silently stops at junk after a
            // gzip member, and only looks for another member when available() says there is more input.
            // Both use the same native zlib, so this costs no speed.
            case GZIP -> decompressed(file, compression, raw, in -> GzipCompressorInputStream.builder()
                    .setInputStream(in).setDecompressConcatenated(true).get());
            // true: pbzip2 writes one bzip2 stream per block, concatenated
            case BZIP2 -> decompressed(file, compression, raw, in -> new BZip2CompressorInputStream(in, true));
            case XZ -> decompressed(file, compression, raw, XZInputStream::new);
            case ZSTD -> decompressed(file, compression, raw, ZstdInputStream::new);
        };
    }

    private static InputStream decompressed(
            Path file, Compression compression, InputStream raw, DecompressedInput.Decompressor decompressor)
            throws IOException {
        return new BufferedInputStream(DecompressedInput.open(file, compression, raw, decompressor), BUFFER_SIZE);
    }
}
