package org.trapscope.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import io.airlift.compress.zstd.ZstdOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Builds compressed test data in memory, and realistic log text to put in it. */
final class Archives {

    private Archives() {
    }

    @FunctionalInterface
    private interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    static byte[] compress(Compression compression, byte[] text) {
        return switch (compression) {
            case NONE -> text.clone();
            case GZIP -> compress(text, GZIPOutputStream::new);
            // the smallest block size (100k) so that a few hundred kilobytes make several blocks
            case BZIP2 -> compress(text, out -> new BZip2CompressorOutputStream(out, 1));
            case XZ -> compress(text, out -> new XZOutputStream(out, new LZMA2Options()));
            case ZSTD -> compress(text, ZstdOutputStream::new);
        };
    }

    private static byte[] compress(byte[] text, Compressor compressor) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = compressor.wrap(bytes)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** spamd lines in the OpenBSD syslog shape, varied enough not to compress to nothing. */
    static byte[] spamdLog(int lines, int seed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            int n = i * 7919 + seed;
            text.append(String.format("Mar %2d %02d:%02d:%02d skapet spamd[%d]: 198.51.100.%d: connected (%d/%d)%n",
                    1 + n % 28, n % 24, n % 60, (n / 60) % 60, 10000 + n % 50000, n % 250, 1 + n % 9, 10 + n % 90));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
