package org.trapscope.analysis;

import java.util.Arrays;

/**
 * The events a filter selected, as ascending event indices, which is time order because the
 * store is time-ordered. Immutable; reports iterate it without boxing. A selection that is one
 * run of consecutive events (no filter, or only a time range) holds just its ends, so selecting
 * ten million events costs nothing and no ten-million-entry array is made per filter change.
 */
public final class EventSelection {
    /** The indices, or null for the run {@code from} (inclusive) to {@code to} (exclusive). */
    private final int[] events;
    private final int from;
    private final int to;
    /** Per address id, set when the selection is known to be every event of the set hosts and no other, or null. */
    private final boolean[] wholeHosts;
    /** See {@link #bitmap}; a race makes it twice, the same. */
    private volatile long[] bitmap;

    EventSelection(int[] events) {
        this(events, null);
    }

    /** @param wholeHosts the hosts whose every event, and only those, the events are; or null */
    EventSelection(int[] events, boolean[] wholeHosts) {
        this.events = events;
        this.from = 0;
        this.to = events.length;
        this.wholeHosts = wholeHosts;
    }

    private EventSelection(int from, int to) {
        this.events = null;
        this.from = from;
        this.to = to;
        this.wholeHosts = null;
    }

    /** Every event of a store with this many events. */
    public static EventSelection all(int size) {
        return new EventSelection(0, size);
    }

    /** The consecutive events {@code from} (inclusive) to {@code to} (exclusive). */
    static EventSelection run(int from, int to) {
        return new EventSelection(from, Math.max(from, to));
    }

    public int size() {
        return to - from;
    }

    /** The event index at position {@code i} of the selection. */
    public int event(int i) {
        return events == null ? from + i : events[i];
    }

    /**
     * Per address id, whether the selection holds every event of that host, when it is known to
     * be exactly the events of a set of hosts (a country, a CIDR block, a campaign's senders over
     * all time); else null. Counts per host are then those of the whole store, kept once.
     */
    boolean[] wholeHosts() {
        return wholeHosts;
    }

    /**
     * The selection as one bit per event of a store of {@code storeSize} events, made on first
     * use and kept: the reports that walk an index of keyed events test each against it, and
     * the harvest report asks twice.
     */
    long[] bitmap(int storeSize) {
        long[] bits = bitmap;
        if (bits == null) {
            bits = new long[(storeSize + 63) >>> 6];
            for (int i = 0, n = size(); i < n; i++) {
                int e = event(i);
                bits[e >>> 6] |= 1L << e;
            }
            bitmap = bits;
        }
        return bits;
    }

    /** The first {@code n} events of the selection. */
    public EventSelection head(int n) {
        if (n >= size()) {
            return this;
        }
        return events == null ? new EventSelection(from, from + n) : new EventSelection(Arrays.copyOf(events, n));
    }

    /** A copy of the event indices, ascending. */
    public int[] toArray() {
        if (events != null) {
            return events.clone();
        }
        int[] all = new int[size()];
        Arrays.setAll(all, i -> from + i);
        return all;
    }
}
