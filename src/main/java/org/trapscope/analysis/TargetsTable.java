package org.trapscope.analysis;

import org.trapscope.store.EventStore;

/**
 * The {@code targets} report: per recipient address (envelope recipients and {@code To:}
 * headers, grouped without angle brackets and case), the delivery attempts, distinct hosts,
 * first and last seen and whether it is a spamtrap. An attempt is one spamd session that named
 * the address, however many lines did; lines outside a session count one each.
 */
final class TargetsTable extends AttemptsTable {
    private TargetsTable(DatasetIndex index, GroupStats rows) {
        super("address", index, rows);
    }

    static TargetsTable build(DatasetIndex index, EventSelection selection) {
        EventStore store = index.store();
        GroupStats rows = GroupStats.dense(index.targetCount());
        DistinctPerSession sessions = new DistinctPerSession(store.sessions().size());
        DistinctHosts hosts = new DistinctHosts(index.targetCount(), store.ips().size());
        for (int e : selection.array()) {
            int target = index.target(e);
            if (target < 0) {
                continue;
            }
            int row = rows.touch(target, 0, store.time(e));
            int session = store.session(e);
            if (session < 0 || sessions.add(session, target)) {
                rows.addCount(row);
            }
            int ip = store.ip(e);
            if (ip >= 0 && hosts.add(target, ip)) {
                rows.addDistinctA(row);
            }
        }
        return new TargetsTable(index, rows);
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
