package org.trapscope.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a log file is compressed. Decided by the magic bytes at the start of the file and never by its
 * name: rotation tools and admins rename files freely, and a {@code .gz} name on plain text (or the
 * other way round) must not lose the user's data.
 */
public enum Compression {
    NONE("plain text", new byte[0]),
    GZIP("gzip", new byte[] {0x1f, (byte) 0x8b}),
    BZIP2("bzip2", new byte[] {'B', 'Z', 'h'}),
    XZ("xz", new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0x00}),
    ZSTD("zstd", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});

    /** The longest magic number; reading this many bytes is enough to decide. */
    static final int MAGIC_LENGTH = 6;

    private final String displayName;
    private final byte[] magic;

    Compression(String displayName, byte[] magic) {
        this.displayName = displayName;
        this.magic = magic;
    }

    /** The format's everyday name, for messages ("the gzip archive is truncated"). */
    public String displayName() {
        return displayName;
    }

    /** Reads the first bytes of {@code file}; a file too short to hold any magic number is {@link #NONE}. */
    public static Compression detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC_LENGTH);
            return detect(head, head.length);
        }
    }

    /** Decides from the first {@code length} bytes of a file. */
    static Compression detect(byte[] head, int length) {
        for (Compression candidate : values()) {
            if (candidate != NONE && candidate.matches(head, length)) {
                return candidate;
            }
        }
        return NONE;
    }

    private boolean matches(byte[] head, int length) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
