package org.trapscope.analysis;

/**
 * The {@code users} report: per user name tried in a failed login (the POP3 and SSH
 * articles' unit), the attempts, distinct hosts, first and last seen and spamtrap membership.
 */
final class UsersTable extends AttemptsTable {
    UsersTable(DatasetIndex index, GroupStats rows) {
        super("user", index, rows);
    }

    /** Failed logins are outside spamd sessions, so each counts as one attempt. */
    static UsersTable build(DatasetIndex index, EventSelection selection) {
        return new UsersTable(index, index.loginEvents().count(selection));
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
    boolean holdsStrings(int column) {
        return column == NAME;
    }

    @Override
    int stringId(int row, int column) {
        return column == NAME ? rows.key(row) : super.stringId(row, column);
    }

    @Override
    boolean isTrap(int key) {
        return index.isTrapUser(key);
    }
}
