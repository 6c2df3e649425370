package org.trapscope.load;

/**
 * Receives progress while files load: bytes of the input files consumed (compressed bytes for
 * archives) out of their total size on disk, and lines parsed so far. Called from worker threads,
 * a few times per second at most per worker.
 */
@FunctionalInterface
public interface LoadProgress {
    LoadProgress NONE = (bytesDone, bytesTotal, lines) -> { };

    void update(long bytesDone, long bytesTotal, long lines);
}
