package org.trapscope.ui.table;

import java.util.List;
import java.util.Locale;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.SortKey;

/**
 * Sorts report rows by several keys with a stable merge sort over a primitive {@code int[]}: no
 * boxing, and rows that tie on every key keep the report's own order. Numbers, times and yes/no
 * compare by {@link ResultTable#number}, text ignoring case, addresses numerically.
 */
public final class StableRowSort implements RowOrdering {
    @Override
    public int[] order(ResultTable table, List<SortKey> keys) {
        int n = table.rowCount();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        if (keys.isEmpty() || n < 2) {
            return rows;
        }
        RowComparator comparator = comparator(table, keys);
        mergeSort(rows, new int[n], 0, n, comparator);
        return rows;
    }

    interface RowComparator {
        int compare(int left, int right);
    }

    private static RowComparator comparator(ResultTable table, List<SortKey> keys) {
        RowComparator[] parts = new RowComparator[keys.size()];
        for (int k = 0; k < parts.length; k++) {
            SortKey key = keys.get(k);
            RowComparator ascending = single(table, key.column());
            parts[k] = key.descending() ? (l, r) -> ascending.compare(r, l) : ascending;
        }
        return (l, r) -> {
            for (RowComparator part : parts) {
                int c = part.compare(l, r);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static RowComparator single(ResultTable table, int column) {
        ColumnType type = table.columns().get(column).type();
        switch (type) {
            case INTEGER:
            case TIME:
            case BOOLEAN:
                return (l, r) -> Long.compare(table.number(l, column), table.number(r, column));
            case IP:
                return (l, r) -> AddressOrder.compare(table.text(l, column), table.text(r, column));
            default:
                return (l, r) -> table.text(l, column).toLowerCase(Locale.ROOT)
                        .compareTo(table.text(r, column).toLowerCase(Locale.ROOT));
        }
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, RowComparator c) {
        if (to - from < 24) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && c.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, c);
        mergeSort(a, tmp, mid, to, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && c.compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
