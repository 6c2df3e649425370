package org.trapscope.analysis;

import java.util.Arrays;
import org.trapscope.store.EventStore;

/**
 * Rows of a grouped report: per group (one key or a pair of keys) a count, a distinct-count and
 * the first and last event, in growable primitive arrays. First and last are event numbers,
 * whose order is their times' order in the time-ordered store, so counting never reads an
 * event's time; {@link #first} and {@link #last} look the times up.
 */
final class GroupStats {
    private final EventStore store;
    private int size;
    private int[] key;
    private int[] key2;
    private int[] count;
    private int[] distinctA;
    private int[] firstEvent;
    private int[] lastEvent;

    /** Row per key (a string or target id): an array, not a hash; null for rows given whole. */
    private final int[] rowOfKey;
    /** For rows given whole, the group each row counts (see {@link KeyedEvents#countByHost}). */
    private int[] groupOfRow;

    private GroupStats(EventStore store, int[] rowOfKey, int capacity) {
        this.store = store;
        this.rowOfKey = rowOfKey;
        key = new int[capacity];
        key2 = new int[capacity];
        count = new int[capacity];
        distinctA = new int[capacity];
        firstEvent = new int[capacity];
        lastEvent = new int[capacity];
    }

    /** Rows to be {@link #touch touched} by keys numbered below {@code keys}. */
    static GroupStats dense(EventStore store, int keys) {
        int[] rows = new int[keys];
        Arrays.fill(rows, -1);
        return new GroupStats(store, rows, 64);
    }

    /** Rows counted elsewhere, one per group, taken as they are (the arrays are kept, not copied); no distinct-count. */
    static GroupStats of(EventStore store, int[] group, int[] key, int[] key2, int[] count, int[] firstEvent,
                         int[] lastEvent) {
        GroupStats rows = new GroupStats(store, null, 0);
        rows.groupOfRow = group;
        rows.size = key.length;
        rows.key = key;
        rows.key2 = key2;
        rows.count = count;
        rows.distinctA = new int[key.length];
        rows.firstEvent = firstEvent;
        rows.lastEvent = lastEvent;
        return rows;
    }

    /** The row of a key, created when new, with its last event moved to {@code event}. */
    int touch(int k, int k2, int event) {
        int row = rowOfKey[k];
        if (row < 0) {
            row = newRow(k, k2, event);
            rowOfKey[k] = row;
        }
        lastEvent[row] = event;
        return row;
    }

    private int newRow(int k, int k2, int event) {
        int row = size++;
        if (row == key.length) {
            grow();
        }
        key[row] = k;
        key2[row] = k2;
        firstEvent[row] = event;
        return row;
    }

    /** Adds the rows counted over the events that follow this one's (a later piece of the same events). */
    void addLater(GroupStats later) {
        for (int r = 0; r < later.size; r++) {
            int k = later.key[r];
            int row = rowOfKey[k];
            if (row < 0) {
                row = newRow(k, later.key2[r], later.firstEvent[r]);
                rowOfKey[k] = row;
            }
            count[row] += later.count[r];
            distinctA[row] += later.distinctA[r];
            lastEvent[row] = later.lastEvent[r];
        }
    }

    void addCount(int row) {
        count[row]++;
    }

    void addDistinctA(int row) {
        distinctA[row]++;
    }

    /** Takes back one count of a key's row: a group that two pieces both counted. */
    void uncount(int k) {
        count[rowOfKey[k]]--;
    }

    /** Takes back one distinct-count of a key's row. */
    void undistinctA(int k) {
        distinctA[rowOfKey[k]]--;
    }

    int size() {
        return size;
    }

    /** Of rows given whole, those whose key (an address id) is allowed, in their order. */
    GroupStats rowsWithKeyIn(boolean[] allowed) {
        int kept = 0;
        for (int r = 0; r < size; r++) {
            kept += allowed[key[r]] ? 1 : 0;
        }
        int[] group = new int[kept];
        int[] keys = new int[kept];
        int[] keys2 = new int[kept];
        int[] counts = new int[kept];
        int[] first = new int[kept];
        int[] last = new int[kept];
        for (int r = 0, k = 0; r < size; r++) {
            if (allowed[key[r]]) {
                group[k] = groupOfRow[r];
                keys[k] = key[r];
                keys2[k] = key2[r];
                counts[k] = count[r];
                first[k] = firstEvent[r];
                last[k] = lastEvent[r];
                k++;
            }
        }
        return of(store, group, keys, keys2, counts, first, last);
    }

    /** The group a row given whole counts. */
    int group(int row) {
        return groupOfRow[row];
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
        return store.time(firstEvent[row]);
    }

    long last(int row) {
        return store.time(lastEvent[row]);
    }

    private void grow() {
        int n = key.length * 2;
        key = Arrays.copyOf(key, n);
        key2 = Arrays.copyOf(key2, n);
        count = Arrays.copyOf(count, n);
        distinctA = Arrays.copyOf(distinctA, n);
        firstEvent = Arrays.copyOf(firstEvent, n);
        lastEvent = Arrays.copyOf(lastEvent, n);
    }
}
