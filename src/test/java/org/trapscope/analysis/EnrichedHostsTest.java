package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.Enrichment;
import org.trapscope.store.IpAddress;
import org.trapscope.store.IpTable;

class EnrichedHostsTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EnrichedHostsTest.class.getResource(name).toURI());
    }

    @Test
    void aRangeThatIsNotOneBlockShowsTheBlockHoldingTheAddress() throws Exception {
        IpTable ips = new IpTable();
        long[] a = new long[2];
        IpAddress.parse("9.9.10.7", a);
        int low = ips.intern(a[0], a[1]);
        IpAddress.parse("9.9.12.200", a);
        int high = ips.intern(a[0], a[1]);
        try (Enricher enricher = Enricher.builder().bundled(false)
                .addData(resource("/org/trapscope/enrich/delegated/delegated-apnic-extended-23.txt")).build()) {
            EnrichedHosts hosts = new EnrichedHosts(enricher, ips);
            assertEquals("9.9.10.0/23", hosts.network(low));
            assertEquals("9.9.12.0/24", hosts.network(high));
            assertEquals("CN", hosts.country(low));
        }
    }

    @Test
    void countryTablesAgreeWithEachHostsCountryAndFollowOnlineAnswers() {
        IpTable ips = new IpTable();
        long[] a = new long[2];
        for (String ip : List.of("8.8.8.8", "81.2.69.142", "2a02:c7f:7e13::1", "192.168.1.1", "1.0.16.1", "9.9.12.200")) {
            IpAddress.parse(ip, a);
            ips.intern(a[0], a[1]);
        }
        try (Enricher enricher = Enricher.builder().build()) {
            EnrichedHosts hosts = new EnrichedHosts(enricher, ips);
            TreeSet<String> known = new TreeSet<>();
            for (int id = 0; id < ips.size(); id++) {
                if (!hosts.country(id).isEmpty()) {
                    known.add(hosts.country(id));
                }
            }
            assertTrue(known.size() >= 3, "the bundled data places most of these hosts: " + known);
            assertEquals(known, hosts.countries(ips.size()));
            for (String country : known) {
                boolean[] expected = new boolean[ips.size()];
                for (int id = 0; id < ips.size(); id++) {
                    expected[id] = hosts.country(id).equals(country);
                }
                assertArrayEquals(expected, hosts.inCountries(Set.of(country, "ZZ"), ips.size()), country);
            }
            int privateHost = 3;
            assertFalse(hosts.inCountries(known, ips.size())[privateHost], "a private address has no country");

            hosts.update(privateHost, new Enrichment("NO", "NO", null, null, null, 0, null, null, null, null, Map.of()));
            assertTrue(hosts.inCountries(Set.of("NO"), ips.size())[privateHost]);
            assertTrue(hosts.countries(ips.size()).contains("NO"));
        }
    }
}
