package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToLongFunction;
import org.trapscope.store.IpAddress;

/**
 * Orders a table's rows by several columns, each ascending or descending, stably (rows that
 * compare equal keep their order, so sorting by one column and then another works as in a
 * spreadsheet). Each key column becomes one long per row whose order is the column's order —
 * numbers and times as they are, text as its rank in case-insensitive order, addresses as their
 * numeric rank (IPv4 before IPv6) — and the rows are sorted key by key from the last to the
 * first: by counting when a key's values span at most a few times the rows, otherwise with the
 * JDK's primitive sort on (key, position) packed into a long. Rows without a value sort first when
 * ascending.
 */
public final class TableSorter {
    private TableSorter() {
    }

    /**
     * The row order: entry {@code i} is the row shown at position {@code i}. The last order of a
     * table is kept with it and handed out again for the same keys, so callers only read it.
     */
    public static int[] order(ResultTable table, List<SortKey> keys) {
        if (table instanceof BaseTable base) {
            int[] kept = base.keptOrder(keys);
            if (kept == null) {
                kept = base.knownOrder(keys);
            }
            if (kept == null) {
                kept = sort(table, keys);
                base.keepOrder(keys, kept);
            }
            return kept;
        }
        return sort(table, keys);
    }

    private static int[] sort(ResultTable table, List<SortKey> keys) {
        int rows = table.rowCount();
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        if (keys.size() > 1 && rows > 1) {
            long[][] values = new long[keys.size()][];
            for (int k = 0; k < values.length; k++) {
                values[k] = keyValues(table, keys.get(k).column(), rows);
            }
            if (inOrder(values, keys)) {
                return order; // rows made in this order (pairs by ip, user) need no pass per key
            }
            for (int k = keys.size() - 1; k >= 0; k--) {
                order = stableSortBy(order, values[k], keys.get(k).descending());
            }
            return order;
        }
        if (keys.isEmpty() || rows < 2) {
            return order;
        }
        SortKey key = keys.get(0);
        int column = key.column();
        if (isNumeric(table, column) && inOrder(table, column, order, key.descending())) {
            return order; // the events report comes in time order: no key array for ten million rows
        }
        if (isNumeric(table, column) && inOrder(table, column, order, !key.descending())) {
            return reverseRuns(order, row -> table.number(row, column)); // newest first, as cheaply
        }
        return stableSortBy(order, keyValues(table, column, rows), key.descending());
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

    /**
     * Reorders {@code order} by the rows' values, keeping the current order among equal values.
     * The values are first read out in the current order, once: after an earlier key the rows
     * are shuffled, and every later pass then reads them in sequence instead of at random.
     */
    private static int[] stableSortBy(int[] order, long[] values, boolean descending) {
        int rows = order.length;
        long[] current = new long[rows];
        for (int i = 0; i < rows; i++) {
            current[i] = values[order[i]];
        }
        if (sorted(current, descending)) {
            return order;
        }
        if (sorted(current, !descending)) {
            return reverseRuns(order, row -> values[row]);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : current) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // a count per possible value beats a comparison sort while the values span a few times the rows
        if (max - min >= 0 && max - min < 4L * rows) {
            return countingSort(order, current, descending, min, max);
        }
        if (max - min >= 0 && max - min < 1L << 32) {
            long[] packed = new long[rows];
            for (int i = 0; i < rows; i++) {
                long v = current[i];
                long k = descending ? max - v : v - min;
                packed[i] = k << 31 | i;
            }
            Arrays.parallelSort(packed);
            int[] sorted = new int[rows];
            for (int i = 0; i < rows; i++) {
                sorted[i] = order[(int) (packed[i] & 0x7FFF_FFFFL)];
            }
            return sorted;
        }
        // values too far apart to pack (missing values among epoch times): compare them directly
        int[] sorted = order.clone();
        IntSort.stable(sorted, descending ? (a, b) -> Long.compare(values[b], values[a])
                : (a, b) -> Long.compare(values[a], values[b]));
        return sorted;
    }

    /**
     * For keys whose values span not much more than the rows (ranks of addresses, texts, kinds, counts):
     * two passes over the rows, stable because rows are placed in their current order.
     */
    private static int[] countingSort(int[] order, long[] current, boolean descending, long min, long max) {
        int[] start = new int[(int) (max - min) + 2];
        for (long v : current) {
            start[(int) (descending ? max - v : v - min) + 1]++;
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            long v = current[i];
            sorted[start[(int) (descending ? max - v : v - min)]++] = order[i];
        }
        return sorted;
    }

    /** The rows in the other direction, rows of equal value keeping their order. */
    private static int[] reverseRuns(int[] order, IntToLongFunction valueOfRow) {
        int[] reversed = new int[order.length];
        int out = 0;
        for (int end = order.length; end > 0; ) {
            int begin = end - 1;
            long value = valueOfRow.applyAsLong(order[end - 1]);
            while (begin > 0 && valueOfRow.applyAsLong(order[begin - 1]) == value) {
                begin--;
            }
            System.arraycopy(order, begin, reversed, out, end - begin);
            out += end - begin;
            end = begin;
        }
        return reversed;
    }

    private static boolean isNumeric(ResultTable table, int column) {
        ColumnType type = table.columns().get(column).type();
        return type != ColumnType.TEXT && type != ColumnType.IP;
    }

    /** Whether the rows in this order are already sorted by a numeric column, read cell by cell. */
    private static boolean inOrder(ResultTable table, int column, int[] order, boolean descending) {
        long previous = table.number(order[0], column);
        for (int i = 1; i < order.length; i++) {
            long current = table.number(order[i], column);
            if (descending ? current > previous : current < previous) {
                return false;
            }
            previous = current;
        }
        return true;
    }

    /** Whether the rows as they stand are in the order of all the keys together. */
    private static boolean inOrder(long[][] values, List<SortKey> keys) {
        for (int i = 1; i < values[0].length; i++) {
            for (int k = 0; k < values.length; k++) {
                long previous = values[k][i - 1];
                long current = values[k][i];
                if (previous != current) {
                    if (keys.get(k).descending() ? current > previous : current < previous) {
                        return false;
                    }
                    break;
                }
            }
        }
        return true;
    }

    /** Whether the values are in order as they stand. */
    private static boolean sorted(long[] current, boolean descending) {
        for (int i = 1; i < current.length; i++) {
            if (descending ? current[i] > current[i - 1] : current[i] < current[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static long[] keyValues(ResultTable table, int column, int rows) {
        long[] values = new long[rows];
        switch (table.columns().get(column).type()) {
            case TEXT -> textRanks(table, column, values);
            case IP -> ipRanks(table, column, values);
            default -> {
                for (int r = 0; r < rows; r++) {
                    values[r] = table.number(r, column);
                }
            }
        }
        return values;
    }

    /** Each row's text as its rank among the distinct texts in case-insensitive order. */
    private static void textRanks(ResultTable table, int column, long[] values) {
        if (table instanceof BaseTable base && base.holdsStrings(column)) {
            int[] rankOfString = base.store().stringRanks();
            for (int r = 0; r < values.length; r++) {
                int id = base.stringId(r, column);
                values[r] = id < 0 ? -1 : rankOfString[id];
            }
            return;
        }
        Map<String, Integer> distinct = new HashMap<>();
        int[] textOfRow = new int[values.length];
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            String text = table.text(r, column);
            Integer id = distinct.get(text);
            if (id == null) {
                id = texts.size();
                distinct.put(text, id);
                texts.add(text);
            }
            textOfRow[r] = id;
        }
        int[] byText = new int[texts.size()];
        Arrays.setAll(byText, i -> i);
        IntSort.stable(byText, (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(texts.get(a), texts.get(b)));
        long[] rank = new long[byText.length];
        for (int i = 0; i < byText.length; i++) {
            boolean same = i > 0
                    && String.CASE_INSENSITIVE_ORDER.compare(texts.get(byText[i - 1]), texts.get(byText[i])) == 0;
            rank[byText[i]] = same ? rank[byText[i - 1]] : i;
        }
        for (int r = 0; r < values.length; r++) {
            values[r] = rank[textOfRow[r]];
        }
    }

    /** Each row's address as its numeric rank: missing first, then IPv4, then IPv6. */
    private static void ipRanks(ResultTable table, int column, long[] values) {
        if (table instanceof BaseTable base) {
            ipRanksById(base, column, values);
            return;
        }
        int rows = values.length;
        long[] hi = new long[rows];
        long[] lo = new long[rows];
        for (int r = 0; r < rows; r++) {
            hi[r] = table.ipHigh(r, column);
            lo[r] = table.ipLow(r, column);
        }
        int[] byAddress = new int[rows];
        Arrays.setAll(byAddress, i -> i);
        IntSort.stable(byAddress, (a, b) -> compareAddresses(hi[a], lo[a], hi[b], lo[b]));
        for (int i = 0; i < rows; i++) {
            int r = byAddress[i];
            int p = i > 0 ? byAddress[i - 1] : -1;
            boolean same = p >= 0 && hi[p] == hi[r] && lo[p] == lo[r];
            values[r] = same ? values[p] : i;
        }
    }

    /** Each row's address as the rank the address table keeps, one lookup per row. */
    private static void ipRanksById(BaseTable table, int column, long[] values) {
        int[] rankOfId = table.ips().addressRanks();
        for (int r = 0; r < values.length; r++) {
            int id = table.ipId(r, column);
            values[r] = id < 0 ? -1 : rankOfId[id];
        }
    }

    private static int compareAddresses(long hiA, long loA, long hiB, long loB) {
        int c = Integer.compare(family(hiA, loA), family(hiB, loB));
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(hiA, hiB);
        return c != 0 ? c : Long.compareUnsigned(loA, loB);
    }

    /** Missing addresses first, then IPv4 (the mapped form), then IPv6, as analysts expect. */
    private static int family(long hi, long lo) {
        if (hi == Long.MAX_VALUE && lo == Long.MAX_VALUE) {
            return 0;
        }
        return IpAddress.isV4(hi, lo) ? 1 : 2;
    }
}
