package org.trapscope.analysis;

import java.util.stream.IntStream;
import org.trapscope.store.EventStore;

/**
 * The {@code targets} report: per recipient address (envelope recipients and {@code To:}
 * headers, grouped without angle brackets and case), the delivery attempts, distinct hosts,
 * first and last seen and whether it is a spamtrap. An attempt is one spamd session that named
 * the address, however many lines did; lines outside a session count one each.
 */
final class TargetsTable extends AttemptsTable {
    /** Below this many selected events one core is quicker than splitting the work. */
    private static final int PARALLEL_FROM = 200_000;

    private TargetsTable(DatasetIndex index, GroupStats rows) {
        super("address", index, rows);
    }

    static TargetsTable build(DatasetIndex index, EventSelection selection) {
        return build(index, selection,
                selection.size() < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors());
    }

    /** Targets split by id into {@code parts} worked on in parallel: each part owns its rows. */
    static TargetsTable build(DatasetIndex index, EventSelection selection, int parts) {
        long[] selected = bitmap(index.store(), selection);
        GroupStats[] grouped = IntStream.range(0, parts).parallel()
                .mapToObj(part -> group(index, selected, part, parts)).toArray(GroupStats[]::new);
        GroupStats rows = grouped[0];
        for (int p = 1; p < parts; p++) {
            rows.appendAll(grouped[p]);
        }
        return new TargetsTable(index, rows);
    }

    private static GroupStats group(DatasetIndex index, long[] selected, int part, int parts) {
        EventStore store = index.store();
        TargetOccurrences occurrences = index.targetOccurrences();
        GroupStats rows = GroupStats.dense(index.targetCount());
        int n = index.targetEventCount();
        // one bit per target-naming event: set when the (session, target) or (target, host) group it
        // opens has been counted
        long[] sessionCounted = new long[(n + 63) >>> 6];
        long[] hostCounted = new long[(n + 63) >>> 6];
        // only the events that name a target are visited, not the whole selection
        for (int i = 0; i < n; i++) {
            int target = index.targetOfTargetEvent(i);
            int e = index.targetEvent(i);
            if (target % parts != part || (selected != null && (selected[e >>> 6] & (1L << e)) == 0)) {
                continue;
            }
            int row = rows.touch(target, 0, store.time(e));
            // a session has one client: only its first selected line naming a target can add a host
            if (firstTime(sessionCounted, occurrences.firstOfSession(i))) {
                rows.addCount(row);
                int host = occurrences.firstOfHost(i);
                if (host >= 0 && firstTime(hostCounted, host)) {
                    rows.addDistinctA(row);
                }
            }
        }
        return rows;
    }

    /** Sets the bit; true when it was clear. */
    private static boolean firstTime(long[] bits, int bit) {
        long mask = 1L << bit;
        int word = bit >>> 6;
        if ((bits[word] & mask) != 0) {
            return false;
        }
        bits[word] |= mask;
        return true;
    }

    /** The selection as a bitmap over all events, or null when it holds every event. */
    private static long[] bitmap(EventStore store, EventSelection selection) {
        if (selection.size() == store.size()) {
            return null;
        }
        long[] bits = new long[(store.size() + 63) >>> 6];
        for (int e : selection.array()) {
            bits[e >>> 6] |= 1L << e;
        }
        return bits;
    }

    /** The target id of a row, for the harvest list. */
    int target(int row) {
        return rows.key(row);
    }

    @Override
    String name(int key) {
        return index.targetName(key);
    }

    @Override
    boolean isTrap(int key) {
        return index.isTrapTarget(key);
    }
}
