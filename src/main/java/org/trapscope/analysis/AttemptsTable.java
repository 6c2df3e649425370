package org.trapscope.analysis;

import java.util.List;

/**
 * A report with one row per name that bots tried (a user name, a recipient address): the
 * attempts, distinct hosts, first and last seen, and whether the name is a spamtrap. The
 * {@code users} and {@code targets} reports differ only in what a name is and how it is counted.
 */
abstract class AttemptsTable extends BaseTable {
    static final int NAME = 0;
    private static final int ATTEMPTS = 1;
    private static final int HOSTS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;
    private static final int IN_SPAMTRAPS = 5;

    final DatasetIndex index;
    final GroupStats rows;

    AttemptsTable(String nameColumn, DatasetIndex index, GroupStats rows) {
        super(List.of(text(nameColumn), integer("attempts"), integer("hosts"), time("first_seen"),
                time("last_seen"), bool("in_spamtraps")), index.zone(), index.store());
        this.index = index;
        this.rows = rows;
    }

    /** The text of a row key. */
    abstract String name(int key);

    /** Whether a row key is a spamtrap. */
    abstract boolean isTrap(int key);

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case ATTEMPTS -> rows.count(row);
            case HOSTS -> rows.distinctA(row);
            case FIRST -> rows.first(row);
            case LAST -> rows.last(row);
            case IN_SPAMTRAPS -> bool(index.dataset().hasSpamtraps(), isTrap(rows.key(row)));
            default -> Long.MIN_VALUE;
        };
    }

    @Override
    String textCell(int row, int column) {
        return column == NAME ? name(rows.key(row)) : "";
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
