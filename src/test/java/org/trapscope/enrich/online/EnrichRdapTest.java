package org.trapscope.enrich.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.enrich.online.LoopbackRdapServer.ok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trapscope.enrich.IpNumbers;

class EnrichRdapTest {
    private final LoopbackRdapServer server;
    private final RdapClient client;

    EnrichRdapTest() throws IOException {
        server = new LoopbackRdapServer();
        client = new RdapClient(JdkHttpFetcher.withDefaults(), bootstrapFor(server), Clock.systemUTC(),
                new ServerPacer(Duration.ZERO, Duration.ZERO, Clock.systemUTC()));
    }

    /** 149.0.0.0/8 and 193.0.0.0/8 at /arin/ and /ripe/; a longer 149.43.0.0/16 entry at /specific/. */
    static RdapBootstrap bootstrapFor(LoopbackRdapServer server) throws IOException {
        String v4 = """
                {"version": "1.0", "services": [
                  [["149.0.0.0/8", "193.0.0.0/9"], ["%1$s"]],
                  [["149.43.0.0/16"], ["%2$s"]],
                  [["193.0.0.0/8"], ["%3$s"]]]}
                """.formatted(server.base("/arin/"), server.base("/specific/"), server.base("/ripe/"));
        String v6 = """
                {"version": "1.0", "services": [[["2001:db8::/32"], ["%s"]]]}
                """.formatted(server.base("/ripe/"));
        return RdapBootstrap.parse(List.of(v4.getBytes(StandardCharsets.UTF_8), v6.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static long[] ip(String text) {
        return IpNumbers.parse(text);
    }

    @Test
    void bootstrapChoosesTheLongestMatchingBlock() throws IOException {
        RdapBootstrap bootstrap = bootstrapFor(server);
        assertEquals(server.base("/specific/"), bootstrap.baseFor(ip("149.43.1.1")[0], ip("149.43.1.1")[1]));
        assertEquals(server.base("/arin/"), bootstrap.baseFor(ip("149.44.1.1")[0], ip("149.44.1.1")[1]));
        assertEquals(server.base("/arin/"), bootstrap.baseFor(ip("193.0.0.1")[0], ip("193.0.0.1")[1]));
        assertEquals(server.base("/ripe/"), bootstrap.baseFor(ip("193.200.0.1")[0], ip("193.200.0.1")[1]));
        assertNull(bootstrap.baseFor(ip("8.8.8.8")[0], ip("8.8.8.8")[1]));
    }

    @Test
    void theBundledBootstrapCoversTheRegistries() {
        RdapBootstrap bundled = RdapBootstrap.bundled();
        assertEquals("rdap.db.ripe.net", bundled.baseFor(ip("193.0.0.1")[0], ip("193.0.0.1")[1]).getHost());
        assertEquals("https", bundled.baseFor(ip("8.8.8.8")[0], ip("8.8.8.8")[1]).getScheme());
        assertEquals("rdap.apnic.net", bundled.baseFor(ip("2400:cb00::1")[0], ip("2400:cb00::1")[1]).getHost());
    }

    @Test
    void arinStyleAnswerWithoutCountryAndWithNestedAbuse() throws IOException {
        server.on("/specific/ip/149.43.80.1", ok(CannedAnswers.RDAP_ARIN));
        OnlineAnswer answer = client.lookup(ip("149.43.80.1")[0], ip("149.43.80.1")[1]);
        assertEquals("149.43.0.0/16", answer.range().toText());
        assertEquals("COLGATE-1", answer.netname());
        assertEquals("Colgate University", answer.holder());
        assertEquals("abuse@colgate.edu", answer.abuseContact());
        assertNull(answer.country());
        assertEquals("RDAP 127.0.0.1", answer.source().name());
    }

    @Test
    void ripeStyleAnswerWithCountry() throws IOException {
        server.on("/ripe/ip/193.200.0.1", ok(CannedAnswers.RDAP_RIPE.replace("193.0.7.255", "193.255.255.255")));
        OnlineAnswer answer = client.lookup(ip("193.200.0.1")[0], ip("193.200.0.1")[1]);
        assertEquals("NL", answer.country());
        assertEquals("abuse@ripe.net", answer.abuseContact());
        assertEquals("Reseaux IP Europeens Network Coordination Centre (RIPE NCC)", answer.holder());
    }

    @Test
    void redirectsAreFollowedAFewTimes() throws IOException {
        server.on("/arin/ip/193.0.0.1", new LoopbackRdapServer.Canned(302, "", Map.of("Location", "/ripe/ip/193.0.0.1")));
        server.on("/ripe/ip/193.0.0.1", ok(CannedAnswers.RDAP_RIPE));
        assertEquals("RIPE-NCC", client.lookup(ip("193.0.0.1")[0], ip("193.0.0.1")[1]).netname());
        assertEquals(List.of("/arin/ip/193.0.0.1", "/ripe/ip/193.0.0.1"), server.requests());
    }

    @Test
    void aRedirectLoopEnds() {
        server.on("/arin/ip/149.44.0.1", new LoopbackRdapServer.Canned(302, "", Map.of("Location", "/arin/ip/149.44.0.1")));
        IOException e = assertThrows(IOException.class, () -> client.lookup(ip("149.44.0.1")[0], ip("149.44.0.1")[1]));
        assertTrue(e.getMessage().contains("more than 3 RDAP redirects"), e.getMessage());
        assertEquals(RdapClient.MAX_REDIRECTS + 1, server.requests().size());
    }

    @Test
    void notFoundIsNoAnswer() throws IOException {
        assertNull(client.lookup(ip("149.44.0.1")[0], ip("149.44.0.1")[1]));
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        server.on("/arin/ip/149.44.0.1", new LoopbackRdapServer.Canned(429, "{}", Map.of("Retry-After", "1")));
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.lookup(ip("149.44.0.1")[0], ip("149.44.0.1")[1]));
        assertEquals(Duration.ofSeconds(1), e.retryAfter());
        assertEquals("127.0.0.1", e.server());
    }

    @Test
    void anOversizedAnswerIsRefused() throws IOException {
        server.on("/arin/ip/149.44.0.1", ok("{\"pad\": \"" + "x".repeat(5000) + "\"}"));
        RdapClient small = new RdapClient(new JdkHttpFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 1000, "test"),
                bootstrapFor(server), Clock.systemUTC(),
                new ServerPacer(Duration.ZERO, Duration.ZERO, Clock.systemUTC()));
        IOException e = assertThrows(IOException.class, () -> small.lookup(ip("149.44.0.1")[0], ip("149.44.0.1")[1]));
        assertTrue(e.getMessage().contains("larger than 1000 bytes"), e.getMessage());
    }
}
