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
        GroupStats rows = GroupStats.dense(index.targetCount());
        DistinctPerSession sessions = new DistinctPerSession(store.sessions().size());
        DistinctHosts hosts = new DistinctHosts(index.targetCount() / parts + 1, store.ips().size());
        // only the events that name a target are visited, not the whole selection
        for (int i = 0, n = index.targetEventCount(); i < n; i++) {
            int target = index.targetOfTargetEvent(i);
            int e = index.targetEvent(i);
            if (target % parts != part || (selected != null && (selected[e >>> 6] & (1L << e)) == 0)) {
                continue;
            }
            int row = rows.touch(target, 0, store.time(e));
            int session = store.session(e);
            boolean newInSession = session < 0 || sessions.add(session, target);
            if (newInSession) {
                rows.addCount(row);
            }
            // a session has one client: only its first line naming a target can add a host
            int ip = store.ip(e);
            if (newInSession && ip >= 0 && hosts.add(target / parts, ip)) {
                rows.addDistinctA(row);
            }
        }
        return rows;
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
