package org.trapscope.analysis;

import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What is known about a host beyond its address: country, network range, network name and
 * autonomous system, keyed by the address id of the event store. The enrichment engine
 * implements this; without enrichment data every answer is empty and {@code --country} selects
 * nothing.
 */
public interface HostAttributes {
    /** No enrichment data: every attribute is unknown. */
    HostAttributes NONE = new HostAttributes() {
        @Override
        public String country(int ipId) {
            return "";
        }

        @Override
        public String network(int ipId) {
            return "";
        }

        @Override
        public String netname(int ipId) {
            return "";
        }

        @Override
        public String asOrg(int ipId) {
            return "";
        }

        @Override
        public long asn(int ipId) {
            return -1;
        }
    };

    /** ISO 3166 two-letter country code in upper case, or "" when unknown. */
    String country(int ipId);

    /** The network range holding the address as a CIDR ({@code 185.150.184.0/22}), or "". */
    String network(int ipId);

    /** The registry's network name (whois {@code netname}), or "". */
    String netname(int ipId);

    /** The name of the organisation of the autonomous system, or "". */
    String asOrg(int ipId);

    /** The autonomous system number, or -1 when unknown. */
    long asn(int ipId);

    /**
     * Per address id below {@code ipCount}, whether the host's country is one of these codes: the
     * table behind the country filter.
     */
    default boolean[] inCountries(Collection<String> countries, int ipCount) {
        Set<String> wanted = Set.copyOf(countries);
        boolean[] in = new boolean[ipCount];
        for (int id = 0; id < ipCount; id++) {
            in[id] = wanted.contains(country(id));
        }
        return in;
    }

    /** The address ids below {@code ipCount} grouped by network, or by AS when {@code byAs}. */
    default HostGroups groups(boolean byAs, int ipCount) {
        return HostGroups.of(ipCount, ip -> HostGroups.keyOf(this, ip, byAs));
    }

    /** The distinct known countries of the address ids below {@code ipCount}, for a country chooser. */
    default SortedSet<String> countries(int ipCount) {
        SortedSet<String> codes = new TreeSet<>();
        for (int id = 0; id < ipCount; id++) {
            String code = country(id);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }
}
