package org.trapscope.ui.main;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.trapscope.ui.enrich.OnlineLookups;
import org.trapscope.ui.load.LoadViewModel;

/**
 * The bottom line: counts of the filtered view next to the totals, the filter in force with a
 * one-click Clear, the load progress with Cancel, the online lookups waiting with Cancel, and the
 * problems button.
 */
final class WorkbenchStatusBar extends StatusBar {
    WorkbenchStatusBar(WorkbenchViewModel viewModel, OnlineLookups online, Runnable showProblems) {
        setId("statusBar");
        textProperty().bind(viewModel.countsProperty());
        Label filter = new Label();
        filter.setId("filterDescription");
        filter.textProperty().bind(Bindings.concat("Filter: ", viewModel.filterDescriptionProperty()));
        filter.setMaxWidth(420);
        filter.setMaxHeight(Double.MAX_VALUE);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(filter.textProperty());
        filter.setTooltip(whole);
        Button clear = new Button("Clear filter");
        clear.setId("clearFilterStatus");
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.filterProperty().get().isEmpty(),
                viewModel.filterProperty()));
        clear.setOnAction(e -> viewModel.clearFilter());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        getLeftItems().addAll(filter, clear, new Separator());

        LoadViewModel loading = viewModel.loading();
        ProgressBar bar = new ProgressBar();
        bar.setId("loadProgress");
        bar.progressProperty().bind(loading.progressProperty());
        Label progress = new Label();
        progress.textProperty().bind(loading.progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLoad");
        cancel.setOnAction(e -> loading.cancel());
        for (Node node : List.of(bar, progress, cancel)) {
            node.visibleProperty().bind(loading.runningProperty());
            node.managedProperty().bind(loading.runningProperty());
        }
        Label onlineWaiting = new Label();
        onlineWaiting.setId("onlineWaiting");
        onlineWaiting.textProperty().bind(Bindings.format("Online: %,d waiting", online.waitingProperty()));
        Button cancelOnline = new Button("Cancel");
        cancelOnline.setId("cancelOnline");
        cancelOnline.setTooltip(new Tooltip("Drop the online lookups still waiting"));
        cancelOnline.setOnAction(e -> online.cancelAll());
        for (Node node : List.of(onlineWaiting, cancelOnline)) {
            node.visibleProperty().bind(online.waitingProperty().greaterThan(0));
            node.managedProperty().bind(node.visibleProperty());
        }
        Button problems = new Button();
        problems.setId("problemsButton");
        problems.getStyleClass().add("ts-problems-button");
        problems.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problems().size() == 1
                ? "1 problem" : String.format("%,d problems", viewModel.problems().size()), viewModel.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setTooltip(new Tooltip("What could not be read while opening"));
        problems.setOnAction(e -> showProblems.run());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("busyIndicator");
        working.setPrefSize(16, 16);
        working.visibleProperty().bind(viewModel.busyBinding());
        working.managedProperty().bind(working.visibleProperty());
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(viewModel.messageProperty());
        getRightItems().addAll(working, message, progress, bar, cancel, onlineWaiting, cancelOnline, problems);
    }
}
