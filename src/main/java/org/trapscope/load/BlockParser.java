package org.trapscope.load;

import org.trapscope.grammar.MessageGrammar;
import org.trapscope.util.Bytes;

/** Splits a block of bytes into lines and hands each to a {@link LineParser}. */
final class BlockParser {
    private BlockParser() {
    }

    /**
     * Parses the lines that start in {@code buf[from, to)}; the last one may end at {@code to}
     * without a newline.
     *
     * @param bufOffset where {@code buf[0]} lies in the (decompressed) file
     */
    static ChunkEvents parse(byte[] buf, int from, int to, long bufOffset, int fileIndex, int chunkIndex,
                             MessageGrammar authGrammar, Cancellation cancellation) {
        ChunkEvents events = new ChunkEvents(fileIndex, chunkIndex, (to - from) / 80);
        LineParser parser = new LineParser(events, authGrammar);
        int p = from;
        long line = 0;
        while (p < to) {
            int nl = Bytes.newline(buf, p, to);
            line++;
            parser.parse(buf, p, nl, bufOffset + p, line);
            p = nl + 1;
            if ((line & 0xFFFF) == 0) {
                cancellation.check();
            }
        }
        events.lines = line;
        events.bytes = to - from;
        return events;
    }
}
