package org.trapscope.enrich.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.enrich.online.LoopbackWhoisServer.text;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trapscope.enrich.IpNumbers;

class EnrichWhoisTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final Map<String, LoopbackWhoisServer> servers = new HashMap<>();

    @AfterEach
    void stopServers() throws IOException {
        for (LoopbackWhoisServer server : servers.values()) {
            server.close();
        }
    }

    private LoopbackWhoisServer server(String name) throws IOException {
        LoopbackWhoisServer server = new LoopbackWhoisServer();
        servers.put(name, server);
        return server;
    }

    /** Registry names resolve to the loopback servers; any other name fails the test. */
    private WhoisClient client(Duration readTimeout) {
        SocketWhoisConnector connector = new SocketWhoisConnector(name -> {
            LoopbackWhoisServer server = servers.get(name);
            if (server == null) {
                throw new AssertionError("the client tried to reach " + name);
            }
            return server.address();
        }, Duration.ofSeconds(2), readTimeout, 64 << 10);
        return new WhoisClient(connector, Clock.fixed(NOW, ZoneOffset.UTC),
                new ServerPacer(Duration.ZERO, Duration.ZERO, Clock.systemUTC()));
    }

    private static OnlineAnswer parse(String answer) {
        return WhoisParser.parse(text(answer), "whois.test", NOW).answer();
    }

    @Test
    void ripeStyleGivesRangeNameCountryOriginAndAbuse() {
        OnlineAnswer ripe = parse(CannedAnswers.RIPE);
        assertEquals("193.0.0.0/21", ripe.range().toText());
        assertEquals("RIPE-NCC", ripe.netname());
        assertEquals("NL", ripe.country());
        assertEquals("RIPE Network Coordination Centre", ripe.holder());
        assertEquals("abuse@ripe.net", ripe.abuseContact());
        assertEquals(3333, ripe.asn());
        assertEquals(CannedAnswers.RIPE, ripe.raw());
    }

    @Test
    void arinStyleUsesTheLastNetRangeAndTheOrgBlock() {
        WhoisParser.Parsed parsed = WhoisParser.parse(text(CannedAnswers.ARIN_WITH_REFERRAL), "whois.arin.net", NOW);
        assertEquals("193.0.0.0/18", parsed.answer().range().toText());
        assertEquals("RIPE-ERX-193-0-0-0", parsed.answer().netname());
        assertEquals("NL", parsed.answer().country());
        assertEquals("RIPE Network Coordination Centre", parsed.answer().holder());
        assertEquals("abuse@ripe.net", parsed.answer().abuseContact());
        assertEquals("whois.ripe.net", parsed.referral());
    }

    @Test
    void lacnicShortensPrefixes() {
        OnlineAnswer lacnic = parse(CannedAnswers.LACNIC);
        assertEquals("138.36.24.0/22", lacnic.range().toText());
        assertEquals("Universidade Exemplo", lacnic.holder());
        assertEquals("BR", lacnic.country());
        assertEquals(52999, lacnic.asn());
        assertEquals("200.3.12.0/22", WhoisParser.expandShortenedV4("200.3.12/22"));
        assertEquals("10.0.0.0/8", WhoisParser.expandShortenedV4("10/8"));
    }

    @Test
    void latin1AnswersAreDecoded() {
        OnlineAnswer apnic = WhoisParser.parse(CannedAnswers.apnicLatin1(), "whois.apnic.net", NOW).answer();
        assertEquals("Soci\u00e9t\u00e9 Exemple", apnic.holder());
    }

    @Test
    void referralsAreHostsOnly() {
        assertEquals("whois.ripe.net", WhoisServers.referralHost("whois://whois.ripe.net"));
        assertEquals("whois.apnic.net", WhoisServers.referralHost("whois.apnic.net:43"));
        assertNull(WhoisServers.referralHost("rwhois://rwhois.example.net:4321/"));
        assertEquals("n + 193.0.0.1", WhoisServers.queryFor("whois.arin.net", "193.0.0.1"));
        assertEquals("-r 193.0.0.1", WhoisServers.queryFor("whois.ripe.net", "193.0.0.1"));
        assertEquals("193.0.0.1", WhoisServers.queryFor("whois.iana.org", "193.0.0.1"));
    }

    @Test
    void ianaRefersToRipeWhichIsAskedWithDashR() throws IOException {
        server("whois.iana.org").answer("193.0.0.1", text(CannedAnswers.IANA));
        server("whois.ripe.net").answer("-r 193.0.0.1", text(CannedAnswers.RIPE));
        long[] ip = IpNumbers.parse("193.0.0.1");
        OnlineAnswer answer = client(Duration.ofSeconds(2)).lookup(ip[0], ip[1], null);
        assertEquals("RIPE-NCC", answer.netname());
        assertEquals("whois.ripe.net", answer.server());
        assertEquals(List.of("193.0.0.1"), servers.get("whois.iana.org").queries());
        assertEquals(List.of("-r 193.0.0.1"), servers.get("whois.ripe.net").queries());
    }

    @Test
    void arinReferralLeadsToTheMoreSpecificRipeAnswer() throws IOException {
        server("whois.arin.net").answer("n + 193.0.0.1", text(CannedAnswers.ARIN_WITH_REFERRAL));
        server("whois.ripe.net").answer("-r 193.0.0.1", text(CannedAnswers.RIPE));
        long[] ip = IpNumbers.parse("193.0.0.1");
        OnlineAnswer answer = client(Duration.ofSeconds(2)).lookup(ip[0], ip[1], "whois.arin.net");
        assertEquals("193.0.0.0/21", answer.range().toText());
        assertEquals(List.of("n + 193.0.0.1"), servers.get("whois.arin.net").queries());
    }

    @Test
    void aReferralLoopStops() throws IOException {
        server("whois.iana.org").answer("193.0.0.1", text("refer: whois.ripe.net\n"));
        server("whois.ripe.net").answer("-r 193.0.0.1", text("""
                inetnum: 193.0.0.0 - 193.255.255.255
                netname: NON-RIPE-NCC-MANAGED-ADDRESS-BLOCK
                """));
        long[] ip = IpNumbers.parse("193.0.0.1");
        assertNull(client(Duration.ofSeconds(2)).lookup(ip[0], ip[1], null));
        assertEquals(1, servers.get("whois.iana.org").queries().size());
        assertEquals(1, servers.get("whois.ripe.net").queries().size());
    }

    @Test
    void anAnswerCutOffBeforeTheRangeNamesNoNetwork() throws IOException {
        server("whois.ripe.net").answer("-r 193.0.0.1", text("% This is the RIPE Database query service.\n\ninetn"));
        long[] ip = IpNumbers.parse("193.0.0.1");
        assertNull(client(Duration.ofSeconds(2)).lookup(ip[0], ip[1], "whois.ripe.net"));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        server("whois.ripe.net").answer("-r 193.0.0.1", LoopbackWhoisServer.SILENCE);
        long[] ip = IpNumbers.parse("193.0.0.1");
        long started = System.nanoTime();
        assertThrows(SocketTimeoutException.class, () -> client(Duration.ofMillis(300)).lookup(ip[0], ip[1], "whois.ripe.net"));
        assertTrue(System.nanoTime() - started < 2_000_000_000L);
    }

    @Test
    void aDenialIsARateLimit() throws IOException {
        server("whois.ripe.net").answer("-r 193.0.0.1", text(CannedAnswers.RIPE_DENIED));
        long[] ip = IpNumbers.parse("193.0.0.1");
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client(Duration.ofSeconds(2)).lookup(ip[0], ip[1], "whois.ripe.net"));
        assertEquals("whois.ripe.net", e.server());
    }

    @Test
    void anOversizedAnswerIsRefused() throws IOException {
        server("whois.ripe.net").answer("-r 193.0.0.1", text("%".repeat(100_000)));
        SocketWhoisConnector small = new SocketWhoisConnector(name -> servers.get(name).address(),
                Duration.ofSeconds(2), Duration.ofSeconds(2), 10_000);
        IOException e = assertThrows(IOException.class, () -> small.query("whois.ripe.net", "-r 193.0.0.1"));
        assertTrue(e.getMessage().contains("larger than 10000 bytes"), e.getMessage());
    }
}
