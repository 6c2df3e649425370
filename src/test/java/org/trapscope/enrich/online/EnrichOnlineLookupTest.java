package org.trapscope.enrich.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.enrich.online.LoopbackRdapServer.ok;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.Enrichment;
import org.trapscope.enrich.IpNumbers;

/** The whole online path through the enricher, against RDAP and WHOIS servers on loopback. */
class EnrichOnlineLookupTest {
    private final LoopbackRdapServer rdap = new LoopbackRdapServer();
    private final LoopbackWhoisServer whois = new LoopbackWhoisServer();
    private Enricher enricher;

    EnrichOnlineLookupTest() throws IOException {
    }

    @AfterEach
    void stop() throws IOException {
        if (enricher != null) {
            enricher.close();
        }
        rdap.close();
        whois.close();
    }

    private Enricher enricher(Path cache) throws IOException {
        return enricher(cache, Duration.ofMillis(10));
    }

    private Enricher enricher(Path cache, Duration gapPerServer) throws IOException {
        enricher = Enricher.builder()
                .online(true)
                .cacheDirectory(cache)
                .rdapBootstrap(EnrichRdapTest.bootstrapFor(rdap))
                .httpFetcher(JdkHttpFetcher.withDefaults())
                .whoisConnector(new SocketWhoisConnector(name -> {
                    InetSocketAddress address = whois.address();
                    if (!name.startsWith("whois.")) {
                        throw new AssertionError("the client tried to reach " + name);
                    }
                    return address;
                }, Duration.ofSeconds(2), Duration.ofSeconds(2), 64 << 10))
                .queryGaps(gapPerServer, Duration.ofMillis(5))
                .build();
        return enricher;
    }

