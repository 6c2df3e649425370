package org.trapscope.analysis;

import java.util.Arrays;
import java.util.List;
import org.trapscope.store.EventStore;

/**
 * The {@code targets} report: per recipient address (envelope recipients and {@code To:}
 * headers, grouped without angle brackets and case), the delivery attempts, distinct hosts,
 * first and last seen and whether it is a spamtrap. An attempt is one spamd session that named
 * the address, however many lines did; lines outside a session count one each.
 */
final class TargetsTable extends BaseTable {
    private static final int ADDRESS = 0;
    private static final int ATTEMPTS = 1;
    private static final int HOSTS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;
    private static final int IN_SPAMTRAPS = 5;

    private final DatasetIndex index;
    private final GroupStats rows;

    private TargetsTable(DatasetIndex index, GroupStats rows) {
        super(List.of(text("address"), integer("attempts"), integer("hosts"), time("first_seen"),
                time("last_seen"), bool("in_spamtraps")), index.zone(), index.store().ips());
        this.index = index;
        this.rows = rows;
    }

    static TargetsTable build(DatasetIndex index, EventSelection selection) {
        EventStore store = index.store();
        GroupStats rows = new GroupStats(1024);
        DistinctPairs sessions = new DistinctPairs(8192);
        DistinctPairs hosts = new DistinctPairs(8192);
        // a session names its target on consecutive lines ((BLACK) envelope, then To:), and a host
        // sends to one target many times: remembering the last one answers most lines without the
        // pair sets, which stay the exact answer for the rest
        int[] lastTargetOfSession = new int[store.sessions().size()];
        Arrays.fill(lastTargetOfSession, -1);
        int[] lastHostOfTarget = new int[index.targetCount()];
        Arrays.fill(lastHostOfTarget, -1);
        for (int e : selection.array()) {
            int target = index.target(e);
            if (target < 0) {
                continue;
            }
            int row = rows.touch(target, 0, store.time(e));
            int session = store.session(e);
            if (session < 0) {
                rows.addCount(row);
            } else if (lastTargetOfSession[session] != target) {
                lastTargetOfSession[session] = target;
                if (sessions.add(target, session)) {
                    rows.addCount(row);
                }
            }
            int ip = store.ip(e);
            if (ip >= 0 && lastHostOfTarget[target] != ip) {
                lastHostOfTarget[target] = ip;
                if (hosts.add(target, ip)) {
                    rows.addDistinctA(row);
                }
            }
        }
        return new TargetsTable(index, rows);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    /** The target id of a row, for the harvest list. */
    int target(int row) {
        return rows.key(row);
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case ATTEMPTS -> rows.count(row);
            case HOSTS -> rows.distinctA(row);
            case FIRST -> rows.first(row);
            case LAST -> rows.last(row);
            case IN_SPAMTRAPS -> bool(index.dataset().hasSpamtraps(), index.isTrapTarget(rows.key(row)));
            default -> Long.MIN_VALUE;
        };
    }

    @Override
    String textCell(int row, int column) {
        return column == ADDRESS ? index.targetName(rows.key(row)) : "";
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
