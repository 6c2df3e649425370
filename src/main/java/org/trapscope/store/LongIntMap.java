package org.trapscope.store;

/** An open-addressing map from long keys to int values, -1 meaning absent; no boxing. */
public final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
    }

    public int get(long key) {
        int slot = find(key);
        return slot >= 0 ? values[slot] : -1;
    }

    public void put(long key, int value) {
        int slot = find(key);
        if (slot >= 0) {
            values[slot] = value;
        } else {
            insert(~slot, key, value);
        }
    }

    /** Puts the key with the value unless it is there; true when it was added. One probe. */
    public boolean putIfAbsent(long key, int value) {
        int slot = find(key);
        if (slot >= 0) {
            return false;
        }
        insert(~slot, key, value);
        return true;
    }

    /** The key's value; when absent, the key is put with {@code value} first, which is returned. */
    public int getOrPut(long key, int value) {
        int slot = find(key);
        if (slot >= 0) {
            return values[slot];
        }
        insert(~slot, key, value);
        return value;
    }

    /** The key's slot, or the complement of the free slot where it belongs. */
    private int find(long key) {
        int slot = slot(key);
        while (used[slot]) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return ~slot;
    }

    private void insert(int slot, long key, int value) {
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        int cap = keys.length * 2;
        keys = new long[cap];
        values = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
