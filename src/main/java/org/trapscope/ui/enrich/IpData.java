package org.trapscope.ui.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.trapscope.analysis.EnrichedHosts;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.EnricherBuilder;
import org.trapscope.enrich.Enrichment;
import org.trapscope.enrich.InvalidDataFileException;
import org.trapscope.enrich.online.OnlineQueue;
import org.trapscope.load.Dataset;

/**
 * The workbench's enricher: the bundled data plus the user's imports, rebuilt whenever an import
 * is added (an enricher's sources are fixed when it is built). Its online queue is reached
 * through {@link NetworkLookups}, whichever enricher is current. Thread-safe; building runs on a
 * worker.
 */
public final class IpData implements NetworkLookups, AutoCloseable {
    private final Supplier<EnricherBuilder> builders;
    private final List<Path> remembered;
    private List<String> startProblems = List.of();
    private final List<IntConsumer> queueListeners = new CopyOnWriteArrayList<>();
    private final OnlineQueue.Listener relay = new OnlineQueue.Listener() {
        @Override
        public void queueChanged(int size) {
            queueListeners.forEach(listener -> listener.accept(size));
        }
    };
    private Enricher enricher;
    private List<Path> imported = List.of();
    private boolean online;
    /** Whether this enricher's queue exists and is relayed; it is only made once a lookup goes online. */
    private boolean queueRelayed;

    /**
     * @param builders   a fresh builder per rebuild, with the cache folder (and in tests, the transports) set
     * @param remembered the imports of the last run, read when the enricher is first needed
     */
    public IpData(Supplier<EnricherBuilder> builders, List<Path> remembered) {
        this.builders = builders;
        this.remembered = List.copyOf(remembered);
    }

    /**
     * Builds the enricher with the remembered imports unless a lookup did already, and tells once
     * which of them could not be used. Whichever comes first, every dataset sees the same data.
     */
    public synchronized List<String> start() {
        current();
        List<String> problems = startProblems;
        startProblems = List.of();
        return problems;
    }

    /** Rebuilds the enricher with these files and folders added to the imports; see {@link #use}. */
    public synchronized List<String> add(List<Path> more) {
        current();
        Set<Path> all = new LinkedHashSet<>(imported);
        all.addAll(more);
        return use(List.copyOf(all));
    }

    /**
     * Rebuilds the enricher from these files and folders. One that cannot be used is left out,
     * and the answer says why, naming it; the others still count.
     */
    private synchronized List<String> use(List<Path> paths) {
        EnricherBuilder builder = builders.get();
        List<Path> usable = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            try {
                builder.addData(path);
                usable.add(path);
            } catch (InvalidDataFileException e) {
                problems.add("IP data not imported: " + e.getMessage());
            } catch (IOException e) {
                problems.add("IP data not imported: " + path + ": cannot be read: " + e.getMessage());
            }
        }
        Enricher next = builder.build();
        next.setOnline(online);
        if (enricher != null) {
            // lookups waiting on the old queue are dropped; the user asks again against the new data
            enricher.close();
            relay.queueChanged(0);
        }
        enricher = next;
        queueRelayed = false;
        imported = List.copyOf(usable);
        return problems;
    }

    /** The files and folders the current enricher reads. */
    public synchronized List<Path> imported() {
        return imported;
    }

    /** Looks every address of the dataset up offline; online answers replace entries later. */
    public EnrichedHosts hostsOf(Dataset dataset) {
        return new EnrichedHosts(current(), dataset.events().ips());
    }

    @Override
    public synchronized CompletableFuture<Enrichment> lookUp(long hi, long lo) {
        Enricher current = current();
        if (online && !queueRelayed) {
            current.onlineQueue().addListener(relay);
            queueRelayed = true;
        }
        return current.lookupOnline(hi, lo);
    }

    @Override
    public synchronized void setOnline(boolean on) {
        online = on;
        if (enricher != null) {
            enricher.setOnline(on);
        }
    }

    @Override
    public synchronized void cancelAll() {
        if (queueRelayed) {
            enricher.onlineQueue().cancelAll();
        }
    }

    @Override
    public void addQueueListener(IntConsumer sizeChanged) {
        queueListeners.add(sizeChanged);
    }

    private synchronized Enricher current() {
        if (enricher == null) {
            startProblems = use(remembered);
        }
        return enricher;
    }

    @Override
    public synchronized void close() {
        if (enricher != null) {
            enricher.close();
        }
    }
}
