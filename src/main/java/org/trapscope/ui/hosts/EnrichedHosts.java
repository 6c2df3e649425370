package org.trapscope.ui.hosts;

import org.trapscope.analysis.HostAttributes;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.Enrichment;
import org.trapscope.store.IpTable;

/**
 * Country, network, network name and AS of every address of a store, looked up once from the
 * offline enrichment sources when a dataset is opened, so tables and the country filter read
 * arrays by address id.
 */
public final class EnrichedHosts implements HostAttributes {
    private final String[] country;
    private final String[] network;
    private final String[] netname;
    private final String[] asOrg;
    private final long[] asn;

    private EnrichedHosts(int size) {
        country = new String[size];
        network = new String[size];
        netname = new String[size];
        asOrg = new String[size];
        asn = new long[size];
    }

    public static EnrichedHosts lookUp(IpTable ips, Enricher enricher) {
        int n = ips.size();
        long[] hi = new long[n];
        long[] lo = new long[n];
        for (int id = 0; id < n; id++) {
            hi[id] = ips.hi(id);
            lo[id] = ips.lo(id);
        }
        Enrichment[] found = enricher.lookupAll(hi, lo);
        EnrichedHosts hosts = new EnrichedHosts(n);
        for (int id = 0; id < n; id++) {
            Enrichment e = found[id];
            hosts.country[id] = orEmpty(e.country());
            hosts.network[id] = orEmpty(e.network());
            hosts.netname[id] = orEmpty(e.netname());
            hosts.asOrg[id] = orEmpty(e.asOrg());
            hosts.asn[id] = e.asn() == 0 ? -1 : e.asn();
        }
        return hosts;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String country(int ipId) {
        return country[ipId];
    }

    @Override
    public String network(int ipId) {
        return network[ipId];
    }

    @Override
    public String netname(int ipId) {
        return netname[ipId];
    }

    @Override
    public String asOrg(int ipId) {
        return asOrg[ipId];
    }

    @Override
    public long asn(int ipId) {
        return asn[ipId];
    }
}
