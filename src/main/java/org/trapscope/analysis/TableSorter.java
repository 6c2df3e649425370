package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trapscope.store.IpAddress;

/**
 * Orders a table's rows by several columns, each ascending or descending, stably (rows that
 * compare equal keep their order, so sorting by one column and then another works as in a
 * spreadsheet). The cells of each key column are read into a primitive array once, and the
 * sort compares array entries: numbers and times as longs, addresses numerically (IPv4 before
 * IPv6), text case-insensitively. Rows without a value sort first when ascending.
 */
public final class TableSorter {
    private TableSorter() {
    }

    /** The row order: entry {@code i} is the row shown at position {@code i}. */
    public static int[] order(ResultTable table, List<SortKey> keys) {
        int rows = table.rowCount();
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        if (keys.isEmpty() || rows < 2) {
            return order;
        }
        List<IntSort.IntComparator> comparators = new ArrayList<>();
        for (SortKey key : keys) {
            IntSort.IntComparator c = comparator(table, key.column(), rows);
            comparators.add(key.descending() ? (a, b) -> c.compare(b, a) : c);
        }
        IntSort.IntComparator[] all = comparators.toArray(new IntSort.IntComparator[0]);
        IntSort.stable(order, (a, b) -> {
            for (IntSort.IntComparator c : all) {
                int r = c.compare(a, b);
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        });
        return order;
    }

    /**
     * Parses {@code COL[:asc|:desc],...} against the table's column names.
     *
     * @throws IllegalArgumentException naming the unknown column and the known ones
     */
    public static List<SortKey> parse(ResultTable table, String spec) {
        List<SortKey> keys = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean descending = false;
            int colon = p.lastIndexOf(':');
            if (colon >= 0) {
                String direction = p.substring(colon + 1).toLowerCase(Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw new IllegalArgumentException("sort direction must be asc or desc, not '" + direction + "'");
                }
                descending = direction.equals("desc");
                p = p.substring(0, colon);
            }
            int column = table.columnIndex(p);
            if (column < 0) {
                List<String> names = table.columns().stream().map(Column::name).toList();
                throw new IllegalArgumentException("no column '" + p + "' to sort by; columns: " + String.join(", ", names));
            }
            keys.add(new SortKey(column, descending));
        }
        return keys;
    }

    private static IntSort.IntComparator comparator(ResultTable table, int column, int rows) {
        switch (table.columns().get(column).type()) {
            case TEXT: {
                String[] text = new String[rows];
                for (int r = 0; r < rows; r++) {
                    text[r] = table.text(r, column);
                }
                return (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(text[a], text[b]);
            }
            case IP: {
                long[] hi = new long[rows];
                long[] lo = new long[rows];
                for (int r = 0; r < rows; r++) {
                    hi[r] = table.ipHigh(r, column);
                    lo[r] = table.ipLow(r, column);
                }
                return (a, b) -> {
                    int c = Long.compareUnsigned(rank(hi[a], lo[a]), rank(hi[b], lo[b]));
                    if (c != 0) {
                        return c;
                    }
                    c = Long.compareUnsigned(hi[a], hi[b]);
                    return c != 0 ? c : Long.compareUnsigned(lo[a], lo[b]);
                };
            }
            default: {
                long[] number = new long[rows];
                for (int r = 0; r < rows; r++) {
                    number[r] = table.number(r, column);
                }
                return (a, b) -> Long.compare(number[a], number[b]);
            }
        }
    }

    /** Missing addresses first, then IPv4 (the mapped form), then IPv6, as analysts expect. */
    private static long rank(long hi, long lo) {
        if (hi == Long.MAX_VALUE && lo == Long.MAX_VALUE) {
            return 0;
        }
        return IpAddress.isV4(hi, lo) ? 1 : 2;
    }
}
