package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoDataKindTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GeoDataKindTest.class.getResource(name).toURI());
    }

    @Test
    void recognisesEachKindByContent() throws Exception {
        assertEquals(GeoDataKind.MMDB, GeoDataKind.of(resource("/mmdb/GeoLite2-ASN-Test.mmdb")));
        assertEquals(GeoDataKind.MMDB, GeoDataKind.of(resource("/mmdb/GeoLite2-ASN-Test.mmdb").getParent()));
        assertEquals(GeoDataKind.DELEGATED,
                GeoDataKind.of(resource("/org/trapscope/enrich/delegated/delegated-ripencc-extended-2.txt")));
        assertEquals(GeoDataKind.RPSL_DUMP, GeoDataKind.of(resource("/org/trapscope/enrich/rpsl/ripe.db.inetnum.gz")));
        Path renamed = dir.resolve("geo.dat");
        Files.copy(resource("/mmdb/GeoIP2-Country-Test.mmdb"), renamed);
        assertEquals(GeoDataKind.MMDB, GeoDataKind.of(renamed), "a renamed database is still one");
    }

    @Test
    void anythingElseIsRejectedWithTheFileName() throws IOException {
        Path log = Files.writeString(dir.resolve("spamd"), "Nov 22 04:04:30 skapet spamd[1]: 1.2.3.4: connected (1/0)\n");
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> GeoDataKind.of(log));
        assertTrue(e.getMessage().contains("spamd"), e.getMessage());
    }

    @Test
    void theBuilderTakesAnyKindThroughOneCall() throws Exception {
        try (Enricher enricher = Enricher.builder().bundled(false)
                .addData(resource("/mmdb/GeoLite2-ASN-Test.mmdb")).build()) {
            Enrichment e = enricher.lookup("1.128.0.1");
            assertEquals(1221, e.asn());
            assertEquals("Telstra Pty Ltd", e.asOrg());
        }
    }
}
