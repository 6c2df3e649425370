package org.trapscope.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A compressed log file that stops making sense part-way: cut short (a copy interrupted, a disk that
 * filled up during rotation) or corrupt. The text decompressed before the damage is good, so a reader
 * should keep the lines it already has and show this message.
 */
public final class DamagedArchiveException extends IOException {

    /** What is wrong with the archive. */
    public enum Damage {
        /** The compressed data ends before the archive does. */
        TRUNCATED("truncated"),
        /** The compressed data is not valid (bad checksum, bad block, junk after the end). */
        CORRUPT("corrupt");

        private final String word;

        Damage(String word) {
            this.word = word;
        }
    }

    private final transient Path file;
    private final Compression compression;
    private final Damage damage;
    private final long textBytes;

    DamagedArchiveException(Path file, Compression compression, Damage damage, long textBytes, Throwable cause) {
        super(describe(file, compression, damage, textBytes), cause);
        this.file = file;
        this.compression = compression;
        this.damage = damage;
        this.textBytes = textBytes;
    }

    public Path file() {
        return file;
    }

    public Compression compression() {
        return compression;
    }

    public Damage damage() {
        return damage;
    }

    /** How many bytes of decompressed text were delivered before the damage. */
    public long textBytes() {
        return textBytes;
    }

    private static String describe(Path file, Compression compression, Damage damage, long textBytes) {
        String where = textBytes == 0
                ? "before any text"
                : String.format(Locale.ROOT, "after %,d bytes of text", textBytes);
        return file.getFileName() + ": the " + compression.displayName() + " archive is " + damage.word + " " + where;
    }
}
