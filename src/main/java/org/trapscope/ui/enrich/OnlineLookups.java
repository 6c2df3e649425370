package org.trapscope.ui.enrich;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.trapscope.analysis.EnrichedHosts;
import org.trapscope.enrich.IpNumbers;
import org.trapscope.store.IpTable;
import org.trapscope.ui.common.Throttle;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.selection.OpenedData;

/**
 * "Look up networks online": the remembered on/off switch, the lookups of selected hosts, and the
 * count of those still waiting. Answers update the opened hosts and refresh the views, throttled.
 * While the switch is off nothing is asked, so nothing leaves the machine.
 */
public final class OnlineLookups {
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper();
    private final NetworkLookups lookups;
    private final Supplier<OpenedData> opened;
    private final Throttle refresh;

    /**
     * @param opened       the data on screen, whose hosts take the answers
     * @param hostsChanged shows changed host attributes in every view (on the UI thread)
     */
    public OnlineLookups(NetworkLookups lookups, Workers workers, EnrichmentSettings settings,
                         Supplier<OpenedData> opened, Runnable hostsChanged, long refreshMillis) {
        this.lookups = lookups;
        this.opened = opened;
        this.refresh = new Throttle(workers, refreshMillis, hostsChanged);
        on.set(settings.onlineLookups());
        lookups.setOnline(on.get());
        on.addListener((obs, old, now) -> {
            settings.setOnlineLookups(now);
            lookups.setOnline(now);
        });
        lookups.addQueueListener(size -> workers.ui().execute(() -> waiting.set(size)));
    }

    /** Asks about these hosts of the opened data; ignored while online lookups are off. */
    public void lookUp(List<String> addresses) {
        ask((hosts, ips) -> addresses.stream().mapToInt(address -> {
            long[] ip = IpNumbers.tryParse(address);
            return ip == null ? -1 : ips.find(ip[0], ip[1]);
        }).filter(id -> id >= 0));
    }

    /**
     * Asks about every opened host in these networks (a Networks row): the first answer is cached
     * for the whole network, so the others are answered from the cache without another query.
     */
    public void lookUpNetworks(List<String> networks) {
        Set<String> wanted = Set.copyOf(networks);
        ask((hosts, ips) -> IntStream.range(0, ips.size()).filter(id -> wanted.contains(hosts.network(id))));
    }

    private void ask(BiFunction<EnrichedHosts, IpTable, IntStream> which) {
        OpenedData data = opened.get();
        // hosts without IP data (it failed to load) have no entries for an answer to replace
        if (!on.get() || !(data.index().hosts() instanceof EnrichedHosts hosts)) {
            return;
        }
        IpTable ips = data.dataset().events().ips();
        which.apply(hosts, ips).forEach(id -> lookups.lookUp(ips.hi(id), ips.lo(id)).thenAccept(answer -> {
            hosts.update(id, answer);
            refresh.request();
        }));
    }

    public void cancelAll() {
        lookups.cancelAll();
    }

    /** The switch: "Look up networks online (RDAP/WHOIS)". */
    public BooleanProperty onProperty() {
        return on;
    }

    /** Lookups waiting or running. */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
