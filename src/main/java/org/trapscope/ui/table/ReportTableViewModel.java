package org.trapscope.ui.table;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.SortKey;
import org.trapscope.ui.common.IndexList;
import org.trapscope.ui.common.LatestWins;
import org.trapscope.ui.common.Workers;

/**
 * State of one table that shows any {@link ResultTable}: the report, the sort keys and the row
 * order. Sorting runs on a worker; the table's items are replaced once, on the UI executor, and
 * only by the latest request. Asking for the order already shown does nothing, which keeps the
 * table's sort policy idempotent.
 */
public final class ReportTableViewModel {
    private final Workers workers;
    private final RowOrdering ordering;
    private final LatestWins latest = new LatestWins();
    private final ReadOnlyObjectWrapper<IndexList> rows = new ReadOnlyObjectWrapper<>(new IndexList(new int[0]));
    private final ReadOnlyObjectWrapper<ResultTable> table = new ReadOnlyObjectWrapper<>(EmptyTable.INSTANCE);
    private final ReadOnlyBooleanWrapper sorting = new ReadOnlyBooleanWrapper();
    private List<SortKey> keys = List.of();
    private List<SortKey> requestedKeys = List.of();
    /** The report of the latest request, which may still be on its way to the screen. */
    private ResultTable requestedTable = EmptyTable.INSTANCE;

    public ReportTableViewModel(Workers workers, RowOrdering ordering) {
        this.workers = workers;
        this.ordering = ordering;
    }

    /** Shows a new report (a new filter result), sorted by the keys in force. */
    public void show(ResultTable next) {
        submit(next, requestedKeys);
    }

    /** Shows no report: building it failed. */
    public void clear() {
        submit(EmptyTable.INSTANCE, requestedKeys);
    }

    /** Tells the table a new report is being built elsewhere, so it shows as busy until {@link #show}. */
    public void expectReport() {
        sorting.set(true);
    }

    /** Sorts by these keys unless that order is already shown or on its way. */
    public void requestSort(List<SortKey> next) {
        if (Objects.equals(next, requestedKeys)) {
            return;
        }
        submit(requestedTable, List.copyOf(next));
    }

    private void submit(ResultTable report, List<SortKey> sortKeys) {
        long ticket = latest.next();
        requestedKeys = sortKeys;
        requestedTable = report;
        sorting.set(true);
        workers.background().execute(() -> {
            int[] order = ordering.order(report, sortKeys);
            workers.ui().execute(() -> {
                if (latest.isLatest(ticket)) {
                    keys = sortKeys;
                    table.set(report);
                    rows.set(new IndexList(order));
                    sorting.set(false);
                }
            });
        });
    }

    /** Display positions as report rows: the table's items, replaced whole by each new order. */
    public ReadOnlyObjectProperty<IndexList> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public IndexList rows() {
        return rows.get();
    }

    public ReadOnlyObjectProperty<ResultTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ResultTable table() {
        return table.get();
    }

    /** The keys of the order shown now. */
    public List<SortKey> sortKeys() {
        return keys;
    }

    /** True while a sort or a new report is being prepared. */
    public ReadOnlyBooleanProperty sortingProperty() {
        return sorting.getReadOnlyProperty();
    }
}
