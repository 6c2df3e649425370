package org.trapscope.export;

import java.util.Arrays;
import org.trapscope.analysis.ResultTable;

/**
 * Exactly what a view shows: a table, the rows in display order and the visible columns in
 * display order. The workbench exports its current view through this; the command line builds
 * one from {@code --sort} and {@code --limit}.
 *
 * @param table   the report
 * @param rows    row indices in display order
 * @param columns column indices in display order
 */
public record ExportView(ResultTable table, int[] rows, int[] columns) {
    public ExportView {
        rows = rows.clone();
        columns = columns.clone();
    }

    /** All rows in table order, all columns. */
    public static ExportView of(ResultTable table) {
        int[] rows = new int[table.rowCount()];
        Arrays.setAll(rows, i -> i);
        return of(table, rows);
    }

    /** These rows, all columns. */
    public static ExportView of(ResultTable table, int[] rows) {
        int[] columns = new int[table.columns().size()];
        Arrays.setAll(columns, i -> i);
        return new ExportView(table, rows, columns);
    }

    /** The first {@code n} rows of this view. */
    public ExportView limit(int n) {
        return n >= rows.length ? this : new ExportView(table, Arrays.copyOf(rows, n), columns);
    }

    public int rowCount() {
        return rows.length;
    }

    /** The header name of the view's column {@code c}. */
    public String header(int c) {
        return table.columns().get(columns[c]).name();
    }

    /** The text of the cell at view position (r, c). */
    public String text(int r, int c) {
        return table.text(rows[r], columns[c]);
    }
}
