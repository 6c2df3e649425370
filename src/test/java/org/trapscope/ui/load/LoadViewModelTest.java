package org.trapscope.ui.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trapscope.load.Dataset;
import org.trapscope.load.LoadOptions;
import org.trapscope.ui.common.Workers;

class LoadViewModelTest {
    private final List<Runnable> background = new ArrayList<>();
    private final Workers deferred = new Workers(background::add, Runnable::run, 0);
    private final LoadRequest request = LoadRequest.of(List.of(Path.of("spamd")), LoadOptions.defaults());

    @Test
    void progressShowsBytesAndLinesWhileLoading() {
        List<LoadOutcome> outcomes = new ArrayList<>();
        LoadViewModel viewModel = new LoadViewModel(deferred, (paths, options, progress, cancellation) -> {
            progress.update(25_000_000, 100_000_000, 1_234_567);
            return Dataset.empty();
        });
        viewModel.start(request, outcomes::add);
        assertTrue(viewModel.runningProperty().get());

        background.get(0).run();

        assertFalse(viewModel.runningProperty().get());
        assertEquals(1, outcomes.size());
        assertTrue(outcomes.get(0).dataset().isPresent());
    }

    @Test
    void progressIsPublishedAsFractionAndText() {
        List<String> texts = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        LoadViewModel[] holder = new LoadViewModel[1];
        holder[0] = new LoadViewModel(deferred, (paths, options, progress, cancellation) -> {
            progress.update(25_000_000, 100_000_000, 1_234_567);
            texts.add(holder[0].progressTextProperty().get());
            fractions.add(holder[0].progressProperty().get());
            return Dataset.empty();
        });
        holder[0].start(request, outcome -> { });
        background.get(0).run();

        assertEquals(List.of("25.0 of 100.0 MB · 1,234,567 lines"), texts);
        assertEquals(List.of(0.25), fractions);
    }

    @Test
    void cancellingEndsTheLoadWithoutAResult() {
        List<LoadOutcome> outcomes = new ArrayList<>();
        LoadViewModel viewModel = new LoadViewModel(deferred, (paths, options, progress, cancellation) -> {
            cancellation.check();
            return Dataset.empty();
        });
        viewModel.start(request, outcomes::add);
        viewModel.cancel();
        background.get(0).run();

        assertFalse(viewModel.runningProperty().get());
        assertEquals(1, outcomes.size());
        assertTrue(outcomes.get(0).cancelled());
    }

    @Test
    void aFailingLoadEndsWithItsMessageInsteadOfAnException() {
        List<LoadOutcome> outcomes = new ArrayList<>();
        LoadViewModel viewModel = new LoadViewModel(deferred, (paths, options, progress, cancellation) -> {
            throw new IllegalStateException("disk on fire");
        });
        viewModel.start(request, outcomes::add);
        background.get(0).run();

        assertEquals("disk on fire", outcomes.get(0).failure());
    }

    @Test
    void aSecondLoadWhileOneRunsIsIgnored() {
        LoadViewModel viewModel = new LoadViewModel(deferred, (paths, options, progress, cancellation) -> Dataset.empty());
        viewModel.start(request, outcome -> { });
        viewModel.start(request, outcome -> { });
        assertEquals(1, background.size());
    }
}
