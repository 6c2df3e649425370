package org.trapscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.cli.Version;

/**
 * A one-sheet xlsx workbook of a view. Text, user names, addresses and IPs are string cells, so
 * a spreadsheet keeps {@code 0001}, {@code 1e5} or {@code =cmd} as typed; counts are numbers and
 * times are date cells in the source zone's wall-clock time.
 */
public final class XlsxExport {
    /** The most rows a worksheet can have, header included. */
    public static final int MAX_ROWS = 1_048_576;
    private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    private static final int FLUSH_EVERY = 4096;

    private XlsxExport() {
    }

    public static void write(ExportView view, String sheetName, OutputStream out) throws IOException {
        if (view.rowCount() + 1 > MAX_ROWS) {
            throw new IOException(view.rowCount() + " rows do not fit in an xlsx sheet (at most "
                    + (MAX_ROWS - 1) + "); narrow the filter, use --limit or write csv");
        }
        ResultTable table = view.table();
        int columns = view.columns().length;
        ColumnType[] types = new ColumnType[columns];
        for (int c = 0; c < columns; c++) {
            types[c] = table.columns().get(view.columns()[c]).type();
        }
        Workbook workbook = new Workbook(out, "Trapscope", xlsxVersion());
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns; c++) {
            sheet.value(0, c, view.header(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < view.rowCount(); r++) {
            int row = view.rows()[r];
            for (int c = 0; c < columns; c++) {
                int column = view.columns()[c];
                switch (types[c]) {
                    case INTEGER -> {
                        long v = table.number(row, column);
                        if (v != Long.MIN_VALUE) {
                            sheet.value(r + 1, c, v);
                        }
                    }
                    case TIME -> {
                        long v = table.number(row, column);
                        if (v != Long.MIN_VALUE) {
                            sheet.value(r + 1, c, LocalDateTime.ofInstant(Instant.ofEpochMilli(v), table.zone()));
                            sheet.style(r + 1, c).format(TIME_FORMAT).set();
                        }
                    }
                    default -> {
                        String text = table.text(row, column);
                        if (!text.isEmpty()) {
                            sheet.value(r + 1, c, text);
                        }
                    }
                }
            }
            if (r % FLUSH_EVERY == FLUSH_EVERY - 1) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    /** fastexcel wants an application version of the form digits.digits. */
    private static String xlsxVersion() {
        String v = Version.text();
        return v.matches("\\d+\\.\\d+.*") ? v.replaceAll("^(\\d+\\.\\d+).*", "$1") : "1.0";
    }
}
