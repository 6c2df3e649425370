package org.trapscope.ui.common;

import java.util.concurrent.Executor;

/**
 * Where view models run their work: {@code background} for anything slow, {@code ui} to publish
 * results (the FX thread in the application, the calling thread in tests), and the pause that
 * debounces typing.
 */
public record Workers(Executor background, Executor ui, long debounceMillis) {
    /** Everything on the calling thread with no pause: deterministic view-model tests. */
    public static Workers direct() {
        return new Workers(Runnable::run, Runnable::run, 0);
    }
}
