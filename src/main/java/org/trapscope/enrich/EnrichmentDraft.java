package org.trapscope.enrich;

/**
 * Collects the answers of the sources for one address, asked in order of precedence: each field
 * keeps the first value offered, so a user's country-only database cannot hide the AS number of
 * another source (per-field precedence). The range is the exception: the narrowest offered range
 * wins, because the analyst wants the most specific network known. Not thread-safe: one per lookup.
 */
public final class EnrichmentDraft {
    private String geoCountry;
    private DataSource geoCountrySource;
    private String registryCountry;
    private IpRange range;
    private String netname;
    private long asn;
    private String asOrg;
    private String holder;
    private String abuseContact;
    private final DataSource[] provenance = new DataSource[Enrichment.Field.values().length];
    private boolean anything;

    /** Where the address is used, from geolocation data. */
    public void offerGeoCountry(String code, DataSource source) {
        if (geoCountry == null && isCountry(code)) {
            geoCountry = code.toUpperCase();
            geoCountrySource = source;
        }
    }

    /** The holder's country as registered. */
    public void offerRegistryCountry(String code, DataSource source) {
        if (registryCountry == null && isCountry(code)) {
            registryCountry = code.toUpperCase();
            noteSource(Enrichment.Field.REGISTRY_COUNTRY, source);
        }
    }

    public void offerRange(IpRange offered, DataSource source) {
        if (offered != null && (range == null || offered.isNarrowerThan(range))) {
            range = offered;
            noteSource(Enrichment.Field.NETWORK, source);
        }
    }

    public void offerNetname(String name, DataSource source) {
        if (netname == null && hasText(name)) {
            netname = name.trim();
            noteSource(Enrichment.Field.NETNAME, source);
        }
    }

    /** An AS number (0 means unknown and is ignored) with its organisation, which may be null. */
    public void offerAsn(long number, String organisation, DataSource source) {
        if (asn == 0 && number > 0) {
            asn = number;
            noteSource(Enrichment.Field.ASN, source);
            // The organisation belongs to this number: take it from the same source when it has one.
            if (asOrg == null && hasText(organisation)) {
                asOrg = organisation.trim();
                noteSource(Enrichment.Field.AS_ORG, source);
            }
        } else if (asOrg == null && number == asn && hasText(organisation)) {
            asOrg = organisation.trim();
            noteSource(Enrichment.Field.AS_ORG, source);
        }
    }

    public void offerHolder(String name, DataSource source) {
        if (holder == null && hasText(name)) {
            holder = name.trim();
            noteSource(Enrichment.Field.HOLDER, source);
        }
    }

    public void offerAbuseContact(String contact, DataSource source) {
        if (abuseContact == null && hasText(contact)) {
            abuseContact = contact.trim();
            noteSource(Enrichment.Field.ABUSE_CONTACT, source);
        }
    }

    /** The finished answer; the draft is not to be used afterwards. */
    public Enrichment build() {
        if (!anything && geoCountry == null) {
            return Enrichment.NONE;
        }
        String country = geoCountry != null ? geoCountry : registryCountry;
        if (country != null) {
            noteSource(Enrichment.Field.COUNTRY,
                    geoCountry != null ? geoCountrySource : provenance[Enrichment.Field.REGISTRY_COUNTRY.ordinal()]);
        }
        return new Enrichment(country, registryCountry, range, range == null ? null : range.toText(),
                netname, asn, asOrg, holder, abuseContact, null, new ProvenanceMap(provenance));
    }

    private void noteSource(Enrichment.Field field, DataSource source) {
        provenance[field.ordinal()] = source;
        anything = true;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Two letters; registries' placeholders for "none" ("ZZ") are not a country. */
    private static boolean isCountry(String code) {
        return code != null && code.length() == 2 && Character.isLetter(code.charAt(0))
                && Character.isLetter(code.charAt(1)) && !code.equalsIgnoreCase("ZZ");
    }
}
