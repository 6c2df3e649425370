package org.trapscope.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.trapscope.grammar.MessageGrammar;

/**
 * One piece of an uncompressed file: the lines that start in {@code [start, end)}. Pieces are
 * read and parsed in parallel; a line that crosses the end belongs to the piece it starts in.
 */
final class PlainFileChunk {
    private static final int TAIL_STEP = 64 * 1024;
    /**
     * Each worker reads its pieces into one buffer it keeps: nothing refers to the bytes after a
     * piece is parsed, and a fresh multi-megabyte array per piece costs the collector dearly.
     */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[0]);

    private PlainFileChunk() {
    }

    static ChunkEvents read(FileChannel channel, long fileSize, long start, long end, int fileIndex, int chunkIndex,
                            MessageGrammar authGrammar, Cancellation cancellation) throws IOException {
        // read one byte before the start to know whether a line starts exactly at `start`
        long readFrom = start == 0 ? 0 : start - 1;
        int length = (int) Math.min(fileSize - readFrom, end - readFrom + TAIL_STEP);
        byte[] buf = buffer(length);
        int filled = readFully(channel, readFrom, buf, 0, length);
        int first = 0;
        if (start > 0) {
            while (first < filled && buf[first] != '\n') {
                first++;
            }
            first++;
        }
        int limit = (int) (end - readFrom);
        if (first >= limit) {
            ChunkEvents none = new ChunkEvents(fileIndex, chunkIndex, 0);
            none.bytes = 0;
            return none;
        }
        // extend until the line that starts before `end` is complete
        int lastNewline = lastNewlineAtOrAfter(buf, limit - 1, filled);
        while (lastNewline < 0 && readFrom + filled < fileSize) {
            int more = (int) Math.min(fileSize - readFrom - filled, Math.max(TAIL_STEP, filled));
            if (filled + more > buf.length) {
                buf = Arrays.copyOf(buf, filled + more); // a line longer than a piece
                BUFFER.set(buf);
            }
            int searchFrom = filled;
            filled += readFully(channel, readFrom + filled, buf, filled, more);
            lastNewline = lastNewlineAtOrAfter(buf, searchFrom, filled);
        }
        int to = lastNewline < 0 ? filled : lastNewline;
        ChunkEvents events = BlockParser.parse(buf, first, to, readFrom, fileIndex, chunkIndex, authGrammar,
                cancellation);
        events.bytes = end - start;
        return events;
    }

    private static int lastNewlineAtOrAfter(byte[] buf, int from, int filled) {
        for (int i = Math.max(0, from); i < filled; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] buffer(int length) {
        byte[] buf = BUFFER.get();
        if (buf.length < length) {
            buf = new byte[length];
            BUFFER.set(buf);
        }
        return buf;
    }

    /** Reads up to {@code length} bytes into {@code into[at...]}; returns how many (fewer at the end of the file). */
    private static int readFully(FileChannel channel, long position, byte[] into, int at, int length)
            throws IOException {
        ByteBuffer target = ByteBuffer.wrap(into, at, length);
        long pos = position;
        while (target.hasRemaining()) {
            int n = channel.read(target, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        return target.position() - at;
    }
}
