package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known answers of MaxMind's test databases (spec enrichment.md §2.6). */
class EnrichMmdbTest {
    static Path mmdb(String name) {
        try {
            return Path.of(EnrichMmdbTest.class.getResource("/mmdb/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Enricher only(String... files) throws IOException {
        EnricherBuilder builder = Enricher.builder().bundled(false);
        for (String file : files) {
            builder.addMmdb(mmdb(file));
        }
        return builder.build();
    }

    @Test
    void geoIp2CountryGivesGeoAndRegistryCountry() throws IOException {
        Enricher enricher = only("GeoIP2-Country-Test.mmdb");
        Enrichment gb = enricher.lookup("81.2.69.160");
        assertEquals("GB", gb.country());
        assertEquals("US", gb.registryCountry());
        assertEquals("GeoIP2-Country", gb.sourceOf(Enrichment.Field.COUNTRY).name());
        assertEquals("JP", enricher.lookup("2001:218::1").country());
        assertEquals("SE", enricher.lookup("89.160.20.128").country());
        assertEquals("DE", enricher.lookup("89.160.20.128").registryCountry());
        assertEquals("US", enricher.lookup("216.160.83.56").country());
        assertEquals("GB", enricher.lookup("216.160.83.56").registryCountry());
        assertEquals("BT", enricher.lookup("67.43.156.1").country());
        assertEquals("RO", enricher.lookup("67.43.156.1").registryCountry());
        assertTrue(enricher.lookup("8.8.8.8").isEmpty());
        // A country database's network is a stretch of one country, not a network: not shown.
        assertNull(gb.network());
    }

    @Test
    void geoLite2Country() throws IOException {
        Enricher enricher = only("GeoLite2-Country-Test.mmdb");
        assertEquals("GB", enricher.lookup("2.125.160.216").country());
        assertEquals("FR", enricher.lookup("2.125.160.216").registryCountry());
        assertEquals("PH", enricher.lookup("202.196.224.1").country());
    }

    @Test
    void geoLite2AsnGivesNumberOrganisationAndPrefix() throws IOException {
        Enricher enricher = only("GeoLite2-ASN-Test.mmdb");
        Enrichment telstra = enricher.lookup("1.128.0.1");
        assertEquals(1221, telstra.asn());
        assertEquals("Telstra Pty Ltd", telstra.asOrg());
        assertEquals("1.128.0.0/11", telstra.network());
        assertEquals(7018, enricher.lookup("12.81.92.1").asn());
        assertEquals("AT&T Services", enricher.lookup("12.81.92.1").asOrg());
        assertEquals("12.81.92.0/22", enricher.lookup("12.81.92.1").network());
        Enrichment noOrganisation = enricher.lookup("12.81.96.1");
        assertEquals(7018, noOrganisation.asn());
        assertNull(noOrganisation.asOrg());
        assertEquals("12.81.96.0/19", noOrganisation.network());
        assertEquals("Google Inc.", enricher.lookup("1.0.0.1").asOrg());
        assertEquals("1.0.0.0/24", enricher.lookup("1.0.0.1").network());
        Enrichment sunrise = enricher.lookup("2001:1700::1");
        assertEquals(6730, sunrise.asn());
        assertEquals("Sunrise Communications AG", sunrise.asOrg());
        assertEquals("2001:1700::/27", sunrise.network());
        assertEquals(0, enricher.lookup("11.0.0.1").asn());
    }

    @Test
    void sourcesCombinePerFieldSoACountryDatabaseDoesNotHideAnAsnDatabase() throws IOException {
        Enricher enricher = only("GeoIP2-Country-Test.mmdb", "GeoLite2-ASN-Test.mmdb");
        Enrichment both = enricher.lookup("2001:1700::1");
        assertEquals(6730, both.asn());
        assertEquals("GeoLite2-ASN", both.sourceOf(Enrichment.Field.ASN).name());
    }

    @Test
    void importsTakePrecedenceOverTheBundledDataFieldByField() throws IOException {
        Enricher enricher = Enricher.builder().addMmdb(mmdb("GeoIP2-Country-Test.mmdb")).build();
        Enrichment answer = enricher.lookup("81.2.69.160");
        assertEquals("GB", answer.country());
        assertEquals("GeoIP2-Country", answer.sourceOf(Enrichment.Field.COUNTRY).name());
        // The country test data has no AS: the bundled snapshot still supplies one.
        assertTrue(answer.asn() > 0);
        assertEquals("bundled ip-location-db", answer.sourceOf(Enrichment.Field.ASN).name());
    }

    @Test
    void aFolderAddsEveryMmdbInIt(@TempDir Path folder) throws IOException {
        Files.copy(mmdb("GeoLite2-ASN-Test.mmdb"), folder.resolve("a.mmdb"));
        Files.copy(mmdb("GeoLite2-Country-Test.mmdb"), folder.resolve("b.MMDB"));
        Files.writeString(folder.resolve("README.txt"), "not a database");
        Enricher enricher = Enricher.builder().bundled(false).addMmdb(folder).build();
        assertEquals(2, enricher.describeSources().stream().filter(line -> line.contains(".mmdb") || line.contains(".MMDB")).count());
        assertEquals("PH", enricher.lookup("202.196.224.1").country());
    }

    @Test
    void aCorruptDatabaseIsRejectedNamingTheFile() {
        Path corrupt = mmdb("MaxMind-DB-test-broken-search-tree-24.mmdb");
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class,
                () -> Enricher.builder().addMmdb(corrupt));
        assertTrue(e.getMessage().contains("MaxMind-DB-test-broken-search-tree-24.mmdb"), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid MaxMind DB"), e.getMessage());
    }

    @Test
    void aFileThatIsNoDatabaseAtAllIsRejected(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("GeoLite2-City.mmdb"), "hello");
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> MmdbSource.open(text));
        assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid MaxMind DB"), e.getMessage());
    }

    @Test
    void ipinfoWritesTheAsNumberAsText() {
        assertEquals(174, MmdbSource.asNumber("AS174"));
        assertEquals(174, MmdbSource.asNumber("as174"));
        assertEquals(0, MmdbSource.asNumber(""));
        assertEquals(0, MmdbSource.asNumber(null));
    }

    @Test
    void schemasAreRecognisedByTheirKeys() {
        MmdbSchema.Probe ipinfo = new MmdbSchema.Probe();
        ipinfo.record(java.util.Map.of("country_code", "US", "asn", "AS174", "as_name", "Cogent", "continent", "NA"));
        assertEquals(new MmdbSchema(false, true, false, false, true), ipinfo.result());
        MmdbSchema.Probe dbip = new MmdbSchema.Probe();
        dbip.record(java.util.Map.of("country", java.util.Map.of("iso_code", "DE"), "continent", java.util.Map.of("code", "EU")));
        assertEquals(new MmdbSchema(true, false, false, false, false), dbip.result());
        MmdbSchema.Probe anonymous = new MmdbSchema.Probe();
        anonymous.record(java.util.Map.of("is_anonymous", true));
        assertTrue(!anonymous.result().isUseful());
    }
}
