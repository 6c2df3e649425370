package org.trapscope.enrich.online;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.trapscope.enrich.Enrichment;

/**
 * Online lookups, one at a time on a worker thread of their own so the caller never waits: RDAP
 * first, WHOIS when RDAP fails. Answers go into the {@link OnlineCache}, so each network is asked
 * for once; misses and errors are cached for a shorter time. A UI shows {@link #size()} and can
 * {@link #cancelAll()}; listeners hear of every change (on the worker thread: hand over to the UI
 * thread there).
 */
public final class OnlineQueue implements AutoCloseable {
    /** A server that keeps refusing is given up on for this address after this many tries. */
    static final int MAX_ATTEMPTS = 3;

    /** Hears of the queue from the worker thread or the submitting thread. */
    public interface Listener {
        /** The number of lookups waiting or running changed. */
        void queueChanged(int size);

        /** One lookup finished; the answer already includes the online result. */
        default void answered(long hi, long lo, Enrichment answer) {
        }
    }

    /** What an online result is merged into: the enricher's offline lookup, which now sees the cache. */
    public interface OfflineView {
        Enrichment lookup(long hi, long lo);
    }

    private static final class Task {
        final long hi;
        final long lo;
        final CompletableFuture<Enrichment> future = new CompletableFuture<>();
        int attempts;

        Task(long hi, long lo) {
            this.hi = hi;
            this.lo = lo;
        }
    }

    private final LinkedBlockingDeque<Task> waiting = new LinkedBlockingDeque<>();
    private final AtomicInteger running = new AtomicInteger();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final OnlineCache cache;
    private final RdapClient rdap;
    private final WhoisClient whois;
    private final ServerPacer pacer;
    private final OfflineView view;
    private final Clock clock;
    private final Thread worker;
    private volatile boolean closed;

    public OnlineQueue(OnlineCache cache, HttpFetcher http, WhoisConnector whoisConnector, RdapBootstrap bootstrap,
                       ServerPacer pacer, Clock clock, OfflineView view) {
        this.cache = cache;
        this.pacer = pacer;
        this.rdap = new RdapClient(http, bootstrap, clock, pacer);
        this.whois = new WhoisClient(whoisConnector, clock, pacer);
        this.view = view;
        this.clock = clock;
        this.worker = new Thread(this::work, "trapscope-online-lookups");
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues a lookup; the future completes on the worker thread. */
    public CompletableFuture<Enrichment> submit(long hi, long lo) {
        Task task = new Task(hi, lo);
        if (closed) {
            task.future.cancel(false);
            return task.future;
        }
        waiting.add(task);
        fireChanged();
        return task.future;
    }

    /** Lookups waiting or running. */
    public int size() {
        return waiting.size() + running.get();
    }

    /** Drops every waiting lookup (their futures are cancelled); a running one completes. */
    public void cancelAll() {
        Task task;
        while ((task = waiting.poll()) != null) {
            task.future.cancel(false);
        }
        fireChanged();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        cancelAll();
        worker.interrupt();
    }

    private void work() {
        while (!closed) {
            Task task;
            try {
                task = waiting.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task.future.isDone()) {
                fireChanged();
                continue;
            }
            running.incrementAndGet();
            try {
                process(task);
            } catch (RuntimeException e) {
                task.future.completeExceptionally(e);
            } finally {
                running.decrementAndGet();
                fireChanged();
            }
        }
    }

    private void process(Task task) {
        long hi = task.hi;
        long lo = task.lo;
        if (cache.findFresh(hi, lo, clock.instant()) != null || cache.isRecentMiss(hi, lo, clock.instant())) {
            finish(task);
            return;
        }
        URI base = rdap.baseFor(hi, lo);
        try {
            OnlineAnswer answer = null;
            boolean rdapAnswered = false;
            if (base != null) {
                try {
                    answer = rdap.lookup(hi, lo);
                    rdapAnswered = true;
                } catch (RateLimitedException e) {
                    throw e;
                } catch (IOException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw e;
                    }
                    // RDAP failed (down, garbled, too many redirects): WHOIS below is the fallback.
                    answer = null;
                }
            }
            if (!rdapAnswered) {
                answer = whois.lookup(hi, lo, WhoisServers.forRdapBase(base));
            }
            if (answer != null) {
                cache.put(answer);
            } else {
                cache.putMiss(hi, lo, clock.instant(), "no network found");
            }
            finish(task);
        } catch (RateLimitedException e) {
            pacer.refused(e.server(), e.retryAfter());
            if (++task.attempts < MAX_ATTEMPTS && !closed) {
                waiting.addFirst(task);
            } else {
                cache.putMiss(hi, lo, clock.instant(), e.getMessage());
                finish(task);
            }
        } catch (IOException e) {
            if (closed) {
                task.future.cancel(false);
                return;
            }
            cache.putMiss(hi, lo, clock.instant(), e.getMessage());
            finish(task);
        }
    }

    private void finish(Task task) {
        Enrichment answer = view.lookup(task.hi, task.lo);
        task.future.complete(answer);
        for (Listener listener : listeners) {
            listener.answered(task.hi, task.lo, answer);
        }
    }

    private void fireChanged() {
        int size = size();
        for (Listener listener : listeners) {
            listener.queueChanged(size);
        }
    }
}
