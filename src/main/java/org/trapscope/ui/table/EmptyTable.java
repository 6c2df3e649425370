package org.trapscope.ui.table;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ResultTable;

/** The report shown before anything is loaded: no columns, no rows. */
enum EmptyTable implements ResultTable {
    INSTANCE;

    @Override
    public List<Column> columns() {
        return List.of();
    }

    @Override
    public int rowCount() {
        return 0;
    }

    @Override
    public String text(int row, int column) {
        throw new IndexOutOfBoundsException(row);
    }

    @Override
    public long number(int row, int column) {
        throw new IndexOutOfBoundsException(row);
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }
}
