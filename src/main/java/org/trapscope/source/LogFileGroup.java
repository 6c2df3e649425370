package org.trapscope.source;

import java.nio.file.Path;
import java.util.List;

/**
 * One log and its rotated archives, in the order they were written.
 *
 * @param baseName the live file's name, which names the family ("spamd" for spamd, spamd.0.gz, ...)
 * @param oldestFirst the files to read one after the other, oldest archive first, live file last
 */
public record LogFileGroup(String baseName, List<Path> oldestFirst) {
    public LogFileGroup {
        oldestFirst = List.copyOf(oldestFirst);
    }
}
