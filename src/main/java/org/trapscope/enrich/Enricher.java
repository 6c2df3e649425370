package org.trapscope.enrich;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.trapscope.enrich.online.OnlineCache;
import org.trapscope.enrich.online.OnlineQueue;

/**
 * Answers "what is this address" from the offline sources, in order of precedence per field:
 * special-purpose ranges first (labelled, never looked up), then cached online answers, the
 * user's imports, and the bundled snapshot. Thread-safe; {@link #lookup} never touches the
 * network. Online lookups ({@link #lookupOnline}) run only when turned on, on a queue of their
 * own, and feed the cache that {@link #lookup} reads.
 */
public final class Enricher implements AutoCloseable {
    /** Below this many addresses, handing work to other threads costs more than it saves. */
    private static final int PARALLEL_BATCH = 10_000;

    private final List<OfflineSource> sources;
    private final BundledSnapshot bundled;
    private final OnlineCache onlineCache;
    private final Supplier<OnlineQueue> queueFactory;
    private volatile boolean online;
    private OnlineQueue queue;

    Enricher(List<OfflineSource> sources, BundledSnapshot bundled, OnlineCache onlineCache,
             boolean online, QueueFactory queueFactory) {
        this.sources = List.copyOf(sources);
        this.bundled = bundled;
        this.onlineCache = onlineCache;
        this.online = online;
        this.queueFactory = () -> queueFactory.create(this::lookup);
    }

    /** Builds the online queue around this enricher's offline lookup. */
    interface QueueFactory {
        OnlineQueue create(OnlineQueue.OfflineView view);
    }

    public static EnricherBuilder builder() {
        return new EnricherBuilder();
    }

    /** What the offline sources know about the address; never blocks on the network. */
    public Enrichment lookup(long hi, long lo) {
        String special = SpecialRanges.classify(hi, lo);
        if (special != null) {
            return Enrichment.special(special, SpecialRanges.blockOf(hi, lo));
        }
        EnrichmentDraft draft = new EnrichmentDraft();
        for (OfflineSource source : sources) {
            source.contribute(hi, lo, draft);
        }
        return draft.build();
    }

    /** Convenience for one address as text. */
    public Enrichment lookup(String address) {
        long[] parsed = IpNumbers.parse(address);
        return lookup(parsed[0], parsed[1]);
    }

    /** The bulk path: one answer per address, {@code hi[i], lo[i]} → element i. */
    public Enrichment[] lookupAll(long[] hi, long[] lo) {
        if (hi.length != lo.length) {
            throw new IllegalArgumentException("hi and lo differ in length: " + hi.length + " and " + lo.length);
        }
        Enrichment[] answers = new Enrichment[hi.length];
        // Every source is thread-safe, so a large batch is shared among the cores.
        IntStream range = IntStream.range(0, answers.length);
        (answers.length >= PARALLEL_BATCH ? range.parallel() : range).forEach(i -> answers[i] = lookup(hi[i], lo[i]));
        return answers;
    }

    /**
     * Asks RDAP (then WHOIS) about the address without blocking the caller. When online lookups
     * are off, or the address is special-purpose, the future is already complete with the offline
     * answer and nothing is sent.
     */
    public CompletableFuture<Enrichment> lookupOnline(long hi, long lo) {
        if (!online || SpecialRanges.classify(hi, lo) != null) {
            return CompletableFuture.completedFuture(lookup(hi, lo));
        }
        return onlineQueue().submit(hi, lo);
    }

    /** The queue of online lookups, for a UI to show its size and cancel it. */
    public synchronized OnlineQueue onlineQueue() {
        if (queue == null) {
            queue = queueFactory.get();
        }
        return queue;
    }

    public boolean isOnline() {
        return online;
    }

    /** Turns online lookups on or off; turning them off drops the lookups still waiting. */
    public void setOnline(boolean on) {
        online = on;
        OnlineQueue current;
        synchronized (this) {
            current = queue;
        }
        if (!on && current != null) {
            current.cancelAll();
        }
    }

    public OnlineCache onlineCache() {
        return onlineCache;
    }

    /** The date of the bundled data, or null when the enricher was built without it. */
    public LocalDate bundledDataDate() {
        return bundled == null ? null : bundled.dataDate();
    }

    /** One line per source, in order of precedence, for the data-source panel and About box. */
    public List<String> describeSources() {
        List<String> lines = new ArrayList<>();
        for (OfflineSource source : sources) {
            lines.add(source.describe());
        }
        return lines;
    }

    /** For --help and the About box: how old the bundled data is, without loading it. */
    public static String bundledDataSummary(LocalDate today) {
        LocalDate date = BundledSnapshot.readDataDate();
        long days = ChronoUnit.DAYS.between(date, today);
        return "Bundled IP data (country, AS number) of " + date + ", " + days + " days old; "
                + "ip-location-db, CC BY 4.0 (NRO, RouteViews, DB-IP)";
    }

    /** Stops the online worker; waiting lookups are cancelled. */
    @Override
    public synchronized void close() {
        if (queue != null) {
            queue.close();
        }
    }
}
