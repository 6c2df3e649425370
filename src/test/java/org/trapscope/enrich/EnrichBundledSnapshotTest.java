package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Answers checked against the CSV rows of the bundled packages (version 2.3.2026061719). Blocks
 * chosen for being long-lived (RIPE NCC's own, Google's); a rebuild from newer data may still
 * need them revisited.
 */
class EnrichBundledSnapshotTest {
    private final Enricher enricher = Enricher.builder().build();

    @Test
    void ipv4AnswersCountryAsAndAnnouncedRange() {
        Enrichment ripe = enricher.lookup("193.0.0.1");
        assertEquals("NL", ripe.country());
        assertEquals(3333, ripe.asn());
        assertEquals("Reseaux IP Europeens Network Coordination Centre (RIPE NCC)", ripe.asOrg());
        assertEquals("193.0.0.0/21", ripe.network());
        assertEquals("bundled ip-location-db", ripe.sourceOf(Enrichment.Field.ASN).name());
        assertEquals(enricher.bundledDataDate(), ripe.sourceOf(Enrichment.Field.COUNTRY).dataDate());
        assertEquals("AU", enricher.lookup("1.1.1.1").country());
        assertEquals(13335, enricher.lookup("1.1.1.1").asn());
    }

    @Test
    void ipv6AnswersToo() {
        Enrichment google = enricher.lookup("2001:4860::8888");
        assertEquals("US", google.country());
        assertEquals(15169, google.asn());
        assertEquals("Google LLC", google.asOrg());
        assertEquals("2001:4860:: - 2001:4860:4804:ffff:ffff:ffff:ffff:ffff", google.network());
    }

    @Test
    void dataDateIsKnownWithoutLoadingAndMatchesTheTables() {
        LocalDate date = BundledSnapshot.readDataDate();
        assertEquals(LocalDate.of(2026, 6, 17), date);
        assertEquals(date, BundledSnapshot.shared().dataDate());
        assertTrue(Enricher.bundledDataSummary(LocalDate.of(2026, 6, 27)).contains("2026-06-17, 10 days old"));
    }

    @Test
    void attributionCreditsTheSourcesWithTheDate() {
        String text = BundledSnapshot.attribution();
        assertTrue(text.contains("CC BY 4.0") || text.contains("Creative Commons Attribution 4.0"));
        assertTrue(text.contains("2026-06-17"));
        assertTrue(text.contains("DB-IP") && text.contains("NRO") && text.contains("Route Views"));
    }

    @Test
    void loadsWellUnderASecond() {
        long started = System.nanoTime();
        BundledSnapshot snapshot = BundledSnapshot.load();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertNotNull(snapshot);
        assertTrue(millis < 1000, "loading took " + millis + " ms");
    }
}
