package org.trapscope.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Reports;
import org.trapscope.export.AtomicFile;
import org.trapscope.export.CsvExport;
import org.trapscope.export.ExportView;
import org.trapscope.export.PfTable;
import org.trapscope.export.RawExtract;
import org.trapscope.export.SpamdbTrapList;
import org.trapscope.export.XlsxExport;
import org.trapscope.load.RawLines;
import org.trapscope.ui.chart.PngImages;
import org.trapscope.ui.common.DialogService;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.selection.Selection;

/**
 * The export commands: ask where, write on a worker through a temporary file that replaces the
 * target only when complete, report the result in the status bar. What is written is what the
 * user sees: the view's rows and columns in their order, the filtered events, the chart as drawn.
 */
public final class ExportActions {
    private final Workers workers;
    private final DialogService dialogs;

    public ExportActions(Workers workers, DialogService dialogs) {
        this.workers = workers;
        this.dialogs = dialogs;
    }

    /** The view as CSV, safe to open in a spreadsheet (no cell becomes a formula). */
    public void csv(ExportView view, String name) {
        dialogs.chooseFileToSave("Export view as CSV", name + ".csv", "csv").ifPresent(path ->
                write(path, rows(view), out -> CsvExport.csv().write(view, out)));
    }

    /** The view as an xlsx workbook with text cells for names and addresses. */
    public void xlsx(ExportView view, String name) {
        if (view.rowCount() >= XlsxExport.MAX_ROWS) {
            dialogs.notify(String.format("%,d rows do not fit in a worksheet; export CSV instead.", view.rowCount()));
            return;
        }
        dialogs.chooseFileToSave("Export view as Excel workbook", name + ".xlsx", "xlsx").ifPresent(path ->
                write(path, rows(view), out -> XlsxExport.write(view, name, out)));
    }

    /** The original log lines of the filtered events, in time order, as an extract of the logs. */
    public void rawExtract(Selection selection) {
        if (selection.size() == 0) {
            dialogs.notify("No events to export: the filter selects none.");
            return;
        }
        rawExtract(selection.data().raw(), selection.events());
    }

    /** The original lines of the events selected in the events table, in time order. */
    public void rawExtractOfRows(Selection selection, ExportView selectedRows) {
        EventSelection events = Reports.eventsOfRows(selectedRows.table(), selectedRows.rows());
        if (events.size() == 0) {
            dialogs.notify("Select events in the Events table first.");
            return;
        }
        rawExtract(selection.data().raw(), events);
    }

    private void rawExtract(RawLines raw, EventSelection events) {
        dialogs.chooseFileToSave("Export raw log extract", "extract.log", "log").ifPresent(path ->
                write(path, String.format("%,d events", events.size()), out -> RawExtract.write(raw, events, out)));
    }

    /**
     * The selected rows' addresses (or their networks) as a pf table file; the address column
     * counts even when the user hid it.
     *
     * @param column {@code ip} or {@code network}; a row without a network falls back to its address
     */
    public void pfTable(ExportView selected, String column) {
        if (selected.rowCount() == 0 || selected.table().columnIndex(column) < 0) {
            dialogs.notify("Select hosts in a table with a " + column + " column (Hosts, Host–user pairs, Events) first.");
            return;
        }
        String fallback = column.equals("ip") ? null : "ip";
        ExportView everyColumn = ExportView.of(selected.table(), selected.rows());
        dialogs.chooseFileToSave("Export as pf table", "spammers.txt", "txt").ifPresent(path ->
                write(path, rows(selected), out -> PfTable.write(everyColumn, column, fallback, out)));
    }

    /** The view's {@code address} column as {@code spamdb -T -a} lines, for harvested spamtraps (W4). */
    public void spamdbTraps(ExportView view) {
        if (view.table().columnIndex("address") < 0) {
            dialogs.notify("Open the Harvest view to export new spamtraps.");
            return;
        }
        dialogs.chooseFileToSave("Export as spamdb commands", "new-spamtraps.sh", "sh").ifPresent(path ->
                write(path, rows(view), out -> SpamdbTrapList.write(view, out)));
    }

    /** The chart as drawn on screen, as PNG. The snapshot is taken now, on the FX thread. */
    public void chartPng(Supplier<Optional<Node>> chart) {
        Optional<Node> node = chart.get();
        if (node.isEmpty()) {
            dialogs.notify("Open the Timeline or Trapped hosts tab to save a chart.");
            return;
        }
        WritableImage image = node.get().snapshot(new SnapshotParameters(), null);
        dialogs.chooseFileToSave("Save chart as PNG", "chart.png", "png")
                .ifPresent(path -> write(path, "the chart", out -> PngImages.write(image, out)));
    }

    private static String rows(ExportView view) {
        return String.format("%,d rows", view.rowCount());
    }

    private void write(Path target, String what, AtomicFile.Content content) {
        workers.background().execute(() -> {
            String message;
            try {
                AtomicFile.write(target, content);
                message = "Exported " + what + " to " + target;
            } catch (IOException | RuntimeException e) {
                message = "Could not write " + target + ": " + e.getMessage();
            }
            String done = message;
            workers.ui().execute(() -> dialogs.notify(done));
        });
    }
}
