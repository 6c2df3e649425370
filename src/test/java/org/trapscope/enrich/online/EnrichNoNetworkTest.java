package org.trapscope.enrich.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.Enrichment;
import org.trapscope.enrich.IpNumbers;

/** With online lookups off, enrichment must not touch the network, whatever is asked of it. */
class EnrichNoNetworkTest {

    @Test
    void nothingGoesOnlineWhileOnlineLookupsAreOff() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        HttpFetcher http = (URI uri) -> {
            attempts.incrementAndGet();
            throw new AssertionError("HTTP request to " + uri + " while online lookups are off");
        };
        WhoisConnector whois = (server, query) -> {
            attempts.incrementAndGet();
            throw new AssertionError("WHOIS query to " + server + " while online lookups are off");
        };
        try (Enricher enricher = Enricher.builder().httpFetcher(http).whoisConnector(whois).build()) {
            String[] addresses = {"193.0.0.1", "8.8.8.8", "2001:4860::1", "10.0.0.1", "149.43.80.1", "::1"};
            long[] hi = new long[addresses.length];
            long[] lo = new long[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                long[] ip = IpNumbers.parse(addresses[i]);
                hi[i] = ip[0];
                lo[i] = ip[1];
                Enrichment offline = enricher.lookup(ip[0], ip[1]);
                CompletableFuture<Enrichment> online = enricher.lookupOnline(ip[0], ip[1]);
                assertTrue(online.isDone(), "an online request while offline completes at once");
                assertEquals(offline, online.get());
            }
            enricher.lookupAll(hi, lo);
            assertEquals(0, enricher.onlineQueue().size());
        }
        assertEquals(0, attempts.get());
    }

    @Test
    void turningOnlineLookupsOffDropsWhatIsWaiting() {
        HttpFetcher http = uri -> {
            throw new AssertionError("no request expected");
        };
        try (Enricher enricher = Enricher.builder().httpFetcher(http).build()) {
            assertTrue(!enricher.isOnline());
            enricher.setOnline(false);
            assertTrue(enricher.lookupOnline(0, IpNumbers.parse("193.0.0.1")[1]).isDone());
        }
    }
}
