package org.trapscope.ui.table;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * Puts a table's columns the way the user left them (order, widths, hidden ones) whenever they
 * are built, and remembers each change the user makes: a reordering or hiding at once, a width
 * once the drag has paused, since a drag changes the width at every mouse move.
 */
final class RememberedColumns {
    private static final Duration WIDTH_SETTLES = Duration.millis(400);

    private final TableView<Integer> table;
    private final ColumnMemory memory;
    private final PauseTransition widthPause = new PauseTransition(WIDTH_SETTLES);
    /** The columns in their default order, with their default widths. */
    private Map<String, TableColumn<Integer, ?>> defaults = Map.of();
    private Map<String, Double> defaultWidths = Map.of();
    /** True while the columns are being put in place, which is not a change by the user. */
    private boolean arranging;

    RememberedColumns(TableView<Integer> table, ColumnMemory memory) {
        this.table = table;
        this.memory = memory;
        widthPause.setOnFinished(e -> save());
        table.getColumns().addListener((ListChangeListener<TableColumn<Integer, ?>>) change -> changedByUser());
    }

    /** Shows newly built columns, given in default order at default widths, as the user left them. */
    void show(List<? extends TableColumn<Integer, ?>> columns) {
        if (widthPause.getStatus() == PauseTransition.Status.RUNNING) {
            // a width drag on the columns being replaced has not been saved yet
            widthPause.stop();
            save();
        }
        defaults = new LinkedHashMap<>();
        defaultWidths = new HashMap<>();
        for (TableColumn<Integer, ?> column : columns) {
            defaults.put(column.getText(), column);
            defaultWidths.put(column.getText(), column.getPrefWidth());
        }
        arrange(memory.layout());
        for (TableColumn<Integer, ?> column : columns) {
            column.visibleProperty().addListener((obs, was, now) -> changedByUser());
            column.widthProperty().addListener((obs, was, now) -> {
                if (!arranging) {
                    widthPause.playFromStart();
                }
            });
        }
    }

    /** Back to the default order and widths with every column shown, and forgets the saved layout. */
    void reset() {
        widthPause.stop();
        memory.remember(ColumnLayout.DEFAULT);
        arrange(ColumnLayout.DEFAULT);
    }

    private void arrange(ColumnLayout layout) {
        arranging = true;
        try {
            defaults.forEach((name, column) -> {
                column.setPrefWidth(layout.widths().getOrDefault(name, defaultWidths.get(name)));
                column.setVisible(!layout.hidden().contains(name));
            });
            table.getColumns().setAll(layout.arrange(List.copyOf(defaults.keySet())).stream().map(defaults::get).toList());
        } finally {
            arranging = false;
        }
    }

    private void changedByUser() {
        if (!arranging) {
            widthPause.stop();
            save();
        }
    }

    /** Saves the columns as shown; only widths the user changed, so new default widths still reach old columns. */
    private void save() {
        List<TableColumn<Integer, ?>> shown = table.getColumns();
        Map<String, Double> widths = new HashMap<>();
        for (TableColumn<Integer, ?> column : shown) {
            Double byDefault = defaultWidths.get(column.getText());
            if (byDefault != null && column.getWidth() != byDefault) {
                widths.put(column.getText(), column.getWidth());
            }
        }
        Set<String> hidden = shown.stream().filter(c -> !c.isVisible()).map(TableColumn::getText).collect(Collectors.toSet());
        memory.remember(new ColumnLayout(shown.stream().map(TableColumn::getText).toList(), widths, hidden));
    }
}
