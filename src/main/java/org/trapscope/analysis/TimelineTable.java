package org.trapscope.analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * The {@code timeline} report: per bucket from the first to the last selected event (empty
 * buckets included, so a chart shows the gaps), the events and the events of each kind. Bucket
 * bounds are computed with java.time only when an event leaves the current bucket, so daylight
 * saving days are 23 or 25 hours long as they should be.
 */
final class TimelineTable extends BaseTable {
    private static final int KINDS = EventKind.count();
    /** More rows than any chart or sheet can use; minute buckets over years of logs would exhaust memory. */
    static final int MAX_BUCKETS = 1_000_000;

    private final long[] starts;
    private final int[] counts;
    private final int[] totals;

    private TimelineTable(List<Column> columns, ZoneId zone, EventStore store, long[] starts, int[] counts,
                          int[] totals) {
        super(columns, zone, store);
        this.starts = starts;
        this.counts = counts;
        this.totals = totals;
    }

    static TimelineTable build(DatasetIndex index, EventSelection selection, Bucket bucket) {
        EventStore store = index.store();
        ZoneId zone = index.zone();
        long[] starts = new long[64];
        int[] counts = new int[64 * KINDS];
        int[] totals = new int[64];
        int buckets = 0;
        long end = Long.MIN_VALUE;
        int unparsed = EventKind.UNPARSED.ordinal();
        for (int i = 0, n = selection.size(); i < n; i++) {
            int e = selection.event(i);
            int kind = store.kindOrdinal(e);
            if (kind == unparsed) {
                continue;
            }
            long t = store.time(e);
            while (t >= end) {
                ZonedDateTime start = buckets == 0
                        ? Instant.ofEpochMilli(t).atZone(zone).truncatedTo(bucket.unit())
                        : Instant.ofEpochMilli(end).atZone(zone);
                if (buckets == MAX_BUCKETS) {
                    throw new IllegalArgumentException("more than " + MAX_BUCKETS + " " + bucket.name()
                            .toLowerCase(Locale.ROOT) + " buckets: use a wider bucket or --since/--until");
                }
                if (buckets == starts.length) {
                    starts = Arrays.copyOf(starts, buckets * 2);
                    totals = Arrays.copyOf(totals, buckets * 2);
                    counts = Arrays.copyOf(counts, buckets * 2 * KINDS);
                }
                starts[buckets++] = start.toInstant().toEpochMilli();
                end = start.plus(1, bucket.unit()).toInstant().toEpochMilli();
            }
            totals[buckets - 1]++;
            counts[(buckets - 1) * KINDS + kind]++;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(time("bucket"));
        columns.add(integer("events"));
        for (EventKind k : EventKind.values()) {
            columns.add(integer(k.label()));
        }
        return new TimelineTable(columns, zone, store, Arrays.copyOf(starts, buckets),
                Arrays.copyOf(counts, buckets * KINDS), Arrays.copyOf(totals, buckets));
    }

    @Override
    public int rowCount() {
        return starts.length;
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case 0 -> starts[row];
            case 1 -> totals[row];
            default -> counts[row * KINDS + column - 2];
        };
    }

    @Override
    String textCell(int row, int column) {
        return "";
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
