package org.trapscope.ui.events;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.trapscope.analysis.Reports;
import org.trapscope.ui.table.ReportTableView;

/** The events table with the raw line of the selected event underneath. */
public final class EventsView extends SplitPane {
    public EventsView(ReportTableView table, EventDetailViewModel detail) {
        setOrientation(Orientation.VERTICAL);
        table.setId("eventsTable");
        TextField raw = new TextField();
        raw.setId("rawLine");
        raw.setEditable(false);
        raw.getStyleClass().add("ts-raw-line");
        raw.setPromptText("Select an event to see its original log line");
        raw.textProperty().bind(detail.rawLineProperty());
        Label origin = new Label();
        origin.getStyleClass().add("ts-chart-hint");
        origin.textProperty().bind(detail.originProperty());
        VBox pane = new VBox(4, raw, origin);
        pane.setMinHeight(0);
        getItems().addAll(table.withPager(), pane);
        setDividerPositions(0.88);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            detail.show(row == null ? -1 : Reports.eventOfRow(table.report(), row));
        });
    }
}
