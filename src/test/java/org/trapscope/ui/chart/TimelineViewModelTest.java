package org.trapscope.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trapscope.analysis.Counts;
import org.trapscope.analysis.EventSelection;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.filter.FilterState;
import org.trapscope.ui.selection.OpenedData;
import org.trapscope.ui.selection.Selection;

class TimelineViewModelTest {
    private final List<Runnable> counting = new ArrayList<>();
    private final TimelineViewModel viewModel = new TimelineViewModel(new Workers(counting::add, Runnable::run, 0));

    private static Selection selection() {
        return new Selection(OpenedData.empty(), FilterState.NONE, EventSelection.all(0), new Counts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void selectionsAreNotCountedWhileTheChartIsOffScreen() {
        viewModel.show(selection());
        viewModel.show(selection());

        assertEquals(0, counting.size());
    }

    @Test
    void theChartCatchesUpOnceWhenShown() {
        viewModel.show(selection());
        viewModel.setOnScreen(true);
        viewModel.setOnScreen(false);
        viewModel.setOnScreen(true);

        assertEquals(1, counting.size());
    }

    @Test
    void aNewSelectionOrSlotWidthOnScreenIsCounted() {
        viewModel.setOnScreen(true);
        viewModel.show(selection());
        viewModel.widthProperty().set(BucketWidth.DAY);

        assertEquals(2, counting.size());
    }
}
