package org.trapscope.ui.common;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Sequence numbers for asynchronous requests: each new request makes the earlier ones stale, so
 * a slow old result never overwrites a newer one.
 */
public final class LatestWins {
    private final AtomicLong sequence = new AtomicLong();

    /** Starts a request and returns its ticket. */
    public long next() {
        return sequence.incrementAndGet();
    }

    public boolean isLatest(long ticket) {
        return sequence.get() == ticket;
    }
}
