package org.trapscope.analysis;

import org.trapscope.store.LongIntMap;

/** A set of int pairs without boxing, for counting distinct hosts or sessions per group. */
final class DistinctPairs {
    private final LongIntMap seen;

    DistinctPairs(int expected) {
        seen = new LongIntMap(expected);
    }

    /** Adds the pair; true when it was not there before. */
    boolean add(int a, int b) {
        return seen.putIfAbsent(pack(a, b), 0);
    }

    static long pack(int a, int b) {
        return (long) a << 32 | (b & 0xFFFF_FFFFL);
    }
}
