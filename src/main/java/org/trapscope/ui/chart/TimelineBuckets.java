package org.trapscope.ui.chart;

import org.trapscope.analysis.EventSelection;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * Events per time slot and kind group: what the timeline chart draws. Slot {@code i} covers
 * {@code [start + i * width, start + (i + 1) * width)}; slots start on whole multiples of the width
 * (whole hours, whole days in UTC).
 */
public record TimelineBuckets(long start, long width, long[][] counts) {
    public static final TimelineBuckets EMPTY = new TimelineBuckets(0, 1, new long[KindGroup.values().length][0]);

    /** Counts the selected events in no more than {@code maxBuckets} slots. */
    public static TimelineBuckets of(EventStore store, EventSelection events, BucketWidth choice, int maxBuckets) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            int e = events.event(i);
            if (store.kind(e) != EventKind.UNPARSED) {
                first = Math.min(first, store.time(e));
                last = Math.max(last, store.time(e));
            }
        }
        if (first > last) {
            return EMPTY;
        }
        long width = choice.millisFor(last - first + 1, maxBuckets);
        long start = Math.floorDiv(first, width) * width;
        int slots = (int) ((last - start) / width) + 1;
        long[][] counts = new long[KindGroup.values().length][slots];
        for (int i = 0; i < events.size(); i++) {
            int e = events.event(i);
            EventKind kind = store.kind(e);
            if (kind != EventKind.UNPARSED) {
                counts[KindGroup.of(kind).ordinal()][(int) ((store.time(e) - start) / width)]++;
            }
        }
        return new TimelineBuckets(start, width, counts);
    }

    public int size() {
        return counts[0].length;
    }

    public long slotStart(int slot) {
        return start + slot * width;
    }

    public long total(int slot) {
        long sum = 0;
        for (long[] group : counts) {
            sum += group[slot];
        }
        return sum;
    }

    /** Whether a group has any event, so empty bands are left out of the legend. */
    public boolean hasAny(KindGroup group) {
        for (long c : counts[group.ordinal()]) {
            if (c > 0) {
                return true;
            }
        }
        return false;
    }

    /** The slot holding {@code millis}, or -1 outside the chart. */
    public int slotAt(long millis) {
        if (millis < start) {
            return -1;
        }
        long slot = (millis - start) / width;
        return slot < size() ? (int) slot : -1;
    }
}
