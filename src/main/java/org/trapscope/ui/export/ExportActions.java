package org.trapscope.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.trapscope.load.RawLines;
import org.trapscope.ui.chart.PngImages;
import org.trapscope.ui.common.DialogService;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.selection.EventSelection;

/**
 * The export commands: ask where, write on a worker through a temporary file, report the result
 * in the status bar. What is written is what the user sees: the filtered events, the chart as
 * drawn.
 */
public final class ExportActions {
    private final Workers workers;
    private final DialogService dialogs;

    public ExportActions(Workers workers, DialogService dialogs) {
        this.workers = workers;
        this.dialogs = dialogs;
    }

    /** The original log lines of the selected events, in time order, as an extract of the logs. */
    public void rawExtract(EventSelection selection, RawLines lines) {
        if (selection.size() == 0) {
            dialogs.notify("No events to export: the filter selects none.");
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave("Export raw log extract", "extract.log", "log");
        target.ifPresent(path -> write(path, String.format("%,d events", selection.size()),
                out -> lines.write(selection.events(), selection.size(), out)));
    }

    /** The chart as drawn on screen, as PNG. The snapshot is taken now, on the FX thread. */
    public void chartPng(Supplier<Optional<Node>> chart) {
        Optional<Node> node = chart.get();
        if (node.isEmpty()) {
            dialogs.notify("Open the Timeline or Trapped hosts tab to save a chart.");
            return;
        }
        WritableImage image = node.get().snapshot(new SnapshotParameters(), null);
        dialogs.chooseFileToSave("Save chart as PNG", "timeline.png", "png")
                .ifPresent(path -> write(path, "the chart", out -> PngImages.write(image, out)));
    }

    private void write(Path target, String what, AtomicFiles.Writer writer) {
        workers.background().execute(() -> {
            String message;
            try {
                AtomicFiles.write(target, writer);
                message = "Exported " + what + " to " + target;
            } catch (IOException | RuntimeException e) {
                message = "Could not write " + target + ": " + e.getMessage();
            }
            String done = message;
            workers.ui().execute(() -> dialogs.notify(done));
        });
    }
}
