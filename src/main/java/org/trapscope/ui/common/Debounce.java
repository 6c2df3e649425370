package org.trapscope.ui.common;

/** Waits out a burst of keystrokes on a worker thread; a request superseded meanwhile is dropped. */
public final class Debounce {
    private Debounce() {
    }

    /** Sleeps the debounce pause; returns false when the wait was interrupted or the ticket went stale. */
    public static boolean settle(Workers workers, LatestWins latest, long ticket) {
        if (workers.debounceMillis() > 0) {
            try {
                Thread.sleep(workers.debounceMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return latest.isLatest(ticket);
    }
}
