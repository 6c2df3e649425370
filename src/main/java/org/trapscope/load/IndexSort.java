package org.trapscope.load;

/**
 * A stable sort of positions by a long key, on primitive arrays. Log files are almost sorted
 * (each file is in time order, files are given oldest first), so the sort merges the ascending
 * runs it finds: sorted input costs one pass.
 */
final class IndexSort {
    private IndexSort() {
    }

    /** Returns the positions in ascending key order (ties keep their order), or null if already sorted. */
    static int[] sortedOrder(long[] keys, int size) {
        int runs = 1;
        for (int i = 1; i < size; i++) {
            if (keys[i] < keys[i - 1]) {
                runs++;
            }
        }
        if (runs == 1) {
            return null;
        }
        int[] starts = new int[runs + 1];
        int r = 0;
        starts[r++] = 0;
        for (int i = 1; i < size; i++) {
            if (keys[i] < keys[i - 1]) {
                starts[r++] = i;
            }
        }
        starts[r] = size;
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] scratch = new int[size];
        int runCount = runs;
        while (runCount > 1) {
            int merged = 0;
            for (int k = 0; k < runCount; k += 2) {
                int lo = starts[k];
                if (k + 1 == runCount) {
                    System.arraycopy(order, lo, scratch, lo, starts[k + 1] - lo);
                    starts[merged++] = lo;
                    continue;
                }
                int mid = starts[k + 1];
                int hi = starts[k + 2];
                merge(keys, order, scratch, lo, mid, hi);
                starts[merged++] = lo;
            }
            starts[merged] = size;
            runCount = merged;
            int[] t = order;
            order = scratch;
            scratch = t;
        }
        return order;
    }

    private static void merge(long[] keys, int[] from, int[] to, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (keys[from[j]] < keys[from[i]]) {
                to[o++] = from[j++];
            } else {
                to[o++] = from[i++];
            }
        }
        while (i < mid) {
            to[o++] = from[i++];
        }
        while (j < hi) {
            to[o++] = from[j++];
        }
    }
}
