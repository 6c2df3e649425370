package org.trapscope.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;

/** Writes small log files for loader tests, with a chosen modification time (the year anchor). */
final class LogFiles {
    private LogFiles() {
    }

    static Path plain(Path dir, String name, String text, LocalDateTime modifiedUtc) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        touch(file, modifiedUtc);
        return file;
    }

    static Path gzip(Path dir, String name, LocalDateTime modifiedUtc, String... members) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (String member : members) {
                GZIPOutputStream gz = new GZIPOutputStream(out);
                gz.write(member.getBytes(StandardCharsets.UTF_8));
                gz.finish();
            }
        }
        touch(file, modifiedUtc);
        return file;
    }

    static void touch(Path file, LocalDateTime modifiedUtc) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(modifiedUtc.toInstant(ZoneOffset.UTC)));
    }
}
