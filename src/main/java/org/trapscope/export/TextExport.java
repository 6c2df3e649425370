package org.trapscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.trapscope.analysis.ColumnType;

/**
 * The aligned text table printed on a terminal: columns padded to their widest cell (numbers
 * right-aligned), separated by two spaces. Control characters in log text are shown as
 * {@code ?} so a hostile subject cannot move the cursor or recolour the terminal.
 */
public final class TextExport {
    private TextExport() {
    }

    public static void write(ExportView view, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(view, writer);
        writer.flush();
    }

    public static void write(ExportView view, Writer out) throws IOException {
        int columns = view.columns().length;
        int rows = view.rowCount();
        int[] width = new int[columns];
        boolean[] right = new boolean[columns];
        String[][] cells = new String[rows][columns];
        for (int c = 0; c < columns; c++) {
            width[c] = view.header(c).length();
            ColumnType type = view.table().columns().get(view.columns()[c]).type();
            right[c] = type == ColumnType.INTEGER;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String cell = printable(view.text(r, c));
                cells[r][c] = cell;
                width[c] = Math.max(width[c], cell.length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            pad(line, view.header(c), width[c], right[c], c == columns - 1);
        }
        out.write(line.toString().stripTrailing());
        out.write('\n');
        for (String[] row : cells) {
            line.setLength(0);
            for (int c = 0; c < columns; c++) {
                pad(line, row[c], width[c], right[c], c == columns - 1);
            }
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
    }

    private static void pad(StringBuilder line, String cell, int width, boolean right, boolean last) {
        int gap = width - cell.length();
        if (right) {
            line.append(" ".repeat(gap)).append(cell);
        } else {
            line.append(cell);
            if (!last) {
                line.append(" ".repeat(gap));
            }
        }
        if (!last) {
            line.append("  ");
        }
    }

    static String printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                StringBuilder sb = new StringBuilder(text);
                for (int k = i; k < sb.length(); k++) {
                    if (Character.isISOControl(sb.charAt(k))) {
                        sb.setCharAt(k, '?');
                    }
                }
                return sb.toString();
            }
        }
        return text;
    }
}
