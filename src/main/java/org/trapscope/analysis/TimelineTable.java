package org.trapscope.analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
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
    /** Below this many events one core is quicker than adding up pieces. */
    private static final int PARALLEL_FROM = 1 << 20;

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
        int n = selection.size();
        return build(index, selection, bucket, Pieces.of(n, PARALLEL_FROM));
    }

    /**
     * The same, the kinds counted in {@code pieces} pieces of the selection in parallel. Where the
     * buckets begin is found first, by searching the times of the time-ordered selection, so that
     * counting reads each event's kind but not its time.
     */
    static TimelineTable build(DatasetIndex index, EventSelection selection, Bucket bucket, int pieces) {
        EventStore store = index.store();
        int n = selection.size();
        int unparsed = EventKind.UNPARSED.ordinal();
        int from = firstParsed(store, selection);
        Buckets buckets = Buckets.of(store, selection, from, index.zone(), bucket);
        int rows = buckets.count();
        int[][] counted = IntStream.range(0, pieces).parallel().mapToObj(p -> {
            int[] counts = new int[rows * KINDS];
            int start = from + Pieces.start(p, pieces, n - from);
            int end = from + Pieces.start(p + 1, pieces, n - from);
            int row = buckets.rowAt(start);
            for (int i = start; i < end; i++) {
                while (i >= buckets.firstPosition[row + 1]) {
                    row++;
                }
                int kind = store.kindOrdinal(selection.event(i));
                if (kind != unparsed) {
                    counts[row * KINDS + kind]++;
                }
            }
            return counts;
        }).toArray(int[][]::new);
        int[] counts = counted[0];
        for (int p = 1; p < pieces; p++) {
            for (int c = 0; c < counts.length; c++) {
                counts[c] += counted[p][c];
            }
        }
        int[] totals = new int[rows];
        for (int c = 0; c < counts.length; c++) {
            totals[c / KINDS] += counts[c];
        }
        List<Column> columns = new ArrayList<>();
        columns.add(time("bucket"));
        columns.add(integer("events"));
        for (EventKind k : EventKind.values()) {
            columns.add(integer(k.label()));
        }
        return new TimelineTable(columns, index.zone(), store, buckets.starts(), counts, totals);
    }

    /** The position of the first selected event that is not an unparsed line (those have no time and come first). */
    private static int firstParsed(EventStore store, EventSelection selection) {
        int unparsed = EventKind.UNPARSED.ordinal();
        int from = 0;
        while (from < selection.size() && store.kindOrdinal(selection.event(from)) == unparsed) {
            from++;
        }
        return from;
    }

    /** Where each bucket starts, in time and in position in the selection; one more position ends the last. */
    private record Buckets(long[] starts, int[] firstPosition) {
        static Buckets of(EventStore store, EventSelection selection, int from, ZoneId zone, Bucket bucket) {
            int n = selection.size();
            long[] starts = new long[64];
            int[] positions = new int[65];
            int count = 0;
            if (from < n) {
                ZonedDateTime start = Instant.ofEpochMilli(store.time(selection.event(from))).atZone(zone)
                        .truncatedTo(bucket.unit());
                for (int position = from; position < n; count++) {
                    if (count == MAX_BUCKETS) {
                        throw new IllegalArgumentException("more than " + MAX_BUCKETS + " " + bucket.name()
                                .toLowerCase(Locale.ROOT) + " buckets: use a wider bucket or --since/--until");
                    }
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        positions = Arrays.copyOf(positions, count * 2 + 1);
                    }
                    ZonedDateTime end = start.plus(1, bucket.unit());
                    starts[count] = start.toInstant().toEpochMilli();
                    positions[count] = position;
                    position = firstAtOrAfter(store, selection, end.toInstant().toEpochMilli(), position);
                    start = Instant.ofEpochMilli(end.toInstant().toEpochMilli()).atZone(zone);
                }
            }
            positions[count] = n;
            return new Buckets(Arrays.copyOf(starts, count), Arrays.copyOf(positions, count + 1));
        }

        int count() {
            return starts.length;
        }

        /** The bucket holding the event at this position (at or after the first parsed one). */
        int rowAt(int position) {
            int row = Arrays.binarySearch(firstPosition, 0, count(), position);
            if (row < 0) {
                return -row - 2;
            }
            while (row + 1 < count() && firstPosition[row + 1] == position) {
                row++; // empty buckets share the position of the next one with events
            }
            return row;
        }

        /** The first position at or after {@code from} whose event is at or after {@code millis}: a gallop, then halving. */
        private static int firstAtOrAfter(EventStore store, EventSelection selection, long millis, int from) {
            int n = selection.size();
            int lo = from;
            int step = 1;
            int hi = from;
            while (hi < n && store.time(selection.event(hi)) < millis) {
                lo = hi + 1;
                hi = Math.min(n, hi + step);
                step *= 2;
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (store.time(selection.event(mid)) < millis) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
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
