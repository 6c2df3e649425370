package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.enrich.EnrichTestFiles.ask;
import static org.trapscope.enrich.EnrichTestFiles.resource;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class EnrichRpslDumpTest {

    @Test
    void theMostSpecificObjectAnswersWithItsExactRange() throws IOException {
        RpslDumpSource ripe = RpslDumpSource.read(resource("rpsl/ripe.db.inetnum.gz"));
        Enrichment customer = ask(ripe, "192.0.2.70");
        assertEquals("EXAMPLE-CUSTOMER", customer.netname());
        assertEquals("192.0.2.64/26", customer.network());
        assertEquals("DE", customer.registryCountry());
        assertEquals("Kunde GmbH # a comment stays in descr", customer.holder());
        assertEquals("RIPE database dump", customer.sourceOf(Enrichment.Field.NETNAME).name());
        for (String around : new String[] {"192.0.2.10", "192.0.2.200"}) {
            Enrichment allocation = ask(ripe, around);
            assertEquals("EXAMPLE-ALLOCATION", allocation.netname());
            assertEquals("192.0.2.0/24", allocation.network());
            assertEquals("NL", allocation.registryCountry());
        }
        assertTrue(ask(ripe, "198.51.100.1").isEmpty(), "placeholder objects name no network");
        assertEquals("Café Müller", ask(ripe, "203.0.113.9").holder());
    }

    @Test
    void inet6numAndLatin1() throws IOException {
        RpslDumpSource apnic = RpslDumpSource.read(resource("rpsl/apnic.db.inet6num"));
        assertEquals("EXAMPLE-V6-CUSTOMER", ask(apnic, "2001:db8:1::5").netname());
        assertEquals("2001:db8:1::/48", ask(apnic, "2001:db8:1::5").network());
        Enrichment outer = ask(apnic, "2001:db8:2::1");
        assertEquals("EXAMPLE-V6", outer.netname());
        assertEquals("São Paulo Latin-1 descr", outer.holder());
        assertEquals("APNIC database dump", outer.sourceOf(Enrichment.Field.NETNAME).name());
    }

    @Test
    void anUnreadableRangeIsRejectedWithItsLine() {
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class,
                () -> RpslDumpSource.read(resource("rpsl/broken.db.inetnum")));
        assertTrue(e.getMessage().contains("broken.db.inetnum: line 1: cannot read the range"), e.getMessage());
    }

    @Test
    void aDumpNarrowsTheBundledNetworkAndAddsTheName() throws IOException {
        RpslDumpSource ripe = RpslDumpSource.read(resource("rpsl/ripe.db.inetnum.gz"));
        // 193.0.0.0/21 is RIPE NCC's announced prefix in the bundled data; a dump object inside it wins.
        OfflineSource dump = new OfflineSource() {
            @Override
            public void contribute(long hi, long lo, EnrichmentDraft draft) {
                draft.offerRange(IpRange.parse("193.0.0.0 - 193.0.3.255"), ripe.source());
                draft.offerNetname("RIPE-NCC", ripe.source());
            }

            @Override
            public String describe() {
                return "stand-in for a dump object in public space";
            }
        };
        Enrichment answer = Enricher.builder().addSource(dump).build().lookup("193.0.1.1");
        assertEquals("193.0.0.0/22", answer.network());
        assertEquals("RIPE-NCC", answer.netname());
        assertEquals(3333, answer.asn());
        assertEquals("bundled ip-location-db", answer.sourceOf(Enrichment.Field.ASN).name());
    }
}
