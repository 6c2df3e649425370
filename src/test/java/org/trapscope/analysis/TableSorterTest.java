package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trapscope.store.IpAddress;
import org.trapscope.store.EventStore;
import org.trapscope.store.IpTable;

class TableSorterTest {
    /** name, count, ip: a small table written out by hand. */
    private static final class Table implements ResultTable {
        final String[] names = {"bob", "Alice", "carol", "alice", "dave"};
        final long[] counts = {3, 5, 3, Long.MIN_VALUE, 5};
        final String[] ips = {"11.2.3.45", "1.2.3.4", "2001:db8::1", "9.9.9.9", "1.2.3.10"};
        final long[] hits = {2, 1, 2, 0, 1};

        @Override
        public List<Column> columns() {
            return List.of(new Column("name", ColumnType.TEXT), new Column("count", ColumnType.INTEGER),
                    new Column("ip", ColumnType.IP), new Column("hits", ColumnType.INTEGER));
        }

        @Override
        public int rowCount() {
            return names.length;
        }

        @Override
        public String text(int row, int column) {
            return column == 0 ? names[row] : column == 2 ? ips[row] : Long.toString(number(row, column));
        }

        @Override
        public long number(int row, int column) {
            return column == 1 ? counts[row] : hits[row];
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("UTC");
        }
    }

    private final Table table = new Table();

    private int[] order(String spec) {
        return TableSorter.order(table, TableSorter.parse(table, spec));
    }

    @Test
    void textIgnoresCaseAndEqualRowsKeepTheirOrder() {
        assertArrayEquals(new int[] {1, 3, 0, 2, 4}, order("name"));
        assertArrayEquals(new int[] {4, 2, 0, 1, 3}, order("name:desc"));
    }

    @Test
    void numbersWithMissingValuesFirstAndSeveralKeys() {
        assertArrayEquals(new int[] {3, 0, 2, 1, 4}, order("count"));
        assertArrayEquals(new int[] {1, 4, 0, 2, 3}, order("count:desc,name"));
        assertArrayEquals(new int[] {4, 1, 2, 0, 3}, order("count:desc,name:desc"));
    }

    @Test
    void oneNumericKeyWithoutGapsIsStableBothWays() {
        assertArrayEquals(new int[] {3, 1, 4, 0, 2}, order("hits"));
        assertArrayEquals(new int[] {0, 2, 1, 4, 3}, order("hits:desc"));
    }

