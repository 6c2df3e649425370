package org.trapscope.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A stretch of one file read into memory by a positional read, and the line found in it last.
 * Events in time order lie mostly in file order, so one read serves thousands of lines. A file
 * that shrank after loading just reads short (memory-mapping it instead would fault).
 */
final class FileWindow {
    private byte[] bytes;
    private long start = -1;
    private int length;
    private boolean reachesEnd;
    private int lineStart;
    private int lineLength;
    /** The byte last looked for, and the window index of its first occurrence at or after {@link #searchedFrom} (or {@link #length}). */
    private int soughtByte = -1;
    private int searchedFrom;
    private int occurrence;

    FileWindow(int size) {
        bytes = new byte[size];
    }

    /** Finds the line starting at {@code offset}; then {@link #bytes()} holds it from {@link #lineStart()}. */
    void seek(FileChannel channel, long offset) throws IOException {
        if (start < 0 || offset < start || offset >= start + length) {
            fill(channel, offset, bytes.length);
        }
        int from = (int) (offset - start);
        while (true) {
            int newline = ByteScan.indexOf(bytes, from, length, (byte) '\n');
            if (newline >= 0 || reachesEnd) {
                int end = newline >= 0 ? newline : length;
                lineStart = from;
                lineLength = (end > from && bytes[end - 1] == '\r' ? end - 1 : end) - from;
                return;
            }
            // the line runs past the window: start the window at the line, larger if it was already there
            fill(channel, offset, from == 0 ? bytes.length * 2 : bytes.length);
            from = 0;
        }
    }

    /**
     * Whether the line starting at {@code offset} holds {@code needle}; when it does, the line is
     * found as by {@link #seek}. A line that does not hold the needle's rarest byte is rejected
     * without finding its end: the next occurrence of that byte is remembered, and when it lies
     * at or past {@code nextLine} (where a later line starts), it is not in this one. Lines in
     * file order thus cost one pass over the window for that byte, plus the lines that have it.
     *
     * @param rare     index in the needle of its rarest byte
     * @param nextLine the offset of a later line of this file, or -1 when none is known
     */
    boolean seekHolding(FileChannel channel, long offset, long nextLine, byte[] needle, int rare) throws IOException {
        if (start < 0 || offset < start || offset >= start + length) {
            fill(channel, offset, bytes.length);
        }
        int from = (int) (offset - start);
        if (nextLine > offset && nextLine <= start + length) {
            int sought = needle[rare];
            int earliest = from + rare;
            if (sought != soughtByte || earliest < searchedFrom || occurrence < earliest) {
                soughtByte = sought;
                searchedFrom = earliest;
                int at = ByteScan.indexOf(bytes, earliest, length, (byte) sought);
                occurrence = at < 0 ? length : at;
            }
            if (occurrence >= (int) (nextLine - start)) {
                return false;
            }
        }
        seek(channel, offset);
        return ByteScan.contains(bytes, lineStart, lineStart + lineLength, needle);
    }

    byte[] bytes() {
        return bytes;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    private void fill(FileChannel channel, long offset, int size) throws IOException {
        if (size > bytes.length) {
            bytes = new byte[size];
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        reachesEnd = false;
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                reachesEnd = true;
                break;
            }
        }
        start = offset;
        length = buffer.position();
        soughtByte = -1;
    }
}
