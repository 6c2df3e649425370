package org.trapscope.ui.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.load.Dataset;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * Selected events as a report, one row per event, read straight from the columnar store: no row
 * objects, so the table stays cheap at ten million rows.
 */
public final class EventRows implements ResultTable {
    static final int TIME = 0;
    static final int KIND = 1;
    static final int HOST = 2;
    static final int USER = 3;
    static final int SENDER = 4;
    static final int TARGET = 5;
    static final int TEXT = 6;
    static final int PROGRAM = 7;
    static final int FILE = 8;

    private static final List<Column> COLUMNS = List.of(
            new Column("time", ColumnType.TIME),
            new Column("kind", ColumnType.TEXT),
            new Column("host", ColumnType.IP),
            new Column("user", ColumnType.TEXT),
            new Column("sender", ColumnType.TEXT),
            new Column("target", ColumnType.TEXT),
            new Column("text", ColumnType.TEXT),
            new Column("program", ColumnType.TEXT),
            new Column("file", ColumnType.TEXT));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final EventStore store;
    private final int[] events;
    private final ZoneId zone;
    private final DateTimeFormatter stamp;

    /** {@code events} are store indices; the array is not copied. */
    public EventRows(Dataset dataset, int[] events) {
        this.store = dataset.events();
        this.events = events;
        this.zone = store.files().isEmpty() ? ZoneOffset.UTC : store.files().get(0).zone();
        this.stamp = STAMP.withZone(zone);
    }

    /** The store index of the event in {@code row}. */
    public int event(int row) {
        return events[row];
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public int rowCount() {
        return events.length;
    }

    @Override
    public String text(int row, int column) {
        int e = events[row];
        switch (column) {
            case TIME:
                return store.kind(e) == EventKind.UNPARSED ? "" : stamp.format(Instant.ofEpochMilli(store.time(e)));
            case KIND:
                return store.kind(e).label();
            case HOST:
                return store.ipText(e);
            case USER:
                return store.string(store.user(e));
            case SENDER:
                return store.string(store.sender(e));
            case TARGET:
                return store.string(store.recipient(e));
            case TEXT:
                return store.string(store.text(e) >= 0 ? store.text(e) : store.lists(e));
            case PROGRAM:
                return store.origin(e).program();
            case FILE:
                return store.files().get(store.fileIndex(e)).path().getFileName().toString();
            default:
                throw new IndexOutOfBoundsException(column);
        }
    }

    @Override
    public long number(int row, int column) {
        return column == TIME ? store.time(events[row]) : Long.MIN_VALUE;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
