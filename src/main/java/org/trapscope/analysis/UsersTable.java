package org.trapscope.analysis;

import java.util.List;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * The {@code users} report: per user name tried in a failed login (the POP3 and SSH
 * articles' unit), the attempts, distinct hosts, first and last seen and spamtrap membership.
 */
final class UsersTable extends BaseTable {
    private static final int USER = 0;
    private static final int ATTEMPTS = 1;
    private static final int HOSTS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;
    private static final int IN_SPAMTRAPS = 5;

    private final DatasetIndex index;
    private final GroupStats rows;

    private UsersTable(DatasetIndex index, GroupStats rows) {
        super(List.of(text("user"), integer("attempts"), integer("hosts"), time("first_seen"), time("last_seen"),
                bool("in_spamtraps")), index.zone(), index.store().ips());
        this.index = index;
        this.rows = rows;
    }

    static UsersTable build(DatasetIndex index, EventSelection selection) {
        EventStore store = index.store();
        GroupStats rows = new GroupStats(1024);
        DistinctPairs hosts = new DistinctPairs(4096);
        for (int e : selection.array()) {
            int user = store.user(e);
            if (user < 0 || !EventKind.ofOrdinal(store.kindOrdinal(e)).isLoginAttempt()) {
                continue;
            }
            int row = rows.touch(user, 0, store.time(e));
            rows.addCount(row);
            int ip = store.ip(e);
            if (ip >= 0 && hosts.add(user, ip)) {
                rows.addDistinctA(row);
            }
        }
        return new UsersTable(index, rows);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    /** The string id of a row's user name. */
    int userString(int row) {
        return rows.key(row);
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case ATTEMPTS -> rows.count(row);
            case HOSTS -> rows.distinctA(row);
            case FIRST -> rows.first(row);
            case LAST -> rows.last(row);
            case IN_SPAMTRAPS -> bool(index.dataset().hasSpamtraps(), index.isTrapUser(rows.key(row)));
            default -> Long.MIN_VALUE;
        };
    }

    @Override
    String textCell(int row, int column) {
        return column == USER ? index.store().string(rows.key(row)) : "";
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
