package org.trapscope.analysis;

import java.util.Arrays;

/**
 * Rows of a grouped report under construction: per group (one key or a pair of keys) a count,
 * a distinct-count and the first and last time, in growable primitive arrays. Events arrive
 * in time order, so the first time a group is met is its first-seen time.
 */
final class GroupStats {
    private int size;
    private int[] key;
    private int[] key2;
    private int[] count;
    private int[] distinctA;
    private long[] first;
    private long[] last;

    /** Row per group number (a string or target id, or a pair's first event): an array, not a hash. */
    private final int[] rowOfGroup;

    private GroupStats(int[] rowOfGroup, int capacity) {
        this.rowOfGroup = rowOfGroup;
        key = new int[capacity];
        key2 = new int[capacity];
        count = new int[capacity];
        distinctA = new int[capacity];
        first = new long[capacity];
        last = new long[capacity];
    }

    /** Groups numbered below {@code groups}, looked up in an array. */
    static GroupStats dense(int groups) {
        return dense(groups, 64);
    }

    /** The same, with room for {@code expectedRows} rows from the start (millions of pairs grow no arrays). */
    static GroupStats dense(int groups, int expectedRows) {
        int[] rows = new int[groups];
        Arrays.fill(rows, -1);
        return new GroupStats(rows, Math.max(16, expectedRows));
    }

    /** The row of the group numbered by its key, created when new, with its last-seen time moved to {@code time}. */
    int touch(int k, int k2, long time) {
        return touchGroup(k, k, k2, time);
    }

    /**
     * The same for a group whose number is not its key (a pair's first event); such rows cannot
     * be {@link #appendAll appended}, which finds rows by key.
     */
    int touchGroup(int group, int k, int k2, long time) {
        int row = rowOfGroup[group];
        if (row < 0) {
            row = newRow(k, k2, time);
            rowOfGroup[group] = row;
        }
        last[row] = time;
        return row;
    }

    private int newRow(int k, int k2, long time) {
        int row = size++;
        if (row == key.length) {
            grow();
        }
        key[row] = k;
        key2[row] = k2;
        first[row] = time;
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
            rowOfGroup[key[row]] = row;
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
