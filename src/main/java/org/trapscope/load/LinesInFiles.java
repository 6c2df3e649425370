package org.trapscope.load;

import org.trapscope.store.EventStore;

/**
 * Each file's events in the order their lines stand in it, so that a place found in a file's
 * text leads to the event whose line holds it. Time order is file order for nearly every line,
 * so this costs a pass over the events and, at most, merging a few runs.
 */
final class LinesInFiles {
    private final EventStore store;
    /** Per file, its events by offset; events of one line (a repeated message) by number. */
    private final int[][] eventsOfFile;

    private LinesInFiles(EventStore store, int[][] eventsOfFile) {
        this.store = store;
        this.eventsOfFile = eventsOfFile;
    }

    /** @param count per file index, how many events it has */
    static LinesInFiles of(EventStore store, int[] count) {
        int files = count.length;
        int[][] events = new int[files][];
        long[][] offsets = new long[files][];
        for (int f = 0; f < files; f++) {
            events[f] = new int[count[f]];
            offsets[f] = new long[count[f]];
        }
        int[] filled = new int[files];
        for (int e = 0; e < store.size(); e++) {
            int f = store.fileIndex(e);
            events[f][filled[f]] = e;
            offsets[f][filled[f]++] = store.offset(e);
        }
        for (int f = 0; f < files; f++) {
            int[] order = IndexSort.sortedOrder(offsets[f], count[f]);
            if (order != null) {
                int[] sorted = new int[count[f]];
                for (int i = 0; i < sorted.length; i++) {
                    sorted[i] = events[f][order[i]];
                }
                events[f] = sorted;
            }
        }
        return new LinesInFiles(store, events);
    }

    /** The number of events of a file. */
    int size(int file) {
        return eventsOfFile[file].length;
    }

    /** The {@code i}th event of a file by offset. */
    int event(int file, int i) {
        return eventsOfFile[file][i];
    }

    /** The offset of the line of the {@code i}th event of a file. */
    long offset(int file, int i) {
        return store.offset(eventsOfFile[file][i]);
    }

    /** The last index whose line starts at or before {@code offset}, or -1. */
    int lastAtOrBefore(int file, long offset) {
        int low = 0;
        int high = eventsOfFile[file].length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (offset(file, mid) <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
