package org.trapscope.analysis;

import java.util.List;
import org.trapscope.store.EventKind;
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

    private SubjectsTable(DatasetIndex index, GroupStats rows) {
        super(List.of(text("subject"), integer("sessions"), integer("hosts"), time("first_seen"),
                time("last_seen")), index.zone(), index.store().ips());
        this.store = index.store();
        this.rows = rows;
    }

    static SubjectsTable build(DatasetIndex index, EventSelection selection) {
        EventStore store = index.store();
        GroupStats rows = GroupStats.dense(store.stringCount());
        DistinctPerSession sessions = new DistinctPerSession(store.sessions().size());
        // rows are numbered 0.. per distinct subject, so (row, host) pairs fit a small bitmap
        DistinctHosts hosts = new DistinctHosts(index.subjectCount(), store.ips().size());
        int subjectKind = EventKind.SUBJECT.ordinal();
        for (int e : selection.array()) {
            if (store.kindOrdinal(e) != subjectKind) {
                continue;
            }
            int subject = store.text(e);
            if (subject < 0) {
                continue;
            }
            int row = rows.touch(subject, 0, store.time(e));
            int session = store.session(e);
            if (session < 0 || sessions.add(session, subject)) {
                rows.addDistinctA(row);
            }
            int ip = store.ip(e);
            if (ip >= 0 && hosts.add(row, ip)) {
                rows.addDistinctB(row);
            }
        }
        return new SubjectsTable(index, rows);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case SESSIONS -> rows.distinctA(row);
            case HOSTS -> rows.distinctB(row);
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
    int ipId(int row, int column) {
        return -1;
    }
}
