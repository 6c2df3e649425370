package org.trapscope.ui.table;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.SortKey;
import org.trapscope.export.CsvExport;
import org.trapscope.export.ExportView;
import org.trapscope.ui.common.IndexList;

/**
 * A virtualised table that shows any {@link ResultTable}: one column per report column, cells
 * read by row index, numbers right-aligned. Header clicks (shift-click adds keys) go to the view
 * model as sort keys instead of TableView's own sort, which would call the cell factories
 * millions of times.
 */
public final class ReportTableView extends TableView<Integer> {
    private static final double ROW_HEIGHT = 26;

    private final ReportTableViewModel viewModel;
    private final RememberedColumns rememberedColumns;
    /** The column headers' menu. */
    private final ContextMenu headerMenu = new ContextMenu();
    private List<Column> shownColumns = List.of();
    private boolean swappingRows;
    private BiFunction<Integer, Integer, List<MenuItem>> cellActions = (row, column) -> List.of();

    public ReportTableView(ReportTableViewModel viewModel, ColumnMemory columnMemory) {
        this.viewModel = viewModel;
        this.rememberedColumns = new RememberedColumns(this, columnMemory);
        MenuItem resetColumns = new MenuItem("Reset columns");
        resetColumns.setId("resetColumns");
        resetColumns.setOnAction(e -> rememberedColumns.reset());
        headerMenu.getItems().add(resetColumns);
        getStyleClass().add("ts-report-table");
        setItems(viewModel.page());
        viewModel.pageProperty().addListener((obs, old, rows) -> showRows(rows));
        setFixedCellSize(ROW_HEIGHT);
        setRowFactory(table -> new TableRow<>() {
            /*
             * The items are report row numbers, so row 0 of a new report equals row 0 of the old
             * one and TableView would keep the old texts on screen. Each list hands out its own
             * Integer objects, and a row redraws when given another object.
             */
            @Override
            protected boolean isItemChanged(Integer oldItem, Integer newItem) {
                return oldItem != newItem;
            }
        });
        setTableMenuButtonVisible(true);
        setPlaceholder(new Label("Nothing to show. Open logs with File ▸ Open (Ctrl+O) or drop them here; "
                + "a filter that selects nothing is cleared with Clear."));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setSortPolicy(table -> {
            if (!swappingRows) {
                viewModel.requestSort(sortKeys());
            }
            return true;
        });
        viewModel.tableProperty().addListener((obs, old, next) -> rebuildColumnsIfChanged(next));
        rebuildColumnsIfChanged(viewModel.table());
        setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)) {
                copySelection();
                event.consume();
            }
        });
    }

    /** This table with the pager under it that pages through more rows than the table is given at once. */
    public Node withPager() {
        BorderPane paged = new BorderPane(this);
        paged.setBottom(new TablePager(viewModel));
        return paged;
    }

    /**
     * Hands the table a new list per order and page: a change event listing millions of removed
     * rows would box them all. TableView clears its sort order when its items are replaced, so the
     * order is put back, without asking for another sort, and the selection (positions of the old
     * order) is dropped. New rows are shown from the top, as a page is read.
     */
    private void showRows(IndexList rows) {
        List<TableColumn<Integer, ?>> order = List.copyOf(getSortOrder());
        swappingRows = true;
        try {
            // to the top first: a position deep in the old rows may lie past the end of the new ones
            scrollTo(0);
            setItems(rows);
            getSortOrder().setAll(order);
        } finally {
            swappingRows = false;
        }
    }

    /** Menu entries for a right-click on a cell, given its report row and report column. */
    public void setCellActions(BiFunction<Integer, Integer, List<MenuItem>> actions) {
        this.cellActions = actions;
    }

    /** The report as shown: visible columns in on-screen order, the rows of every page in display order. */
    public ExportView shown() {
        return new ExportView(viewModel.table(), viewModel.rows().indices(), visibleColumnIndices());
    }

    /** The selected rows only (of the page shown), in display order, columns as shown. */
    public ExportView shownSelection() {
        int[] positions = getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(positions);
        IndexList page = viewModel.page();
        int[] rows = new int[positions.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = page.at(positions[i]);
        }
        return new ExportView(viewModel.table(), rows, visibleColumnIndices());
    }

    /** The report on screen. */
    public ResultTable report() {
        return viewModel.table();
    }

    /** Copies the selected rows as tab-separated text with a header line, as spreadsheets paste it. */
    public void copySelection() {
        ExportView selection = shownSelection();
        if (selection.rowCount() == 0) {
            return;
        }
        StringWriter text = new StringWriter();
        try {
            CsvExport.tsv().write(selection, text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        toClipboard(text.toString());
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private int[] visibleColumnIndices() {
        List<TableColumn<Integer, ?>> visible = getVisibleLeafColumns();
        int[] columns = new int[visible.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = (Integer) visible.get(i).getUserData();
        }
        return columns;
    }

    private List<SortKey> sortKeys() {
        List<SortKey> keys = new ArrayList<>();
        for (TableColumn<Integer, ?> column : getSortOrder()) {
            keys.add(new SortKey((Integer) column.getUserData(), column.getSortType() == TableColumn.SortType.DESCENDING));
        }
        return keys;
    }

    private void rebuildColumnsIfChanged(ResultTable table) {
        if (table.columns().equals(shownColumns)) {
            return;
        }
        shownColumns = table.columns();
        getSortOrder().clear();
        List<TableColumn<Integer, String>> columns = new ArrayList<>();
        for (int c = 0; c < shownColumns.size(); c++) {
            columns.add(column(shownColumns.get(c), c));
        }
        rememberedColumns.show(columns);
    }

    private TableColumn<Integer, String> column(Column spec, int index) {
        TableColumn<Integer, String> column = new TableColumn<>(spec.name());
        column.setId(spec.name());
        column.setUserData(index);
        column.setPrefWidth(ColumnWidths.preferred(spec));
        column.setContextMenu(headerMenu);
        boolean number = spec.type() == ColumnType.INTEGER;
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                viewModel.table().text(cell.getValue(), index)));
        column.setCellFactory(c -> new ReportCell(number, row -> contextMenu(row, index)));
        return column;
    }

    private ContextMenu contextMenu(int reportRow, int column) {
        List<MenuItem> items = new ArrayList<>(cellActions.apply(reportRow, column));
        String value = viewModel.table().text(reportRow, column);
        if (!value.isEmpty()) {
            MenuItem copyValue = new MenuItem("Copy value");
            copyValue.setId("copyValue");
            copyValue.setOnAction(e -> toClipboard(value));
            items.add(copyValue);
        }
        MenuItem copy = new MenuItem("Copy selected rows");
        copy.setOnAction(e -> copySelection());
        items.add(copy);
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }
}
