package org.trapscope.enrich;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which keys of a MaxMind DB file hold the values the engine wants. Detected by probing records
 * rather than trusting {@code database_type}, because DB-IP and IPinfo name their types freely:
 * <ul>
 *   <li>GeoIP2 / GeoLite2 / DB-IP country and city: {@code country.iso_code},
 *       {@code registered_country.iso_code}</li>
 *   <li>GeoLite2 / DB-IP ASN: {@code autonomous_system_number} (a number),
 *       {@code autonomous_system_organization} (may be absent)</li>
 *   <li>IPinfo Lite: flat {@code country_code}, {@code asn} as text ("AS174"), {@code as_name}</li>
 * </ul>
 */
record MmdbSchema(boolean nestedCountry, boolean flatCountry, boolean registeredCountry,
                  boolean numericAsn, boolean textAsn) {

    boolean hasCountry() {
        return nestedCountry || flatCountry;
    }

    boolean hasAsn() {
        return numericAsn || textAsn;
    }

    boolean isUseful() {
        return hasCountry() || registeredCountry || hasAsn();
    }

    /** Accumulates what probed records show. */
    static final class Probe {
        private final Set<String> keys = new TreeSet<>();
        private boolean nestedCountry;
        private boolean registeredCountry;

        void record(Map<?, ?> data) {
            for (Object key : data.keySet()) {
                keys.add(String.valueOf(key));
            }
            nestedCountry |= data.get("country") instanceof Map<?, ?> country && country.containsKey("iso_code");
            registeredCountry |= data.get("registered_country") instanceof Map<?, ?> registered
                    && registered.containsKey("iso_code");
        }

        MmdbSchema result() {
            return new MmdbSchema(nestedCountry, keys.contains("country_code"), registeredCountry,
                    keys.contains("autonomous_system_number"), keys.contains("asn"));
        }

        /** The keys seen, for the message that rejects a file with nothing usable. */
        Set<String> keys() {
            return keys;
        }
    }
}
