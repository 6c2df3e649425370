package org.trapscope.load;

import java.nio.file.Path;

/** Receives the problems found while reading input. Implementations must be thread-safe. */
@FunctionalInterface
public interface ProblemSink {
    void report(Path file, long line, String message);
}
