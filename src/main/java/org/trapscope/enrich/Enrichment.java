package org.trapscope.enrich;

import java.util.Map;
import java.util.StringJoiner;

/**
 * What is known about one address. Any value may be missing (null, or 0 for the AS number).
 *
 * @param country         ISO 3166 alpha-2 country shown in the table: where the address is used
 *                        (geolocation) when a source says, else the registry country
 * @param registryCountry ISO country of the holder as registered at the RIR (whois "country:")
 * @param range           the most specific known range holding the address
 * @param network         {@code range} as text: one CIDR, or "start - end" when it is not one
 * @param netname         the registry's network name (whois "netname:")
 * @param asn             origin AS number, 0 when unknown
 * @param asOrg           AS organisation name
 * @param holder          organisation holding the range (RDAP registrant, whois org/descr)
 * @param abuseContact    abuse e-mail address
 * @param special         label of a special-purpose block ({@link SpecialRanges}), else null
 * @param provenance      the source of each value present
 */
public record Enrichment(
        String country,
        String registryCountry,
        IpRange range,
        String network,
        String netname,
        long asn,
        String asOrg,
        String holder,
        String abuseContact,
        String special,
        Map<Field, DataSource> provenance) {

    /** The fields whose source is recorded. */
    public enum Field {
        COUNTRY, REGISTRY_COUNTRY, NETWORK, NETNAME, ASN, AS_ORG, HOLDER, ABUSE_CONTACT
    }

    /** Nothing known. */
    public static final Enrichment NONE = new Enrichment(null, null, null, null, null, 0, null, null, null, null, Map.of());

    public Enrichment {
        provenance = ProvenanceMap.copyOf(provenance);
    }

    /** A special-purpose address: the label and its block, nothing looked up. */
    public static Enrichment special(String label, IpRange block) {
        return new Enrichment(null, null, block, block.toText(), null, 0, null, null, null, label, Map.of());
    }

    public DataSource sourceOf(Field field) {
        return provenance.get(field);
    }

    /** True when no source said anything and the address is not special. */
    public boolean isEmpty() {
        return special == null && provenance.isEmpty();
    }

    /** "country: bundled ip-location-db 2026-06-17; asn: GeoLite2-ASN 2026-11-28", for tool tips and exports. */
    public String provenanceText() {
        StringJoiner text = new StringJoiner("; ");
        provenance.forEach((field, source) -> text.add(field.name().toLowerCase().replace('_', ' ') + ": " + source));
        return text.toString();
    }
}
