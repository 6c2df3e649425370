package org.trapscope.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns IP addresses to dense ids (0, 1, 2, ...) so that events store an int and tables can
 * count per host with plain arrays. Not thread-safe: the loader gives each worker its own table
 * and merges them.
 */
public final class IpTable {
    private long[] his;
    private long[] los;
    private int size;
    private int[] slots;
    private int mask;
    /** Each id's place in address order, made on first use; see {@link #addressRanks()}. */
    private int[] ranks;

    public IpTable() {
        this(1024);
    }

    public IpTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[cap];
        Arrays.fill(slots, -1);
        mask = cap - 1;
        his = new long[Math.max(16, expected)];
        los = new long[his.length];
    }

    public int size() {
        return size;
    }

    public long hi(int id) {
        return his[id];
    }

    public long lo(int id) {
        return los[id];
    }

    public boolean isV4(int id) {
        return IpAddress.isV4(his[id], los[id]);
    }

    public String text(int id) {
        return IpAddress.format(his[id], los[id]);
    }

    public int internV4(int v4) {
        return intern(0, IpAddress.v4Low(v4));
    }

    /** Returns the id of the address, adding it when new. */
    public int intern(long hi, long lo) {
        int h = hash(hi, lo);
        int slot = h & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0) {
                break;
            }
            if (los[id] == lo && his[id] == hi) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (size == his.length) {
            his = Arrays.copyOf(his, size * 2);
            los = Arrays.copyOf(los, size * 2);
        }
        int id = size++;
        his[id] = hi;
        los[id] = lo;
        slots[slot] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    /** Returns the id of the address, or -1 when it is not in the table. */
    public int find(long hi, long lo) {
        int slot = hash(hi, lo) & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0) {
                return -1;
            }
            if (los[id] == lo && his[id] == hi) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Each address id's rank in numeric address order, IPv4 (in its mapped form) before IPv6:
     * entry {@code id} is the number of addresses of the table that sort before it. Sorting a
     * column of millions of addresses then costs one array read per row; the ranks are worked
     * out once (IPv4 as packed longs, the usually few IPv6 by comparison) and kept until an
     * address is added.
     */
    public synchronized int[] addressRanks() {
        if (ranks != null && ranks.length == size) {
            return ranks;
        }
        long[] v4 = new long[size];
        int v4Count = 0;
        List<Integer> v6 = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            if (IpAddress.isV4(his[id], los[id])) {
                v4[v4Count++] = (los[id] & 0xFFFF_FFFFL) << 31 | id;
            } else {
                v6.add(id);
            }
        }
        Arrays.parallelSort(v4, 0, v4Count);
        v6.sort((x, y) -> {
            int c = Long.compareUnsigned(his[x], his[y]);
            return c != 0 ? c : Long.compareUnsigned(los[x], los[y]);
        });
        int[] rankOfId = new int[size];
        for (int r = 0; r < v4Count; r++) {
            rankOfId[(int) (v4[r] & 0x7FFF_FFFFL)] = r;
        }
        for (int r = 0; r < v6.size(); r++) {
            rankOfId[v6.get(r)] = v4Count + r;
        }
        ranks = rankOfId;
        return ranks;
    }

    /** Shrinks the backing arrays to the number of addresses, for the immutable store. */
    public void trim() {
        his = Arrays.copyOf(his, size);
        los = Arrays.copyOf(los, size);
    }

    private void rehash() {
        int cap = slots.length * 2;
        slots = new int[cap];
        Arrays.fill(slots, -1);
        mask = cap - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(his[id], los[id]) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    private static int hash(long hi, long lo) {
        long h = lo * 0x9E37_79B9_7F4A_7C15L + hi * 0xC2B2_AE3D_27D4_EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
