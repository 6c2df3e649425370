package org.trapscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.trapscope.analysis.IpRange;

/**
 * A pf table file ({@code pfctl -t spammers -T replace -f FILE}): one address or CIDR block a
 * line, each once. Only valid addresses and blocks are written, so nothing from a log line can
 * end up in the firewall as anything else.
 */
public final class PfTable {
    private PfTable() {
    }

    /**
     * Writes the view's column {@code column} (e.g. {@code ip} or {@code network}); rows whose cell
     * is empty fall back to {@code fallbackColumn} when it is not null.
     */
    public static void write(ExportView view, String column, String fallbackColumn, OutputStream out)
            throws IOException {
        int c = view.table().columnIndex(column);
        if (c < 0) {
            throw new IllegalArgumentException("this report has no '" + column + "' column for a pf table");
        }
        int fallback = fallbackColumn == null ? -1 : view.table().columnIndex(fallbackColumn);
        Set<String> entries = new LinkedHashSet<>();
        for (int r = 0; r < view.rowCount(); r++) {
            int row = view.rows()[r];
            String entry = view.table().text(row, c);
            if (entry.isEmpty() && fallback >= 0) {
                entry = view.table().text(row, fallback);
            }
            if (entry.contains(" - ")) {
                // a registry range that is not one block: pf tables take addresses and CIDRs only
                entries.addAll(org.trapscope.enrich.IpRange.parse(entry).cidrs());
            } else if (!entry.isEmpty()) {
                IpRange.parse(entry);
                entries.add(entry);
            }
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
        for (String entry : entries) {
            writer.write(entry);
            writer.write('\n');
        }
        writer.flush();
    }
}
