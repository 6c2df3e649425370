package org.trapscope.load;

import java.util.concurrent.CancellationException;

/** Lets one thread (the UI, a signal handler) stop a load that runs on others. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once {@link #cancel()} was called. */
    public void check() {
        if (cancelled) {
            throw new CancellationException("loading was cancelled");
        }
    }
}
