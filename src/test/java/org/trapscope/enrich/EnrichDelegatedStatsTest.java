package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.enrich.EnrichTestFiles.ask;
import static org.trapscope.enrich.EnrichTestFiles.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made files in the shapes of each registry's file (spec enrichment.md §1); documentation ranges. */
class EnrichDelegatedStatsTest {

    private static DelegatedStatsSource read(String name) throws IOException {
        return DelegatedStatsSource.read(resource("delegated/" + name));
    }

    @Test
    void apnicShapeWithCountsThatAreNotOneCidr() throws IOException {
        DelegatedStatsSource apnic = read("delegated-apnic-extended-23.txt");
        Enrichment china = ask(apnic, "9.9.12.5");
        assertEquals("CN", china.registryCountry());
        assertEquals("CN", china.country());
        assertEquals("9.9.10.0 - 9.9.12.255", china.network());
        assertEquals(List.of("9.9.10.0/23", "9.9.12.0/24"), china.range().cidrs());
        assertTrue(ask(apnic, "9.9.13.0").isEmpty());
        assertEquals("AU", ask(apnic, "203.0.113.7").registryCountry());
        assertTrue(ask(apnic, "198.51.100.1").isEmpty(), "available space has no holder");
        Enrichment v6 = ask(apnic, "2001:db8::1");
        assertEquals("JP", v6.registryCountry());
        assertEquals("2001:db8::/32", v6.network());
        assertTrue(ask(apnic, "2001:db9::1").isEmpty(), "reserved space has no holder");
        assertEquals(1, apnic.asnRecords());
        assertEquals(new DataSource("delegated apnic", LocalDate.of(2026, 11, 30)), apnic.source());
        assertEquals(apnic.source(), china.sourceOf(Enrichment.Field.REGISTRY_COUNTRY));
    }

    @Test
    void ripeShapeWithVersion2AndEu() throws IOException {
        DelegatedStatsSource ripe = read("delegated-ripencc-extended-2.txt");
        assertEquals("EU", ask(ripe, "192.0.2.1").registryCountry());
        assertEquals("192.0.2.0/25", ask(ripe, "192.0.2.1").network());
        assertEquals("DK", ask(ripe, "192.0.2.200").registryCountry());
        assertEquals("2001:db8:100::/40", ask(ripe, "2001:db8:100:5::1").network());
        assertEquals(LocalDate.of(2026, 12, 1), ripe.source().dataDate());
    }

    @Test
    void nroCombinedShapeSkipsIanaAvailableAndZz() throws IOException {
        DelegatedStatsSource nro = read("delegated-lacnic-arin-afrinic-nro.txt");
        assertTrue(ask(nro, "0.0.0.1").isEmpty());
        assertTrue(ask(nro, "198.18.0.1").isEmpty());
        assertEquals("BR", ask(nro, "203.0.113.1").registryCountry());
        assertTrue(ask(nro, "203.0.113.200").isEmpty());
        assertEquals("US", ask(nro, "198.51.100.1").registryCountry());
        assertEquals("delegated nro", nro.source().name());
    }

    @Test
    void aTruncatedFileIsRejected() {
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> read("delegated-truncated.txt"));
        assertTrue(e.getMessage().contains("delegated-truncated.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("announces 5 records but the file holds 2"), e.getMessage());
    }

    @Test
    void somethingElseIsRejected(@TempDir Path folder) throws IOException {
        Path csv = Files.writeString(folder.resolve("export.csv"), "ip,country\n1.2.3.4,DE\n");
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> DelegatedStatsSource.read(csv));
        assertTrue(e.getMessage().contains("not an RIR delegated statistics file"), e.getMessage());
        Path badLine = Files.writeString(folder.resolve("bad"), "2|ripencc|1|1|19830705|20261201|+0100\nripencc|NL|ipv4|10.0.0.0|abc|2019|allocated|x\n");
        e = assertThrows(InvalidDataFileException.class, () -> DelegatedStatsSource.read(badLine));
        assertTrue(e.getMessage().contains("line 2: \"abc\" is not a number"), e.getMessage());
    }

    @Test
    void gzipFilesAreReadToo(@TempDir Path folder) throws IOException {
        Path zipped = folder.resolve("delegated-ripencc-extended-latest.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(zipped))) {
            Files.copy(resource("delegated/delegated-ripencc-extended-2.txt"), out);
        }
        assertEquals("DK", ask(DelegatedStatsSource.read(zipped), "192.0.2.200").registryCountry());
    }
}
