package org.trapscope.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action on the UI thread at most once per interval however often it is asked for, so a
 * stream of answers (online lookups) refreshes the views a few times instead of once per answer.
 */
public final class Throttle {
    private final Workers workers;
    private final long intervalMillis;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();

    public Throttle(Workers workers, long intervalMillis, Runnable action) {
        this.workers = workers;
        this.intervalMillis = intervalMillis;
        this.action = action;
    }

    /** From any thread: the action runs after the interval, taking in every request made meanwhile. */
    public void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        workers.background().execute(() -> {
            if (intervalMillis > 0) {
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    // the workers are shutting down with the window; nothing left to refresh
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            pending.set(false);
            workers.ui().execute(action);
        });
    }
}
