package org.trapscope.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * One raw log line as bytes, inside a window of its file that is kept from line to line (one
 * per file, as a rotated set interleaves files in time order), so that testing millions of
 * lines copies and allocates nothing per line. Not thread-safe: one per thread.
 */
public final class LineBytes {
    private static final int WINDOW = 256 * 1024;
    private static final int SMALL_WINDOW = 4 * 1024;

    private final int windowSize;
    /** The lines of which files the windows hold: a reader is tied to one {@link RawLines} at a time. */
    private RawLines source;
    private FileWindow[] windows = new FileWindow[0];
    private FileWindow current;

    /** A reader for many lines: each window holds a quarter of a megabyte. */
    public LineBytes() {
        this(WINDOW);
    }

    private LineBytes(int windowSize) {
        this.windowSize = windowSize;
    }

    /** A reader for a single line, whose window holds just a few kilobytes (and grows for a longer line). */
    static LineBytes forOneLine() {
        return new LineBytes(SMALL_WINDOW);
    }

    void seek(RawLines from, int file, int fileCount, FileChannel channel, long offset) throws IOException {
        select(from, file, fileCount);
        current.seek(channel, offset);
    }

    private void select(RawLines from, int file, int fileCount) {
        if (source != from) {
            source = from;
            windows = new FileWindow[fileCount];
        }
        if (windows[file] == null) {
            windows[file] = new FileWindow(windowSize);
        }
        current = windows[file];
    }

    /** Like {@link #seek}, but answers whether the line holds the needle, and may skip reading one that does not. */
    boolean seekHolding(RawLines from, int file, int fileCount, FileChannel channel, long offset, long nextLine,
                        byte[] needle, int rare) throws IOException {
        select(from, file, fileCount);
        return current.seekHolding(channel, offset, nextLine, needle, rare);
    }

    public int length() {
        return current.lineLength();
    }

    /** Whether the line holds these bytes (not empty) somewhere. */
    public boolean contains(byte[] needle) {
        int start = current.lineStart();
        return ByteScan.contains(current.bytes(), start, start + current.lineLength(), needle);
    }

    /** The line decoded leniently: bytes that are not UTF-8 become U+FFFD. */
    public String text() {
        return new String(current.bytes(), current.lineStart(), current.lineLength(), StandardCharsets.UTF_8);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(current.bytes(), current.lineStart(), current.lineLength());
    }
}
