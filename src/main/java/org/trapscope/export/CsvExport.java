package org.trapscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (or tab-separated) export of a view: a header row with the column names, then one record
 * per row, times as {@code yyyy-MM-dd HH:mm:ss} in the source zone. Log data is attacker
 * controlled (subjects, user names), so no cell may reach a spreadsheet as a formula: values
 * starting with {@code = + - @}, tab or carriage return get a leading single quote, as OWASP
 * recommends; every other value is written unchanged.
 */
public final class CsvExport {
    private final CSVFormat format;

    private CsvExport(CSVFormat format) {
        this.format = format;
    }

    /** Comma-separated, RFC 4180 quoting, CRLF line ends. */
    public static CsvExport csv() {
        return new CsvExport(CSVFormat.RFC4180);
    }

    /** Tab-separated, quoting only where a value holds a tab, quote or line break. */
    public static CsvExport tsv() {
        return new CsvExport(CSVFormat.TDF.builder().setRecordSeparator('\n').get());
    }

    public void write(ExportView view, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(view, writer);
        writer.flush();
    }

    public void write(ExportView view, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, format);
        int columns = view.columns().length;
        for (int c = 0; c < columns; c++) {
            printer.print(view.header(c));
        }
        printer.println();
        for (int r = 0; r < view.rowCount(); r++) {
            for (int c = 0; c < columns; c++) {
                printer.print(neutralise(view.text(r, c)));
            }
            printer.println();
        }
        printer.flush();
    }

    /** The value as a spreadsheet must see it: a would-be formula gets a leading {@code '}. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
