package org.trapscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.trapscope.analysis.EnrichedHosts;
import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.HostAttributes;
import org.trapscope.analysis.HostGroups;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.EnricherBuilder;
import org.trapscope.enrich.Enrichment;
import org.trapscope.store.EventStore;
import org.trapscope.store.IpTable;

/**
 * The host attributes of one command run. The enrichment data (bundled snapshot plus
 * {@code --geo} files) is read only when a report or filter first asks about a host, so
 * commands that never do (summary, events --raw) do not pay for it.
 */
final class HostLookup implements HostAttributes, AutoCloseable {
    private final IpTable ips;
    private final List<Path> geo;
    private final boolean online;
    private Enricher enricher;
    private EnrichedHosts hosts;

    HostLookup(IpTable ips, List<Path> geo, boolean online) {
        this.ips = ips;
        this.geo = List.copyOf(geo);
        this.online = online;
    }

    private synchronized EnrichedHosts hosts() {
        if (hosts == null) {
            EnricherBuilder builder = Enricher.builder().online(online)
                    .cacheDirectory(EnricherBuilder.defaultCacheDirectory());
            try {
                for (Path file : geo) {
                    builder.addData(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            enricher = builder.build();
            hosts = new EnrichedHosts(enricher, ips);
        }
        return hosts;
    }

    void lookUpOnline(EventSelection selection, EventStore events, PrintWriter err) {
        if (!online) {
            return;
        }
        EnrichedHosts known = hosts();
        boolean[] seen = new boolean[ips.size()];
        List<Integer> wanted = new ArrayList<>();
        for (int i = 0; i < selection.size(); i++) {
            int ip = events.ip(selection.event(i));
            if (ip >= 0 && !seen[ip]) {
                seen[ip] = true;
                wanted.add(ip);
            }
        }
        err.printf(Locale.ROOT, "trapscope: looking up %,d hosts online (RDAP, WHOIS; cached per network)%n",
                wanted.size());
        err.flush();
        List<CompletableFuture<Enrichment>> answers = new ArrayList<>();
        for (int ip : wanted) {
            answers.add(enricher.lookupOnline(ips.hi(ip), ips.lo(ip)));
        }
        int failed = 0;
        for (int k = 0; k < wanted.size(); k++) {
            try {
                known.update(wanted.get(k), answers.get(k).get());
            } catch (ExecutionException e) {
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (failed > 0) {
            err.printf(Locale.ROOT, "trapscope: %,d online lookups failed; those hosts show offline data%n", failed);
        }
    }

    @Override
    public String country(int ipId) {
        return hosts().country(ipId);
    }

    @Override
    public boolean[] inCountries(Collection<String> countries, int ipCount) {
        return hosts().inCountries(countries, ipCount);
    }

    @Override
    public SortedSet<String> countries(int ipCount) {
        return hosts().countries(ipCount);
    }

    @Override
    public HostGroups groups(boolean byAs, int ipCount) {
        return hosts().groups(byAs, ipCount);
    }

    @Override
    public String network(int ipId) {
        return hosts().network(ipId);
    }

    @Override
    public String netname(int ipId) {
        return hosts().netname(ipId);
    }

    @Override
    public String asOrg(int ipId) {
        return hosts().asOrg(ipId);
    }

    @Override
    public long asn(int ipId) {
        return hosts().asn(ipId);
    }

    @Override
    public synchronized void close() {
        if (enricher != null) {
            enricher.close();
        }
    }
}
