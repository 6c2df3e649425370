package org.trapscope.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a decompressed stream into blocks that end at a line break, so that each block can be
 * parsed on its own while the next one is being decompressed.
 */
final class StreamBlocks {
    static final int BLOCK_SIZE = 8 * 1024 * 1024;

    /** A block of whole lines: {@code bytes[0, length)} starting at {@code offset} of the stream. */
    record Block(byte[] bytes, int length, long offset) {
    }

    private final InputStream in;
    private byte[] buf = new byte[BLOCK_SIZE];
    private int filled;
    private long offset;
    private boolean eof;

    StreamBlocks(InputStream in) {
        this.in = in;
    }

    /** The next block, or null at the end. The last block may end without a newline. */
    Block next() throws IOException {
        while (!eof) {
            if (filled == buf.length) {
                int newline = lastNewline(buf, filled);
                if (newline >= 0) {
                    return cut(newline + 1);
                }
                buf = Arrays.copyOf(buf, buf.length * 2); // one line longer than a block
            }
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
            }
        }
        if (filled == 0) {
            return null;
        }
        return cut(filled);
    }

    /** Bytes read but not yet handed out, e.g. when the stream broke off in the middle. */
    Block rest() {
        return filled == 0 ? null : cut(filled);
    }

    private Block cut(int length) {
        Block block = new Block(buf, length, offset);
        byte[] next = new byte[Math.max(BLOCK_SIZE, filled - length)];
        System.arraycopy(buf, length, next, 0, filled - length);
        filled -= length;
        offset += length;
        buf = next;
        return block;
    }

    private static int lastNewline(byte[] b, int filled) {
        for (int i = filled - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
