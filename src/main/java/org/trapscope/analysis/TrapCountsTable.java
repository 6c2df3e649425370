package org.trapscope.analysis;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.trapscope.store.EventStore;
import org.trapscope.traps.TrapCountSeries;

/**
 * The {@code trapcounts} report: the hourly trapped-host counts of every opened count file, in
 * time order, limited to the filter's time range (the swell of workflow W2).
 */
final class TrapCountsTable extends BaseTable {
    private final long[] times;
    private final int[] counts;

    private TrapCountsTable(ZoneId zone, long[] times, int[] counts) {
        super(List.of(time("time"), integer("count")), zone, EventStore.empty());
        this.times = times;
        this.counts = counts;
    }

    static TrapCountsTable build(List<TrapCountSeries> series, ZoneId zone, long since, long until) {
        int total = 0;
        for (TrapCountSeries s : series) {
            total += s.size();
        }
        long[] times = new long[total];
        int[] counts = new int[total];
        int n = 0;
        for (TrapCountSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                long t = s.epochMillis(i);
                if (t >= since && t < until) {
                    times[n] = t;
                    counts[n] = s.count(i);
                    n++;
                }
            }
        }
        // several files may overlap in time; a stable sort keeps file order for equal times
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] t = Arrays.copyOf(times, n);
        int[] c = Arrays.copyOf(counts, n);
        IntSort.stable(order, (x, y) -> Long.compare(t[x], t[y]));
        long[] sortedTimes = new long[n];
        int[] sortedCounts = new int[n];
        for (int i = 0; i < n; i++) {
            sortedTimes[i] = t[order[i]];
            sortedCounts[i] = c[order[i]];
        }
        return new TrapCountsTable(zone, sortedTimes, sortedCounts);
    }

    @Override
    public int rowCount() {
        return times.length;
    }

    @Override
    public long number(int row, int column) {
        return column == 0 ? times[row] : counts[row];
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