    private static Enrichment await(CompletableFuture<Enrichment> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    private static long[] ip(String text) {
        return IpNumbers.parse(text);
    }

    @Test
    void anAnswerServesEveryAddressOfItsNetworkWithoutAnotherQuery(@TempDir Path cache) throws Exception {
        rdap.on("/specific/ip/149.43.80.1", ok(CannedAnswers.RDAP_ARIN));
        Enricher online = enricher(cache);
        Enrichment first = await(online.lookupOnline(ip("149.43.80.1")[0], ip("149.43.80.1")[1]));
        assertEquals("COLGATE-1", first.netname());
        assertEquals("149.43.0.0/16", first.network());
        assertEquals("abuse@colgate.edu", first.abuseContact());
        assertEquals("RDAP 127.0.0.1", first.sourceOf(Enrichment.Field.NETNAME).name());
        assertTrue(first.asn() > 0, "the bundled snapshot still gives the AS number");

        Enrichment neighbour = await(online.lookupOnline(ip("149.43.1.2")[0], ip("149.43.1.2")[1]));
        assertEquals("COLGATE-1", neighbour.netname());
        assertEquals(1, rdap.requests().size(), "the second address was answered from the cache");
        assertEquals("COLGATE-1", online.lookup("149.43.200.200").netname(), "offline lookups see online answers");
    }

    @Test
    void answersSurviveARestart(@TempDir Path cache) throws Exception {
        rdap.on("/specific/ip/149.43.80.1", ok(CannedAnswers.RDAP_ARIN));
        Enricher first = enricher(cache);
        await(first.lookupOnline(ip("149.43.80.1")[0], ip("149.43.80.1")[1]));
        first.close();

        Enricher later = Enricher.builder().cacheDirectory(cache).build();
        Enrichment answer = later.lookup("149.43.9.9");
        assertEquals("COLGATE-1", answer.netname());
        assertEquals("Colgate University", answer.holder());
        assertEquals(CannedAnswers.RDAP_ARIN, later.onlineCache().find(ip("149.43.9.9")[0], ip("149.43.9.9")[1]).raw());
        assertEquals(0, later.onlineCache().unreadableLines());
    }

    @Test
    void whoisIsTheFallbackWhenRdapFails(@TempDir Path cache) throws Exception {
        rdap.on("/ripe/ip/193.200.0.1", new LoopbackRdapServer.Canned(500, "oops", Map.of()));
        // The loopback RDAP server is no registry's, so WHOIS starts at IANA and follows its referral.
        whois.answer("193.200.0.1", LoopbackWhoisServer.text(CannedAnswers.IANA));
        whois.answer("-r 193.200.0.1", LoopbackWhoisServer.text(CannedAnswers.RIPE
                .replace("193.0.0.0 - 193.0.7.255", "193.200.0.0 - 193.200.255.255")));
        Enrichment answer = await(enricher(cache).lookupOnline(ip("193.200.0.1")[0], ip("193.200.0.1")[1]));
        assertEquals("RIPE-NCC", answer.netname());
        assertEquals("WHOIS whois.ripe.net", answer.sourceOf(Enrichment.Field.NETNAME).name());
        assertEquals(List.of("193.200.0.1", "-r 193.200.0.1"), whois.queries());
    }

    @Test
    void aRateLimitIsWaitedOutAndRetried(@TempDir Path cache) throws Exception {
        rdap.on("/specific/ip/149.43.80.1",
                new LoopbackRdapServer.Canned(429, "{}", Map.of("Retry-After", "1")), ok(CannedAnswers.RDAP_ARIN));
        long started = System.nanoTime();
        Enrichment answer = await(enricher(cache).lookupOnline(ip("149.43.80.1")[0], ip("149.43.80.1")[1]));
        assertEquals("COLGATE-1", answer.netname());
        assertTrue(System.nanoTime() - started >= 900_000_000L, "the server asked for a one-second pause");
        assertEquals(2, rdap.requests().size());
    }

    @Test
    void aMissIsCachedForAShorterTime(@TempDir Path cache) throws Exception {
        Enricher online = enricher(cache);
        Enrichment none = await(online.lookupOnline(ip("149.44.0.1")[0], ip("149.44.0.1")[1]));
        assertNull(none.netname());
        await(online.lookupOnline(ip("149.44.0.1")[0], ip("149.44.0.1")[1]));
        assertEquals(1, rdap.requests().size(), "a recent miss is not asked again");
    }

    @Test
    void theQueueReportsItsSizeAndCanBeCancelled(@TempDir Path cache) throws Exception {
        rdap.on("/specific/ip/149.43.80.1", ok(CannedAnswers.RDAP_ARIN));
        // Five seconds between two queries to one server: after the first, the others must wait.
        Enricher online = enricher(cache, Duration.ofSeconds(5));
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        online.onlineQueue().addListener(sizes::add);
        await(online.lookupOnline(ip("149.43.80.1")[0], ip("149.43.80.1")[1]));
        List<CompletableFuture<Enrichment>> later = List.of(
                online.lookupOnline(ip("149.44.0.1")[0], ip("149.44.0.1")[1]),
                online.lookupOnline(ip("149.44.0.2")[0], ip("149.44.0.2")[1]),
                online.lookupOnline(ip("149.44.0.3")[0], ip("149.44.0.3")[1]));
        assertTrue(online.onlineQueue().size() >= 2, "lookups are waiting");
        online.onlineQueue().cancelAll();
        assertTrue(later.stream().filter(CompletableFuture::isCancelled).count() >= 2, "waiting lookups are cancelled");
        assertTrue(online.onlineQueue().size() <= 1, "at most the running lookup is left");
        assertTrue(sizes.contains(3) || sizes.contains(2), "listeners heard the queue grow: " + sizes);
        assertEquals(1, rdap.requests().size());
    }

    @Test
    void specialAddressesNeverGoOnline(@TempDir Path cache) throws Exception {
        Enrichment answer = await(enricher(cache).lookupOnline(ip("10.1.2.3")[0], ip("10.1.2.3")[1]));
        assertEquals("private", answer.special());
        assertTrue(rdap.requests().isEmpty());
        assertTrue(whois.queries().isEmpty());
    }
}
