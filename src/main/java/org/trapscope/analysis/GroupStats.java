package org.trapscope.analysis;

import java.util.Arrays;
import org.trapscope.store.LongIntMap;

/**
 * Rows of a grouped report under construction: per group (one key or a pair of keys) a count,
 * a distinct-count and the first and last time, in growable primitive arrays. Events arrive
 * in time order, so the first time a group is met is its first-seen time.
 */
final class GroupStats {
    private final LongIntMap rowOfKey;
    private int size;
    private int[] key = new int[64];
    private int[] key2 = new int[64];
    private int[] count = new int[64];
    private int[] distinctA = new int[64];
    private long[] first = new long[64];
    private long[] last = new long[64];

    /** Row per key for groups of one small dense key (a string or target id): an array, not a hash. */
    private final int[] rowOfDenseKey;

    GroupStats(int expectedGroups) {
        rowOfKey = new LongIntMap(expectedGroups);
        rowOfDenseKey = null;
    }

    /** Groups keyed by one id below {@code keys}, looked up in an array. */
    static GroupStats dense(int keys) {
        int[] rows = new int[keys];
        Arrays.fill(rows, -1);
        return new GroupStats(rows);
    }

    private GroupStats(int[] rowOfDenseKey) {
        this.rowOfKey = null;
        this.rowOfDenseKey = rowOfDenseKey;
    }

    /** The row of the group, created when new, with its last-seen time moved to {@code time}. */
    int touch(int k, int k2, long time) {
        long packed = DistinctPairs.pack(k, k2);
        int row = rowOfDenseKey != null ? rowOfDenseKey[k] : rowOfKey.get(packed);
        if (row < 0) {
            row = size++;
            if (row == key.length) {
                grow();
            }
            key[row] = k;
            key2[row] = k2;
            first[row] = time;
            if (rowOfDenseKey != null) {
                rowOfDenseKey[k] = row;
            } else {
                rowOfKey.put(packed, row);
            }
        }
        last[row] = time;
        return row;
    }

    /**
     * Adds the rows of another part whose keys this one never touched (the parts split the keys),
     * so the rows stay one per group.
     */
    void appendAll(GroupStats other) {
        for (int r = 0; r < other.size; r++) {
            int row = size++;
            if (row == key.length) {
                grow();
            }
            key[row] = other.key[r];
            key2[row] = other.key2[r];
            count[row] = other.count[r];
            distinctA[row] = other.distinctA[r];
            first[row] = other.first[r];
            last[row] = other.last[r];
            if (rowOfDenseKey != null) {
                rowOfDenseKey[key[row]] = row;
            } else {
                rowOfKey.put(DistinctPairs.pack(key[row], key2[row]), row);
            }
        }
    }

    void addCount(int row) {
        count[row]++;
    }

    void addDistinctA(int row) {
        distinctA[row]++;
    }

    int size() {
        return size;
    }

    int key(int row) {
        return key[row];
    }

    int key2(int row) {
        return key2[row];
    }

    int count(int row) {
        return count[row];
    }

    int distinctA(int row) {
        return distinctA[row];
    }

    long first(int row) {
        return first[row];
    }

    long last(int row) {
        return last[row];
    }

    private void grow() {
        int n = key.length * 2;
        key = Arrays.copyOf(key, n);
        key2 = Arrays.copyOf(key2, n);
        count = Arrays.copyOf(count, n);
        distinctA = Arrays.copyOf(distinctA, n);
        first = Arrays.copyOf(first, n);
        last = Arrays.copyOf(last, n);
    }
}
