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
 * A {@code --grep} applied to the events the other conditions selected. A file of which many
 * events are selected has its whole text searched (as a byte search of memory, that beats
 * reading each line once more than about an eighth of its lines are asked about); the selected
 * events of the other files have their lines read one by one.
 */
final class LineGrep {
    /** Events tested per task. */
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
            boolean[] whole = runs == null ? null : filesToSearchWhole(selected);
            long[] matching = whole == null ? null : raw.eventsOfLinesHolding(runs, pattern.restOfMatch(), whole);
            if (matching == null) {
                return keep(selected, (e, line) -> pattern.matches(raw, e, line));
            }
            boolean allWhole = true;
            for (boolean w : whole) {
                allWhole &= w;
            }
            if (allWhole) {
                return keep(selected, (e, line) -> (matching[e >>> 6] & 1L << e) != 0);
            }
            return keep(selected, (e, line) -> whole[store.fileIndex(e)]
                    ? (matching[e >>> 6] & 1L << e) != 0 : pattern.matches(raw, e, line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per file, whether an eighth or more of its events are selected; null when of none. */
    private boolean[] filesToSearchWhole(EventSelection selected) {
        int files = store.files().size();
        long[] selectedIn = new long[files];
        if (selected.size() == store.size()) {
            for (int f = 0; f < files; f++) {
                selectedIn[f] = raw.eventsInFile(f);
            }
        } else {
            int n = selected.size();
            selectedIn = IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().mapToObj(c -> {
                long[] counts = new long[files];
                for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                    counts[store.fileIndex(selected.event(i))]++;
                }
                return counts;
            }).reduce(selectedIn, LineGrep::sum);
        }
        boolean[] whole = new boolean[files];
        boolean any = false;
        for (int f = 0; f < files; f++) {
            whole[f] = selectedIn[f] > 0 && selectedIn[f] >= raw.eventsInFile(f) / 8;
            any |= whole[f];
        }
        return any ? whole : null;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
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
