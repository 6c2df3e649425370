package org.trapscope.ui.table;

import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * "Rows 100,001–200,000 of 10,905,339" with buttons to the first, previous, next and last page
 * under a table whose rows do not fit one page; hidden otherwise.
 */
final class TablePager extends HBox {
    private final ReportTableViewModel viewModel;
    private final Label range = new Label();
    private final Button first = new Button("First");
    private final Button previous = new Button("◀");
    private final Button next = new Button("▶");
    private final Button last = new Button("Last");

    TablePager(ReportTableViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        getStyleClass().add("ts-table-pager");
        setAlignment(Pos.CENTER_RIGHT);
        first.setTooltip(new Tooltip("First page"));
        previous.setTooltip(new Tooltip("Previous page"));
        next.setTooltip(new Tooltip("Next page"));
        last.setTooltip(new Tooltip("Last page"));
        first.setOnAction(e -> viewModel.showPageAt(0));
        previous.setOnAction(e -> viewModel.previousPage());
        next.setOnAction(e -> viewModel.nextPage());
        last.setOnAction(e -> viewModel.showPageAt(Integer.MAX_VALUE));
        range.setId("pageRange");
        getChildren().addAll(range, first, previous, next, last);
        viewModel.pageProperty().addListener(this::update);
        update(null);
    }

    private void update(Observable changed) {
        boolean paged = viewModel.paged();
        setVisible(paged);
        setManaged(paged);
        int start = viewModel.pageStartProperty().get();
        int total = viewModel.rows().size();
        range.setText(String.format("Rows %,d–%,d of %,d", start + 1, start + viewModel.page().size(), total));
        boolean atStart = start == 0;
        boolean atEnd = start + viewModel.page().size() >= total;
        first.setDisable(atStart);
        previous.setDisable(atStart);
        next.setDisable(atEnd);
        last.setDisable(atEnd);
    }
}
