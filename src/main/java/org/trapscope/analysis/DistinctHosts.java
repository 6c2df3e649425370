package org.trapscope.analysis;

/**
 * Counts each (key, host) pair once, such as the distinct hosts of a target or a user name.
 * While keys × hosts fit in a bitmap of modest size (a few thousand spamtraps by some tens of
 * thousands of hosts), a bit per pair answers without hashing; larger products use a pair set.
 */
final class DistinctHosts {
    /** 16 MiB of bits at the most; beyond that a set costs less memory per report. */
    private static final long MAX_BITS = 1L << 27;

    private final long[] bits;
    private final int hosts;
    private final DistinctPairs pairs;

    DistinctHosts(int keys, int hosts) {
        this.hosts = hosts;
        long size = (long) keys * hosts;
        if (size <= MAX_BITS) {
            bits = new long[(int) ((size + 63) >>> 6)];
            pairs = null;
        } else {
            bits = null;
            pairs = new DistinctPairs(8192);
        }
    }

    /** True when the pair is new. */
    boolean add(int key, int host) {
        if (bits == null) {
            return pairs.add(key, host);
        }
        long bit = (long) key * hosts + host;
        int word = (int) (bit >>> 6);
        long mask = 1L << bit;
        if ((bits[word] & mask) != 0) {
            return false;
        }
        bits[word] |= mask;
        return true;
    }
}
