package org.trapscope.ui.table;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 *
 * <p>The table is given one page of the rows at a time. JavaFX 21's virtual flow walks every row
 * above the one on screen at each layout and scroll step, so a table scrolled deep into ten
 * million rows took half a second per mouse-wheel notch; within a page of {@value #PAGE_ROWS}
 * rows that walk is short enough to scroll smoothly.
 */
public final class ReportTableViewModel {
    /** Rows the table is given at once. */
    public static final int PAGE_ROWS = 100_000;

    private final Workers workers;
    private final int pageRows;
    private final RowOrdering ordering;
    private final LatestWins latest = new LatestWins();
    private final ReadOnlyObjectWrapper<IndexList> rows = new ReadOnlyObjectWrapper<>(new IndexList(new int[0]));
    private final ReadOnlyObjectWrapper<ResultTable> table = new ReadOnlyObjectWrapper<>(EmptyTable.INSTANCE);
    private final ReadOnlyObjectWrapper<IndexList> page = new ReadOnlyObjectWrapper<>(rows.get());
    private final ReadOnlyIntegerWrapper pageStart = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper sorting = new ReadOnlyBooleanWrapper();
    private List<SortKey> keys = List.of();
    private List<SortKey> requestedKeys = List.of();
    /** The report of the latest request, which may still be on its way to the screen. */
    private ResultTable requestedTable = EmptyTable.INSTANCE;

    public ReportTableViewModel(Workers workers, RowOrdering ordering) {
        this(workers, ordering, PAGE_ROWS);
    }

    ReportTableViewModel(Workers workers, RowOrdering ordering, int pageRows) {
        this.workers = workers;
        this.ordering = ordering;
        this.pageRows = pageRows;
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
                    showPageAt(0);
                    sorting.set(false);
                }
            });
        });
    }

    /** Shows the page holding display position {@code position} (clamped to the rows there are). */
    public void showPageAt(int position) {
        IndexList all = rows.get();
        int start = Math.max(0, Math.min(position, all.size() - 1)) / pageRows * pageRows;
        pageStart.set(start);
        page.set(all.slice(start, Math.min(all.size(), start + pageRows)));
    }

    public void nextPage() {
        showPageAt(pageStart.get() + pageRows);
    }

    public void previousPage() {
        showPageAt(pageStart.get() - pageRows);
    }

    /** The rows on the page shown: the table's items, replaced whole by each new order or page. */
    public ReadOnlyObjectProperty<IndexList> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public IndexList page() {
        return page.get();
    }

    /** The display position of the page's first row. */
    public ReadOnlyIntegerProperty pageStartProperty() {
        return pageStart.getReadOnlyProperty();
    }

    /** Whether the rows need more than one page. */
    public boolean paged() {
        return rows.get().size() > pageRows;
    }

    /** Display positions as report rows, all pages, replaced whole by each new order. */
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
