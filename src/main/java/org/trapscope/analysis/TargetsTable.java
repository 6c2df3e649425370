package org.trapscope.analysis;

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
        return new TargetsTable(index, index.targetEvents().count(selection));
    }

    /** The same with the targets split into {@code parts} worked on in parallel. */
    static TargetsTable build(DatasetIndex index, EventSelection selection, int parts) {
        return new TargetsTable(index, index.targetEvents().count(selection, parts));
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
