package org.trapscope.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.SortKey;
import org.trapscope.analysis.TableSorter;
import org.trapscope.export.AtomicFile;
import org.trapscope.export.CsvExport;
import org.trapscope.export.ExportView;
import org.trapscope.export.PfTable;
import org.trapscope.export.SpamdbTrapList;
import org.trapscope.export.TextExport;
import org.trapscope.export.XlsxExport;

/** Sorts, limits and writes a report in the chosen format to standard output or a file. */
final class ReportWriter {
    private final OutputArguments output;
    private final PrintWriter out;
    private final PrintWriter err;

    ReportWriter(OutputArguments output, PrintWriter out, PrintWriter err) {
        this.output = output;
        this.out = out;
        this.err = err;
    }

    /** Checks the options before anything is loaded, so bad usage fails fast. */
    static void validate(OutputArguments output, boolean hasIp, boolean hasAddress) {
        switch (output.format.toLowerCase(Locale.ROOT)) {
            case "text", "csv", "tsv" -> { }
            case "xlsx" -> {
                if (output.output == null) {
                    throw new IllegalArgumentException("--format xlsx needs -o FILE");
                }
            }
            case "pf" -> {
                if (!hasIp) {
                    throw new IllegalArgumentException("--format pf needs a report with an ip column (hosts, pairs)");
                }
            }
            case "spamdb" -> {
                if (!hasAddress) {
                    throw new IllegalArgumentException("--format spamdb needs a report with an address column "
                            + "(targets, harvest)");
                }
            }
            default -> throw new IllegalArgumentException("--format must be text, csv, tsv, xlsx, pf or spamdb");
        }
        if (output.limit != null && output.limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative");
        }
    }

    void write(ResultTable table, String name, List<SortKey> defaultSort) throws IOException {
        List<SortKey> keys = output.sort == null ? defaultSort : TableSorter.parse(table, output.sort);
        ExportView view = ExportView.of(table, TableSorter.order(table, keys));
        if (output.limit != null) {
            view = view.limit(output.limit);
        }
        ExportView finalView = view;
        String format = output.format.toLowerCase(Locale.ROOT);
        AtomicFile.Content content = stream -> {
            switch (format) {
                case "csv" -> CsvExport.csv().write(finalView, stream);
                case "tsv" -> CsvExport.tsv().write(finalView, stream);
                case "xlsx" -> XlsxExport.write(finalView, name, stream);
                case "pf" -> PfTable.write(finalView, output.pfNetworks ? "network" : "ip",
                        output.pfNetworks ? "ip" : null, stream);
                case "spamdb" -> {
                    int skipped = SpamdbTrapList.write(finalView, stream);
                    if (skipped > 0) {
                        err.println("trapscope: left out " + skipped + " addresses with characters unsafe in a shell");
                    }
                }
                default -> TextExport.write(finalView, stream);
            }
        };
        if (output.output != null) {
            AtomicFile.write(output.output, content);
        } else if (format.equals("csv") || format.equals("tsv") || format.equals("text")) {
            // straight to the writer: a big table is not held twice in memory
            switch (format) {
                case "csv" -> CsvExport.csv().write(finalView, out);
                case "tsv" -> CsvExport.tsv().write(finalView, out);
                default -> TextExport.write(finalView, out);
            }
            out.flush();
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            content.writeTo(bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
