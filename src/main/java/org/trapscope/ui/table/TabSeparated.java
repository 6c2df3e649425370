package org.trapscope.ui.table;

import org.trapscope.analysis.ResultTable;

/** Rows as tab-separated text with a header line; tabs and line breaks inside cells become spaces. */
public final class TabSeparated {
    private TabSeparated() {
    }

    public static String of(ResultTable table) {
        StringBuilder sb = new StringBuilder();
        int columns = table.columns().size();
        for (int c = 0; c < columns; c++) {
            sb.append(c == 0 ? "" : "\t").append(table.columns().get(c).name());
        }
        sb.append('\n');
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < columns; c++) {
                sb.append(c == 0 ? "" : "\t").append(clean(table.text(r, c)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
