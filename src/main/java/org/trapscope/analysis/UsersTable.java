package org.trapscope.analysis;

import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * The {@code users} report: per user name tried in a failed login (the POP3 and SSH
 * articles' unit), the attempts, distinct hosts, first and last seen and spamtrap membership.
 */
final class UsersTable extends AttemptsTable {
    private UsersTable(DatasetIndex index, GroupStats rows) {
        super("user", index, rows);
    }

    static UsersTable build(DatasetIndex index, EventSelection selection) {
        EventStore store = index.store();
        GroupStats rows = GroupStats.dense(store.stringCount());
        DistinctHosts hosts = new DistinctHosts(store.stringCount(), store.ips().size());
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

    /** The string id of the user name of a row, for the harvest list. */
    int userString(int row) {
        return rows.key(row);
    }

    @Override
    String name(int key) {
        return index.store().string(key);
    }

    @Override
    boolean isTrap(int key) {
        return index.isTrapUser(key);
    }
}
