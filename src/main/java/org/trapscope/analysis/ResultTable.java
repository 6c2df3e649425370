package org.trapscope.analysis;

import java.time.ZoneId;
import java.util.List;
import org.trapscope.store.IpAddress;

/**
 * A report's rows, read by index: what the command line prints, the workbench shows in a
 * virtualised table and the exporters write. Implementations are immutable and columnar, so a
 * table of millions of rows costs a few arrays, not millions of objects.
 */
public interface ResultTable {
    List<Column> columns();

    int rowCount();

    /** The cell as shown and exported as text; empty string for no value. */
    String text(int row, int column);

    /**
     * The cell as a number, for INTEGER (the value), TIME (epoch milliseconds), BOOLEAN (1 or 0)
     * columns; {@link Long#MIN_VALUE} for no value. Undefined for TEXT and IP columns.
     */
    long number(int row, int column);

    /** The zone TIME cells are shown in. */
    ZoneId zone();

    /**
     * The high 64 bits of the 128-bit form of an IP cell (IPv4 as {@code ::ffff:a.b.c.d}), for
     * sorting addresses numerically. The default parses the cell text; tables that hold address
     * ids answer from them.
     */
    default long ipHigh(int row, int column) {
        long[] bits = new long[2];
        return IpAddress.parse(text(row, column), bits) ? bits[0] : Long.MAX_VALUE;
    }

    /** The low 64 bits of the 128-bit form of an IP cell; see {@link #ipHigh}. */
    default long ipLow(int row, int column) {
        long[] bits = new long[2];
        return IpAddress.parse(text(row, column), bits) ? bits[1] : Long.MAX_VALUE;
    }

    /** Index of the column with this exact name, or -1. */
    default int columnIndex(String name) {
        List<Column> cols = columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
