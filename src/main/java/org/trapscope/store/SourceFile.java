package org.trapscope.store;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * One input file as loaded.
 *
 * @param path        the file as the user named it
 * @param compression how its bytes were stored ({@code none}, {@code gzip}, ...)
 * @param zone        the zone its local time stamps were read in
 * @param lines       lines read
 * @param bytes       bytes of text read (after decompression)
 */
public record SourceFile(Path path, String compression, ZoneId zone, long lines, long bytes) {
}
