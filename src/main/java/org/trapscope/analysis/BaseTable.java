package org.trapscope.analysis;

import java.time.ZoneId;
import java.util.List;
import org.trapscope.store.EventStore;
import org.trapscope.store.IpTable;

/**
 * What the report tables share: numbers are kept as numbers and turned into text only when a
 * cell is shown, and address cells answer numeric sort keys from the address ids they hold.
 */
abstract class BaseTable implements ResultTable {
    private final List<Column> columns;
    private final ZoneId zone;
    private final EventStore store;
    private final IpTable ips;
    /** The row order last worked out for this table, as a kept report is shown (and sorted) again and again. */
    private volatile KeptOrder keptOrder;

    private record KeptOrder(List<SortKey> keys, int[] order) {
    }

    /** @param store the store whose address ids and string ids the cells hold */
    BaseTable(List<Column> columns, ZoneId zone, EventStore store) {
        this.columns = List.copyOf(columns);
        this.zone = zone;
        this.store = store;
        this.ips = store.ips();
    }

    /**
     * The row order for these keys when the table knows it without sorting (the pairs report
     * by ip, user), or null. It must be the stable order a sort would give.
     */
    int[] knownOrder(List<SortKey> keys) {
        return null;
    }

    /** The order last kept for exactly these keys, or null. */
    final int[] keptOrder(List<SortKey> keys) {
        KeptOrder kept = keptOrder;
        return kept != null && kept.keys().equals(keys) ? kept.order() : null;
    }

    /** Keeps the order unless a key column's values may still change, which would make it stale. */
    final void keepOrder(List<SortKey> keys, int[] order) {
        if (keys.stream().noneMatch(k -> mayChange(k.column()))) {
            keptOrder = new KeptOrder(List.copyOf(keys), order);
        }
    }

    /**
     * Whether a column's values may change while the table lives: text worked out per row rather
     * than taken from the store's strings, and the AS number, come from the host data, which
     * online answers update.
     */
    private boolean mayChange(int column) {
        Column c = columns.get(column);
        return c.type() == ColumnType.TEXT && !holdsStrings(column) || c.name().equals("asn");
    }

    @Override
    public final List<Column> columns() {
        return columns;
    }

    @Override
    public final ZoneId zone() {
        return zone;
    }

    @Override
    public final String text(int row, int column) {
        ColumnType type = columns.get(column).type();
        if (type == ColumnType.TEXT) {
            return textCell(row, column);
        }
        if (type == ColumnType.IP) {
            int id = ipId(row, column);
            return id < 0 ? "" : ips.text(id);
        }
        long value = number(row, column);
        if (value == Long.MIN_VALUE) {
            return "";
        }
        return switch (type) {
            case TIME -> TimeText.format(value, zone);
            case BOOLEAN -> value != 0 ? "yes" : "no";
            default -> Long.toString(value);
        };
    }

    @Override
    public long ipHigh(int row, int column) {
        int id = ipId(row, column);
        return id < 0 ? Long.MAX_VALUE : ips.hi(id);
    }

    @Override
    public long ipLow(int row, int column) {
        int id = ipId(row, column);
        return id < 0 ? Long.MAX_VALUE : ips.lo(id);
    }

    /** The addresses the IP cells' ids refer to. */
    final IpTable ips() {
        return ips;
    }

    /** The store whose strings {@link #stringId} refers to. */
    final EventStore store() {
        return store;
    }

    /**
     * Whether a TEXT column's cells are strings of the store's dictionary, answered by
     * {@link #stringId}, so a sort can rank them once per distinct string instead of per row.
     */
    boolean holdsStrings(int column) {
        return false;
    }

    /** The dictionary id of a cell of a column that {@link #holdsStrings holds strings}; -1 for none. */
    int stringId(int row, int column) {
        throw new IllegalStateException("column " + column + " holds no dictionary strings");
    }

    /** The text of a TEXT cell. */
    abstract String textCell(int row, int column);

    /** The address id of an IP cell, or -1 for none. */
    abstract int ipId(int row, int column);

    /** The AS number of an address as a cell value: none when enrichment does not know it. */
    static long asn(HostAttributes hosts, int ipId) {
        long asn = ipId < 0 ? -1 : hosts.asn(ipId);
        return asn < 0 ? Long.MIN_VALUE : asn;
    }

    /** A yes/no cell, or no value when membership cannot be known. */
    static long bool(boolean known, boolean value) {
        return known ? (value ? 1 : 0) : Long.MIN_VALUE;
    }

    static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER);
    }

    static Column time(String name) {
        return new Column(name, ColumnType.TIME);
    }

    static Column ip(String name) {
        return new Column(name, ColumnType.IP);
    }

    static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN);
    }
}
