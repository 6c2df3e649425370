package org.trapscope.analysis;

import java.util.List;
import org.trapscope.store.EventStore;

/**
 * The {@code subjects} report, the campaigns at a glance: per distinct {@code Subject:} text,
 * the spamd sessions that carried it, the distinct hosts, first and last seen.
 */
final class SubjectsTable extends BaseTable {
    private static final int SUBJECT = 0;
    private static final int SESSIONS = 1;
    private static final int HOSTS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;

    private final EventStore store;
    private final GroupStats rows;

    SubjectsTable(DatasetIndex index, GroupStats rows) {
        super(List.of(text("subject"), integer("sessions"), integer("hosts"), time("first_seen"),
                time("last_seen")), index.zone(), index.store());
        this.store = index.store();
        this.rows = rows;
    }

    static SubjectsTable build(DatasetIndex index, EventSelection selection) {
        return new SubjectsTable(index, index.subjectEvents().count(selection));
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case SESSIONS -> rows.count(row);
            case HOSTS -> rows.distinctA(row);
            case FIRST -> rows.first(row);
            case LAST -> rows.last(row);
            default -> Long.MIN_VALUE;
        };
    }

    @Override
    String textCell(int row, int column) {
        return column == SUBJECT ? store.string(rows.key(row)) : "";
    }

    @Override
    boolean holdsStrings(int column) {
        return column == SUBJECT;
    }

    @Override
    int stringId(int row, int column) {
        return column == SUBJECT ? rows.key(row) : super.stringId(row, column);
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
