package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trapscope.enrich.Enricher;
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
}
