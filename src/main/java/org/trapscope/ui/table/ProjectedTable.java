package org.trapscope.ui.table;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ResultTable;

/**
 * A report as the user sees it: only the shown columns in their on-screen order and the rows in
 * display order. Exporters and the clipboard take this, so a file holds exactly what the table
 * shows.
 */
public final class ProjectedTable implements ResultTable {
    private final ResultTable source;
    private final int[] rows;
    private final int[] columns;
    private final List<Column> columnList;

    /** {@code rows} and {@code columns} are indices into {@code source}; the arrays are not copied. */
    public ProjectedTable(ResultTable source, int[] rows, int[] columns) {
        this.source = source;
        this.rows = rows;
        this.columns = columns;
        List<Column> list = new ArrayList<>(columns.length);
        for (int c : columns) {
            list.add(source.columns().get(c));
        }
        this.columnList = List.copyOf(list);
    }

    @Override
    public List<Column> columns() {
        return columnList;
    }

    @Override
    public int rowCount() {
        return rows.length;
    }

    @Override
    public String text(int row, int column) {
        return source.text(rows[row], columns[column]);
    }

    @Override
    public long number(int row, int column) {
        return source.number(rows[row], columns[column]);
    }

    @Override
    public ZoneId zone() {
        return source.zone();
    }

    /** The row of the underlying report shown at display position {@code row}. */
    public int sourceRow(int row) {
        return rows[row];
    }
}
