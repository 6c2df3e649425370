package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.Enrichment;
import org.trapscope.store.IpTable;

/**
 * Host attributes from the enrichment engine: every address of the store is looked up once,
 * offline (the bundled snapshot, imported .mmdb, delegated and RIR files), when the dataset is
 * opened. Answers that arrive later from online lookups replace an address's entry.
 */
public final class EnrichedHosts implements HostAttributes {
    private final Enrichment[] byIp;
    private final IpTable ips;
    /** The CIDR block shown per address, worked out on first use (see {@link #network}). */
    private final String[] blockOfIp;
    /**
     * The CIDR blocks of each registry range met so far: the hosts of a range share them, so
     * two million hosts cost a few thousand splits (reports ask from several threads).
     */
    private final Map<org.trapscope.enrich.IpRange, List<Block>> blocksOfRange = new ConcurrentHashMap<>();
    /**
     * Each address's country as a number into {@link #countryNames} (0 is unknown): a country
     * filter over two million hosts reads this array instead of following two references per host.
     */
    private final short[] countryOf;
    private final List<String> countryNames = new ArrayList<>(List.of(""));
    private final Map<String, Short> countryNumbers = new HashMap<>(Map.of("", (short) 0));
    /** The hosts grouped by network and by AS, worked out on first use and again after an update. */
    private HostGroups byNetwork;
    private HostGroups byAs;

    public EnrichedHosts(Enricher enricher, IpTable ips) {
        long[] hi = new long[ips.size()];
        long[] lo = new long[ips.size()];
        for (int id = 0; id < hi.length; id++) {
            hi[id] = ips.hi(id);
            lo[id] = ips.lo(id);
        }
        this.byIp = enricher.lookupAll(hi, lo);
        this.ips = ips;
        this.blockOfIp = new String[byIp.length];
        this.countryOf = new short[byIp.length];
        for (int id = 0; id < byIp.length; id++) {
            countryOf[id] = countryNumber(byIp[id].country());
        }
    }

    /** Takes a fuller answer for one address, e.g. from an online lookup. */
    public synchronized void update(int ipId, Enrichment enrichment) {
        byIp[ipId] = enrichment;
        blockOfIp[ipId] = null;
        countryOf[ipId] = countryNumber(enrichment.country());
        byNetwork = null;
        byAs = null;
    }

    @Override
    public synchronized HostGroups groups(boolean byAsn, int ipCount) {
        HostGroups groups = byAsn ? byAs : byNetwork;
        if (groups == null || groups.groupOf().length != ipCount) {
            groups = HostAttributes.super.groups(byAsn, ipCount);
            if (byAsn) {
                byAs = groups;
            } else {
                byNetwork = groups;
            }
        }
        return groups;
    }

    /** Called while constructing and under the lock of {@link #update}. */
    private short countryNumber(String country) {
        String code = text(country);
        Short number = countryNumbers.get(code);
        if (number == null) {
            // ISO 3166 has a few hundred codes; a source inventing more would still fit a short
            number = (short) countryNames.size();
            countryNames.add(code);
            countryNumbers.put(code, number);
        }
        return number;
    }

    @Override
    public synchronized boolean[] inCountries(Collection<String> countries, int ipCount) {
        boolean[] wanted = new boolean[countryNames.size()];
        for (String code : countries) {
            Short number = countryNumbers.get(code);
            if (number != null) {
                wanted[number] = true;
            }
        }
        boolean[] in = new boolean[ipCount];
        for (int id = 0, n = Math.min(ipCount, countryOf.length); id < n; id++) {
            in[id] = wanted[countryOf[id]];
        }
        return in;
    }

    @Override
    public synchronized SortedSet<String> countries(int ipCount) {
        boolean[] used = new boolean[countryNames.size()];
        for (int id = 0, n = Math.min(ipCount, countryOf.length); id < n; id++) {
            used[countryOf[id]] = true;
        }
        SortedSet<String> codes = new TreeSet<>();
        for (int number = 1; number < used.length; number++) {
            if (used[number]) {
                codes.add(countryNames.get(number));
            }
        }
        return codes;
    }

    public Enrichment enrichment(int ipId) {
        return ipId < 0 || ipId >= byIp.length ? Enrichment.NONE : byIp[ipId];
    }

    @Override
    public String country(int ipId) {
        return text(enrichment(ipId).country());
    }

    /**
     * The network as one CIDR block: a registry range that is not a single block (many are, e.g.
     * {@code 20.39.60.0 - 20.46.255.255}) is shown as the block of that range holding the address,
     * which is what a pf table or a firewall rule takes.
     */
    @Override
    public String network(int ipId) {
        if (ipId < 0 || ipId >= byIp.length) {
            return "";
        }
        String block = blockOfIp[ipId];
        if (block == null) {
            block = blockHolding(ipId, enrichment(ipId));
            blockOfIp[ipId] = block;
        }
        return block;
    }

    private String blockHolding(int ipId, Enrichment e) {
        String network = text(e.network());
        if (!network.contains(" - ") || e.range() == null) {
            return network;
        }
        long hi = ips.hi(ipId);
        long lo = ips.lo(ipId);
        for (Block block : blocksOfRange.computeIfAbsent(e.range(), EnrichedHosts::blocks)) {
            if (block.range().contains(hi, lo)) {
                return block.text();
            }
        }
        return network;
    }

    private static List<Block> blocks(org.trapscope.enrich.IpRange range) {
        return range.blocks().stream().map(b -> new Block(b, b.toText())).toList();
    }

    /** One CIDR block of a registry range, with the text every host in it shares. */
    private record Block(org.trapscope.enrich.IpRange range, String text) {
    }

    /** The registry's network name; for special-purpose space its label ("private", "documentation"). */
    @Override
    public String netname(int ipId) {
        Enrichment e = enrichment(ipId);
        return e.netname() != null ? e.netname() : text(e.special());
    }

    @Override
    public String asOrg(int ipId) {
        return text(enrichment(ipId).asOrg());
    }

    @Override
    public long asn(int ipId) {
        long asn = enrichment(ipId).asn();
        return asn == 0 ? -1 : asn;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
