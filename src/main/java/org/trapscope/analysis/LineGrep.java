package org.trapscope.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.trapscope.load.LineBytes;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventStore;

/**
 * A {@code --grep} applied to the events the other conditions selected. When they are many,
 * the files' text is searched whole (as a byte search of memory, it beats reading each line
 * once more than about an eighth of the lines are asked about); when few, each line is read.
 */
final class LineGrep {
    /** Events tested per task when reading lines one by one. */
    private static final int CHUNK = 1 << 16;

    private final EventStore store;
    private final RawLines raw;
    private final RawLinePattern pattern;

    LineGrep(EventStore store, RawLines raw, String regex) {
        this.store = store;
        this.raw = raw;
        this.pattern = new RawLinePattern(regex);
    }

    /** The selected events whose raw lines match, in the same order. */
    EventSelection keep(EventSelection selected) {
        try {
            List<byte[]> runs = pattern.requiredRuns();
            if (runs != null && selected.size() >= store.size() / 8) {
                long[] matching = raw.eventsOfLinesHolding(runs, pattern.restOfMatch());
                if (matching != null) {
                    return keep(selected, (e, line) -> (matching[e >>> 6] & 1L << e) != 0);
                }
            }
            return keep(selected, (e, line) -> pattern.matches(raw, e, line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface EventTest {
        boolean test(int event, LineBytes line) throws IOException;
    }

    private EventSelection keep(EventSelection selected, EventTest test) {
        int n = selected.size();
        int[][] parts = IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().mapToObj(c -> {
            LineBytes line = new LineBytes();
            int[] kept = new int[Math.min(CHUNK, n - c * CHUNK)];
            int count = 0;
            try {
                for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                    int e = selected.event(i);
                    if (test.test(e, line)) {
                        kept[count++] = e;
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return Arrays.copyOf(kept, count);
        }).toArray(int[][]::new);
        return new EventSelection(FilterEngine.concatenated(parts));
    }
}
