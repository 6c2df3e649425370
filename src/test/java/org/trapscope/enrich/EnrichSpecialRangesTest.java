package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrichSpecialRangesTest {

    @ParameterizedTest
    @CsvSource({
        "10.1.2.3, private", "172.31.255.255, private", "192.168.0.1, private", "fd00::1, private",
        "127.0.0.1, loopback", "::1, loopback", "::ffff:127.0.0.1, loopback",
        "192.0.2.1, documentation", "198.51.100.1, documentation", "203.0.113.255, documentation",
        "2001:db8::1, documentation", "3fff::1, documentation",
        "100.64.0.1, CGNAT", "100.127.255.255, CGNAT",
        "224.0.0.1, multicast", "239.255.255.250, multicast", "ff02::1, multicast",
        "169.254.1.1, link-local", "fe80::1, link-local",
        "255.255.255.255, broadcast", "240.0.0.1, reserved", "0.0.0.0, unspecified", "::, unspecified"})
    void specialAddressesAreLabelled(String address, String label) {
        long[] ip = IpNumbers.parse(address);
        assertEquals(label, SpecialRanges.classify(ip[0], ip[1]));
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8", "172.32.0.1", "100.128.0.1", "193.0.0.1", "2001:4860::1", "11.0.0.1"})
    void ordinaryAddressesAreNot(String address) {
        long[] ip = IpNumbers.parse(address);
        assertNull(SpecialRanges.classify(ip[0], ip[1]));
    }

    @Test
    void theEnricherLabelsSpecialAddressesWithoutLookingThemUp() {
        OfflineSource mustNotBeAsked = new OfflineSource() {
            @Override
            public void contribute(long hi, long lo, EnrichmentDraft draft) {
                throw new AssertionError("a special-purpose address was looked up");
            }

            @Override
            public String describe() {
                return "a source that fails when asked";
            }
        };
        Enricher enricher = Enricher.builder().bundled(false).addSource(mustNotBeAsked).build();
        Enrichment answer = enricher.lookup("10.20.30.40");
        assertEquals("private", answer.special());
        assertEquals("10.0.0.0/8", answer.network());
        assertNull(answer.country());
    }
}
