package org.trapscope.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.SortKey;
import org.trapscope.analysis.TableSorter;
import org.trapscope.ui.common.IndexList;
import org.trapscope.ui.common.Workers;

class ReportTableViewModelTest {
    private static ResultTable counts(long... values) {
        return new ResultTable() {
            @Override
            public List<Column> columns() {
                return List.of(new Column("attempts", ColumnType.INTEGER));
            }

            @Override
            public int rowCount() {
                return values.length;
            }

            @Override
            public String text(int row, int column) {
                return Long.toString(values[row]);
            }

            @Override
            public long number(int row, int column) {
                return values[row];
            }

            @Override
            public ZoneId zone() {
                return ZoneOffset.UTC;
            }
        };
    }

    @Test
    void askingForTheOrderAlreadyShownDoesNotSortAgain() {
        AtomicInteger sorts = new AtomicInteger();
        RowOrdering counting = (table, keys) -> {
            sorts.incrementAndGet();
            return TableSorter.order(table, keys);
        };
        ReportTableViewModel viewModel = new ReportTableViewModel(Workers.direct(), counting);
        viewModel.show(counts(3, 1, 2));
        viewModel.requestSort(List.of(new SortKey(0, false)));
        viewModel.requestSort(List.of(new SortKey(0, false)));

        assertEquals(2, sorts.get());
        assertEquals(List.of(1, 2, 0), new ArrayList<>(viewModel.rows()));
    }

    @Test
    void aNewReportIsShownInTheSortOrderInForce() {
        ReportTableViewModel viewModel = new ReportTableViewModel(Workers.direct(), TableSorter::order);
        viewModel.show(counts(3, 1, 2));
        viewModel.requestSort(List.of(new SortKey(0, true)));
        viewModel.show(counts(5, 9, 7, 1));

        assertEquals(List.of(1, 2, 0, 3), new ArrayList<>(viewModel.rows()));
        assertEquals(List.of(new SortKey(0, true)), viewModel.sortKeys());
    }

    @Test
    void aNewReportWithTheSameRowOrderStillReachesTheTable() {
        ReportTableViewModel viewModel = new ReportTableViewModel(Workers.direct(), TableSorter::order);
        viewModel.show(counts(1, 2));
        List<IndexList> shown = new ArrayList<>();
        viewModel.rowsProperty().addListener((obs, old, rows) -> shown.add(rows));
        viewModel.show(counts(7, 8));
        viewModel.show(counts());
        viewModel.show(counts());

        assertEquals(3, shown.size());
    }

    @Test
    void theTableIsGivenOnePageOfTheRowsAtATimeAndANewOrderStartsOnTheFirst() {
        ReportTableViewModel viewModel = new ReportTableViewModel(Workers.direct(), TableSorter::order, 2);
        viewModel.show(counts(5, 4, 3, 2, 1));
        assertEquals(List.of(0, 1), new ArrayList<>(viewModel.page()));
        assertTrue(viewModel.paged());

        viewModel.nextPage();
        assertEquals(List.of(2, 3), new ArrayList<>(viewModel.page()));
        assertEquals(2, viewModel.pageStartProperty().get());

        viewModel.showPageAt(Integer.MAX_VALUE);
        viewModel.nextPage();
        assertEquals(List.of(4), new ArrayList<>(viewModel.page()));

        viewModel.requestSort(List.of(new SortKey(0, false)));
        assertEquals(List.of(4, 3), new ArrayList<>(viewModel.page()));
        assertEquals(5, viewModel.rows().size());
    }

    @Test
    void rowsThatFitOnePageAreNotPaged() {
        ReportTableViewModel viewModel = new ReportTableViewModel(Workers.direct(), TableSorter::order, 2);
        viewModel.show(counts(5, 4));
        viewModel.previousPage();

        assertEquals(List.of(0, 1), new ArrayList<>(viewModel.page()));
        assertFalse(viewModel.paged());
    }

    @Test
    void aStaleSortFinishingLateIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        Workers deferred = new Workers(queued::add, Runnable::run, 0);
        ReportTableViewModel viewModel = new ReportTableViewModel(deferred, TableSorter::order);
        viewModel.show(counts(3, 1, 2));
        viewModel.requestSort(List.of(new SortKey(0, false)));
        viewModel.requestSort(List.of(new SortKey(0, true)));

        queued.get(2).run();
        queued.get(1).run();
        queued.get(0).run();

        assertEquals(List.of(0, 2, 1), new ArrayList<>(viewModel.rows()));
    }
}
