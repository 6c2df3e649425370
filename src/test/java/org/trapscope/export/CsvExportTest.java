package org.trapscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;

/**
 * Formula neutralisation for the two starts that are not visible characters: a value beginning
 * with TAB or CR is read by some spreadsheets as the formula after it, so it gets the leading
 * quote like {@code = + - @}; a TAB or CR later in a value changes nothing.
 */
class CsvExportTest {
    private static final List<String> VALUES = List.of(
            "\t=cmd|' /C calc'!A0", "\r=HYPERLINK(\"http://x.example\")", "\t", "\r", "a\tb", "a\rb", "", "plain");

    @Test
    void aLeadingTabOrCarriageReturnGetsTheQuote() {
        assertEquals("'\t=cmd|' /C calc'!A0", CsvExport.neutralise("\t=cmd|' /C calc'!A0"));
        assertEquals("'\r=HYPERLINK(\"http://x.example\")", CsvExport.neutralise("\r=HYPERLINK(\"http://x.example\")"));
        assertEquals("'\t", CsvExport.neutralise("\t"));
        assertEquals("'\r", CsvExport.neutralise("\r"));
        assertEquals("'\tplain", CsvExport.neutralise("\tplain"), "whatever follows");
    }

    @Test
    void tabsAndCarriageReturnsInsideAValueAreLeftAlone() {
        assertEquals("a\tb", CsvExport.neutralise("a\tb"));
        assertEquals("a\rb", CsvExport.neutralise("a\rb"));
        assertEquals("", CsvExport.neutralise(""));
    }

    @Test
    void csvFilesCarryTheQuotedValuesIntact() throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.csv().write(ExportView.of(table(VALUES)), out);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(List.of("user", "attempts"), records.get(0).toList());
        List<String> cells = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            cells.add(r.get(0));
            assertEquals("1", r.get(1));
        }
        assertEquals(List.of("'\t=cmd|' /C calc'!A0", "'\r=HYPERLINK(\"http://x.example\")", "'\t", "'\r", "a\tb",
                "a\rb", "", "plain"), cells);
        // the CR values are quoted so that they stay one record each
        assertTrue(out.toString().contains("\"'\r\",1\r\n"), out.toString());
    }

    @Test
    void tsvQuotesTheTabThatWouldOtherwiseSplitTheField() throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.tsv().write(ExportView.of(table(List.of("\tcalc", "\rcalc", "x"))), out);
        List<String> lines = List.of(out.toString().split("\n", -1));
        assertEquals("user\tattempts", lines.get(0));
        assertEquals("\"'\tcalc\"\t1", lines.get(1));
        assertEquals("\"'\rcalc\"\t1", lines.get(2));
        assertEquals("x\t1", lines.get(3));
        assertEquals("", lines.get(4));
        assertEquals(5, lines.size());
    }

    /** A report of one text column and a count of 1 per row. */
    private static ResultTable table(List<String> values) {
        return new ResultTable() {
            @Override
            public List<Column> columns() {
                return List.of(new Column("user", ColumnType.TEXT), new Column("attempts", ColumnType.INTEGER));
            }

            @Override
            public int rowCount() {
                return values.size();
            }

            @Override
            public String text(int row, int column) {
                return column == 0 ? values.get(row) : "1";
            }

            @Override
            public long number(int row, int column) {
                return column == 0 ? Long.MIN_VALUE : 1;
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("UTC");
            }
        };
    }
}