    /** The events report arrives in time order; newest first reverses the runs of equal times only. */
    @Test
    void rowsInOrderTurnAroundKeepingTiesInOrder() {
        long[] times = {1, 1, 2, 3, 3, 3, 5};
        ResultTable ascending = new ResultTable() {
            @Override
            public List<Column> columns() {
                return List.of(new Column("time", ColumnType.TIME));
            }

            @Override
            public int rowCount() {
                return times.length;
            }

            @Override
            public String text(int row, int column) {
                return Long.toString(times[row]);
            }

            @Override
            public long number(int row, int column) {
                return times[row];
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("UTC");
            }
        };
        assertArrayEquals(new int[] {6, 3, 4, 5, 2, 0, 1},
                TableSorter.order(ascending, TableSorter.parse(ascending, "time:desc")));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6},
                TableSorter.order(ascending, TableSorter.parse(ascending, "time")));
    }

    @Test
    void addressesSortNumericallyIpv4BeforeIpv6() {
        assertArrayEquals(new int[] {1, 4, 3, 0, 2}, order("ip"));
    }

    /** Report tables hold address ids: sorting ranks the ids, with the same order as the texts. */
    @Test
    void addressIdsOfReportTablesSortLikeTheAddresses() {
        IpTable ips = new IpTable();
        // interned in an order unlike the addresses' own
        String[] addresses = {"2001:db8::1", "9.9.9.9", "1.2.3.10", "11.2.3.45", "1.2.3.4", "::ffff:1.2.3.5"};
        long[] parsed = new long[2];
        int[] ids = new int[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            IpAddress.parse(addresses[i], parsed);
            ids[i] = ips.intern(parsed[0], parsed[1]);
        }
        int[] rowIds = {ids[3], -1, ids[0], ids[4], ids[1], ids[2], ids[4], ids[5]};
        BaseTable table = new BaseTable(List.of(new Column("ip", ColumnType.IP)), ZoneId.of("UTC"), storeOf(ips)) {
            @Override
            public int rowCount() {
                return rowIds.length;
            }

            @Override
            public long number(int row, int column) {
                return Long.MIN_VALUE;
            }

            @Override
            String textCell(int row, int column) {
                return "";
            }

            @Override
            int ipId(int row, int column) {
                return rowIds[row];
            }
        };
        // none; 1.2.3.4 twice (stable); 1.2.3.5 (mapped, so IPv4); 1.2.3.10; 9.9.9.9; 11.2.3.45; 2001:db8::1
        assertArrayEquals(new int[] {1, 3, 6, 7, 5, 4, 0, 2},
                TableSorter.order(table, TableSorter.parse(table, "ip")));
        assertArrayEquals(new int[] {2, 0, 4, 5, 7, 3, 6, 1},
                TableSorter.order(table, TableSorter.parse(table, "ip:desc")));

        // an address added after a sort takes its place in the next one
        IpAddress.parse("1.2.3.6", parsed);
        rowIds[1] = ips.intern(parsed[0], parsed[1]);
        assertArrayEquals(new int[] {3, 6, 7, 1, 5, 4, 0, 2},
                TableSorter.order(table, TableSorter.parse(table, "ip")));
    }

    /** Text cells that are strings of the store sort by the strings' case-insensitive order, ties stable. */
    @Test
    void dictionaryStringsSortCaseInsensitively() {
        String[] strings = {"root", "Admin", "0001", "admin", "test", "ADMIN2"};
        EventStore store = new EventStore(0, new long[0], new byte[0], new int[0], new int[0], new int[0],
                new char[0], new int[0], null, strings, new IpTable(), List.of(), List.of());
        int[] stringOfRow = {0, 3, -1, 1, 4, 2, 5};
        BaseTable table = new BaseTable(List.of(new Column("user", ColumnType.TEXT)), ZoneId.of("UTC"), store) {
            @Override
            public int rowCount() {
                return stringOfRow.length;
            }

            @Override
            public long number(int row, int column) {
                return Long.MIN_VALUE;
            }

            @Override
            String textCell(int row, int column) {
                return store.string(stringOfRow[row]);
            }

            @Override
            boolean holdsStrings(int column) {
                return true;
            }

            @Override
            int stringId(int row, int column) {
                return stringOfRow[row];
            }

            @Override
            int ipId(int row, int column) {
                return -1;
            }
        };
        // none; 0001; admin and Admin in row order; ADMIN2; root; test
        assertArrayEquals(new int[] {2, 5, 1, 3, 6, 0, 4},
                TableSorter.order(table, TableSorter.parse(table, "user")));
        assertArrayEquals(new int[] {4, 0, 6, 1, 3, 5, 2},
                TableSorter.order(table, TableSorter.parse(table, "user:desc")));
    }

    private static EventStore storeOf(IpTable ips) {
        return new EventStore(0, new long[0], new byte[0], new int[0], new int[0], new int[0], new char[0],
                new int[0], null, new String[0], ips, List.of(), List.of());
    }

    /** Three numeric columns with many ties, sorted by random keys, against a stable comparator sort. */
    private static final class Numbers implements ResultTable {
        final long[][] cells;

        Numbers(long[][] cells) {
            this.cells = cells;
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("a", ColumnType.INTEGER), new Column("b", ColumnType.INTEGER),
                    new Column("c", ColumnType.INTEGER));
        }

        @Override
        public int rowCount() {
            return cells.length;
        }

        @Override
        public String text(int row, int column) {
            return Long.toString(cells[row][column]);
        }

        @Override
        public long number(int row, int column) {
            return cells[row][column];
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("UTC");
        }
    }

    @Test
    void severalKeysAgreeWithAComparatorSortAlsoOnRowsAlreadyInOrder() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            long[][] cells = new long[1 + random.nextInt(60)][3];
            for (long[] row : cells) {
                row[0] = random.nextInt(4);
                row[1] = random.nextInt(3) * 1_000_000_007L; // too far apart to count
                row[2] = random.nextInt(5);
            }
            List<SortKey> keys = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                keys.add(new SortKey(random.nextInt(3), random.nextBoolean()));
            }
            Comparator<long[]> byKeys = (x, y) -> 0;
            for (SortKey key : keys) {
                Comparator<long[]> one = Comparator.comparingLong(row -> row[key.column()]);
                byKeys = byKeys.thenComparing(key.descending() ? one.reversed() : one);
            }
            if (random.nextBoolean()) {
                Arrays.sort(cells, byKeys); // rows made in the order asked for
            }
            Numbers table = new Numbers(cells);
            Integer[] expected = new Integer[cells.length];
            Arrays.setAll(expected, i -> i);
            Comparator<long[]> ordering = byKeys;
            Arrays.sort(expected, (x, y) -> ordering.compare(cells[x], cells[y]));
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                    TableSorter.order(table, keys), keys.toString());
        }
    }

    @Test
    void unknownColumnsAndDirectionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> order("nope"));
        assertThrows(IllegalArgumentException.class, () -> order("name:up"));
    }
}
