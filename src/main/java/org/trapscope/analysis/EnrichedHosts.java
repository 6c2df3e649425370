package org.trapscope.analysis;

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

    public EnrichedHosts(Enricher enricher, IpTable ips) {
        long[] hi = new long[ips.size()];
        long[] lo = new long[ips.size()];
        for (int id = 0; id < hi.length; id++) {
            hi[id] = ips.hi(id);
            lo[id] = ips.lo(id);
        }
        this.byIp = enricher.lookupAll(hi, lo);
    }

    /** Takes a fuller answer for one address, e.g. from an online lookup. */
    public void update(int ipId, Enrichment enrichment) {
        byIp[ipId] = enrichment;
    }

    public Enrichment enrichment(int ipId) {
        return ipId < 0 || ipId >= byIp.length ? Enrichment.NONE : byIp[ipId];
    }

    @Override
    public String country(int ipId) {
        return text(enrichment(ipId).country());
    }

    @Override
    public String network(int ipId) {
        return text(enrichment(ipId).network());
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
