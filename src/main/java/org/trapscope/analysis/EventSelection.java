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

    EventSelection(int[] events) {
        this.events = events;
        this.from = 0;
        this.to = events.length;
    }

    private EventSelection(int from, int to) {
        this.events = null;
        this.from = from;
        this.to = to;
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
