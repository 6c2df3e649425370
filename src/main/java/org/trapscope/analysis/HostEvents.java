package org.trapscope.analysis;

import java.util.stream.IntStream;
import org.trapscope.store.EventStore;

/**
 * Every host's events, in store order: the index behind address conditions. "Everything these
 * hosts did" (a campaign, a CIDR block, a country) then visits only those hosts' events instead
 * of every event. Built once per dataset by a counting sort on the address column.
 */
final class HostEvents {
    /** Below this many events one core is quicker than splitting the work. */
    private static final int PARALLEL_FROM = 1 << 20;

    /** Events grouped by address id; host {@code h}'s are at {@code start[h]} until {@code start[h + 1]}. */
    private final int[] events;
    private final int[] start;

    private HostEvents(int[] events, int[] start) {
        this.events = events;
        this.start = start;
    }

    static HostEvents of(EventStore store) {
        int hosts = store.ips().size();
        int n = store.size();
        int parts = n < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
        // each part counts its slice of the store per host ...
        int[][] counts = IntStream.range(0, parts).parallel().mapToObj(p -> {
            int[] count = new int[hosts];
            for (int e = (int) (n * (long) p / parts), end = (int) (n * (long) (p + 1) / parts); e < end; e++) {
                int ip = store.ip(e);
                if (ip >= 0) {
                    count[ip]++;
                }
            }
            return count;
        }).toArray(int[][]::new);
        // ... and writes them where its slice of each host's events begins, so store order holds
        int[] start = new int[hosts + 1];
        int[][] next = new int[parts][hosts];
        int at = 0;
        for (int h = 0; h < hosts; h++) {
            start[h] = at;
            for (int p = 0; p < parts; p++) {
                next[p][h] = at;
                at += counts[p][h];
            }
        }
        start[hosts] = at;
        int[] events = new int[at];
        IntStream.range(0, parts).parallel().forEach(p -> {
            int[] position = next[p];
            for (int e = (int) (n * (long) p / parts), end = (int) (n * (long) (p + 1) / parts); e < end; e++) {
                int ip = store.ip(e);
                if (ip >= 0) {
                    events[position[ip]++] = e;
                }
            }
        });
        return new HostEvents(events, start);
    }

    /** How many events the allowed hosts have together. */
    long countOf(boolean[] allowed) {
        long total = 0;
        for (int h = 0; h < allowed.length; h++) {
            if (allowed[h]) {
                total += start[h + 1] - start[h];
            }
        }
        return total;
    }

    /**
     * The events of the allowed hosts as a bitmap over the store's events: marking is one write
     * per event, and reading the bits back gives store order without merging the hosts' lists.
     */
    long[] bitmapOf(boolean[] allowed, int size) {
        long[] bits = new long[(size + 63) >>> 6];
        for (int h = 0; h < allowed.length; h++) {
            if (allowed[h]) {
                for (int i = start[h], end = start[h + 1]; i < end; i++) {
                    int e = events[i];
                    bits[e >>> 6] |= 1L << e;
                }
            }
        }
        return bits;
    }
}
