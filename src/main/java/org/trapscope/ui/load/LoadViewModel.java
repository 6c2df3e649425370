package org.trapscope.ui.load;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trapscope.load.Cancellation;
import org.trapscope.load.Dataset;
import org.trapscope.load.LoadProgress;
import org.trapscope.ui.common.Workers;

/**
 * One load at a time on a worker: progress as a fraction and a line ("12.3 of 80.0 MB · 1,234,567
 * lines"), a cancel command, and the outcome handed to the caller on the UI executor. Loader
 * threads report often; at most one progress update is queued for the UI at any moment.
 */
public final class LoadViewModel {
    private final Workers workers;
    private final DatasetSource source;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
    private final AtomicLong lines = new AtomicLong();
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private Cancellation cancellation = new Cancellation();

    public LoadViewModel(Workers workers, DatasetSource source) {
        this.workers = workers;
        this.source = source;
    }

    /** Starts loading; {@code done} receives the outcome unless the load was cancelled. Ignored while one runs. */
    public void start(LoadRequest request, Consumer<LoadOutcome> done) {
        if (running.get()) {
            return;
        }
        Cancellation thisLoad = new Cancellation();
        cancellation = thisLoad;
        running.set(true);
        progress.set(-1);
        progressText.set("Opening " + request.label() + " …");
        bytesDone.set(0);
        bytesTotal.set(0);
        lines.set(0);
        LoadProgress listener = (done1, total, count) -> {
            bytesDone.set(done1);
            bytesTotal.set(total);
            lines.set(count);
            if (updateQueued.compareAndSet(false, true)) {
                workers.ui().execute(this::publishProgress);
            }
        };
        workers.background().execute(() -> {
            LoadOutcome outcome;
            try {
                Dataset dataset = source.load(request.paths(), request.options(), listener, thisLoad);
                outcome = LoadOutcome.loaded(request, dataset);
            } catch (CancellationException e) {
                outcome = LoadOutcome.cancelled(request);
            } catch (RuntimeException | OutOfMemoryError e) {
                outcome = LoadOutcome.failed(request, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            LoadOutcome result = outcome;
            workers.ui().execute(() -> {
                running.set(false);
                progressText.set("");
                done.accept(result);
            });
        });
    }

    public void cancel() {
        cancellation.cancel();
        if (running.get()) {
            progressText.set("Cancelling …");
        }
    }

    private void publishProgress() {
        updateQueued.set(false);
        if (!running.get()) {
            return;
        }
        long total = bytesTotal.get();
        progress.set(total > 0 ? Math.min(1.0, bytesDone.get() / (double) total) : -1);
        progressText.set(String.format("%.1f of %.1f MB · %,d lines", bytesDone.get() / 1e6, total / 1e6, lines.get()));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the size is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
