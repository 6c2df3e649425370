package org.trapscope.analysis;

import java.util.Arrays;

/**
 * The events a filter selected, as ascending event indices, which is time order because the
 * store is time-ordered. Immutable; reports iterate it without boxing.
 */
public final class EventSelection {
    private final int[] events;

    EventSelection(int[] events) {
        this.events = events;
    }

    /** Every event of a store with this many events. */
    public static EventSelection all(int size) {
        int[] all = new int[size];
        Arrays.setAll(all, i -> i);
        return new EventSelection(all);
    }

    public int size() {
        return events.length;
    }

    /** The event index at position {@code i} of the selection. */
    public int event(int i) {
        return events[i];
    }

    /** The first {@code n} events of the selection. */
    public EventSelection head(int n) {
        return n >= events.length ? this : new EventSelection(Arrays.copyOf(events, n));
    }

    /** A copy of the event indices, ascending. */
    public int[] toArray() {
        return events.clone();
    }

    /** The array itself, for the reports of this package, which only read it. */
    int[] array() {
        return events;
    }
}
