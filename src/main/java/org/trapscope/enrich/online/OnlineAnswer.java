package org.trapscope.enrich.online;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.trapscope.enrich.DataSource;
import org.trapscope.enrich.EnrichmentDraft;
import org.trapscope.enrich.IpRange;

/**
 * What one RDAP or WHOIS answer said about the network holding an address. Cached by that
 * network, so every other address in it needs no query.
 *
 * @param range     the network the registry returned
 * @param server    the server that answered ("rdap.db.ripe.net", "whois.arin.net")
 * @param protocol  "RDAP" or "WHOIS"
 * @param raw       the answer as received (JSON or whois text): the analyst will want to read it
 */
public record OnlineAnswer(IpRange range, String netname, String holder, String country, String abuseContact,
                           long asn, String protocol, String server, Instant fetchedAt, String raw) {

    public DataSource source() {
        return new DataSource(protocol + " " + server, LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC));
    }

    public void contributeTo(EnrichmentDraft draft) {
        DataSource source = source();
        draft.offerRange(range, source);
        draft.offerNetname(netname, source);
        draft.offerHolder(holder, source);
        draft.offerRegistryCountry(country, source);
        draft.offerAbuseContact(abuseContact, source);
        draft.offerAsn(asn, null, source);
    }

    /** The same answer for a (narrower or wider) range, as when a referral gives a more specific one. */
    public OnlineAnswer withRange(IpRange other) {
        return new OnlineAnswer(other, netname, holder, country, abuseContact, asn, protocol, server, fetchedAt, raw);
    }
}
