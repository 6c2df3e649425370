package org.trapscope.analysis;

import java.util.List;

/** The {@code counts} report: each measure of {@link Counts} for the selection and for all events. */
final class CountsTable extends BaseTable {
    private static final String[] MEASURES = {"events", "hosts", "sessions", "targets", "users", "login_attempts"};

    private final long[] selected;
    private final long[] total;

    CountsTable(DatasetIndex index, Counts selected, Counts total) {
        super(List.of(text("measure"), integer("selected"), integer("total")), index.zone(), index.store());
        this.selected = values(selected);
        this.total = values(total);
    }

    private static long[] values(Counts c) {
        return new long[] {c.events(), c.hosts(), c.sessions(), c.targets(), c.users(), c.loginAttempts()};
    }

    @Override
    public int rowCount() {
        return MEASURES.length;
    }

    @Override
    public long number(int row, int column) {
        return column == 1 ? selected[row] : column == 2 ? total[row] : Long.MIN_VALUE;
    }

    @Override
    String textCell(int row, int column) {
        return MEASURES[row];
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
