package org.trapscope.ui.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.SortKey;

class StableRowSortTest {
    /** host, country, attempts. */
    private static final String[][] ROWS = {
        {"10.0.0.2", "NO", "5"},
        {"9.255.0.1", "de", "7"},
        {"10.0.0.10", "no", "5"},
        {"2001:db8::1", "DE", "1"},
        {"", "SE", "7"},
    };

    private static final ResultTable TABLE = new ResultTable() {
        @Override
        public List<Column> columns() {
            return List.of(new Column("host", ColumnType.IP), new Column("country", ColumnType.TEXT),
                    new Column("attempts", ColumnType.INTEGER));
        }

        @Override
        public int rowCount() {
            return ROWS.length;
        }

        @Override
        public String text(int row, int column) {
            return ROWS[row][column];
        }

        @Override
        public long number(int row, int column) {
            return Long.parseLong(ROWS[row][column]);
        }

        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }
    };

    private final StableRowSort sort = new StableRowSort();

    @Test
    void noKeysKeepTheReportsOrder() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, sort.order(TABLE, List.of()));
    }

    @Test
    void addressesSortNumericallyIpv4BeforeIpv6AndEmptyLast() {
        assertArrayEquals(new int[] {1, 0, 2, 3, 4}, sort.order(TABLE, List.of(new SortKey(0, false))));
    }

    @Test
    void numbersSortDescendingAndTiesKeepTheirOrder() {
        assertArrayEquals(new int[] {1, 4, 0, 2, 3}, sort.order(TABLE, List.of(new SortKey(2, true))));
    }

    @Test
    void aSecondKeyOrdersWithinTheFirstAndTextIgnoresCase() {
        assertArrayEquals(new int[] {3, 1, 0, 2, 4},
                sort.order(TABLE, List.of(new SortKey(1, false), new SortKey(2, false))));
    }

    @Test
    void largeTablesSortTheSameAsAComparatorSort() {
        int n = 50_000;
        long[] values = new java.util.Random(7).longs(n, 0, 1000).toArray();
        ResultTable big = new ResultTable() {
            @Override
            public List<Column> columns() {
                return List.of(new Column("n", ColumnType.INTEGER));
            }

            @Override
            public int rowCount() {
                return n;
            }

            @Override
            public String text(int row, int column) {
                return Long.toString(values[row]);
            }

            @Override
            public long number(int row, int column) {
                return values[row];
            }

            @Override
            public ZoneId zone() {
                return ZoneOffset.UTC;
            }
        };
        int[] expected = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.comparingLong(r -> values[r])).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, sort.order(big, List.of(new SortKey(0, false))));
    }
}
