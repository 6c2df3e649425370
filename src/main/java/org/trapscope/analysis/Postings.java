package org.trapscope.analysis;

import java.util.stream.IntStream;

/**
 * The events of every key, in store order, where a key is an address id or a string id: the
 * index behind address and text conditions. "Everything these hosts did" (a campaign, a CIDR
 * block, a country) or "every line naming a string that contains this phrase" then visits only
 * those events instead of every event. Built once per dataset by a counting sort.
 */
final class Postings {
    /** Below this many events one core is quicker than splitting the work. */
    private static final int PARALLEL_FROM = 1 << 20;

    /** The keys of an event: up to two, -1 for none. */
    interface EventKeys {
        int first(int event);

        int second(int event);
    }

    /** Events grouped by key; key {@code k}'s are at {@code start[k]} until {@code start[k + 1]}. */
    private final int[] events;
    private final int[] start;

    private Postings(int[] events, int[] start) {
        this.events = events;
        this.start = start;
    }

    static Postings of(int keys, int size, EventKeys keysOf) {
        int parts = size < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
        // each part counts its slice of the events per key ...
        int[][] counts = IntStream.range(0, parts).parallel().mapToObj(p -> {
            int[] count = new int[keys];
            for (int e = Pieces.start(p, parts, size), end = Pieces.start(p + 1, parts, size); e < end; e++) {
                int first = keysOf.first(e);
                if (first >= 0) {
                    count[first]++;
                }
                int second = keysOf.second(e);
                if (second >= 0) {
                    count[second]++;
                }
            }
            return count;
        }).toArray(int[][]::new);
        // ... and writes them where its slice of each key's events begins, so store order holds
        int[] start = new int[keys + 1];
        int[][] next = new int[parts][keys];
        int at = 0;
        for (int k = 0; k < keys; k++) {
            start[k] = at;
            for (int p = 0; p < parts; p++) {
                next[p][k] = at;
                at += counts[p][k];
            }
        }
        start[keys] = at;
        int[] events = new int[at];
        IntStream.range(0, parts).parallel().forEach(p -> {
            int[] position = next[p];
            for (int e = Pieces.start(p, parts, size), end = Pieces.start(p + 1, parts, size); e < end; e++) {
                int first = keysOf.first(e);
                if (first >= 0) {
                    events[position[first]++] = e;
                }
                int second = keysOf.second(e);
                if (second >= 0) {
                    events[position[second]++] = e;
                }
            }
        });
        return new Postings(events, start);
    }

    /** How many events the allowed keys have together (an event under two of them counts twice). */
    long countOf(boolean[] allowed) {
        long total = 0;
        // without a branch: a country's hosts are scattered among the address ids, and a
        // mispredicted branch per host cost more than the sum
        for (int k = 0; k < allowed.length; k++) {
            total += (start[k + 1] - start[k]) & -(allowed[k] ? 1 : 0);
        }
        return total;
    }

    /**
     * The events of the allowed keys as a bitmap over the store's events: marking is one write
     * per event, and reading the bits back gives store order without merging the keys' lists.
     */
    long[] bitmapOf(boolean[] allowed, int size) {
        long[] bits = new long[(size + 63) >>> 6];
        for (int k = 0; k < allowed.length; k++) {
            if (allowed[k]) {
                for (int i = start[k], end = start[k + 1]; i < end; i++) {
                    int e = events[i];
                    bits[e >>> 6] |= 1L << e;
                }
            }
        }
        return bits;
    }
}
