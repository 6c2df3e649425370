package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrichIpNumbersTest {

    @Test
    void ipv4IsStoredInItsMappedForm() {
        long[] address = IpNumbers.parse("192.0.2.1");
        assertArrayEquals(new long[] {0, 0x0000_FFFF_C000_0201L}, address);
        assertTrue(IpNumbers.isV4(address[0], address[1]));
        assertArrayEquals(address, IpNumbers.parse("::ffff:192.0.2.1"));
        assertEquals(IpNumbers.v4(0xC0000201), address[1]);
    }

    @Test
    void ipv6ParsesInEveryShorthand() {
        assertArrayEquals(new long[] {0x2001_0db8_0000_0000L, 1}, IpNumbers.parse("2001:db8::1"));
        assertArrayEquals(new long[] {0x2001_0db8_0000_0000L, 1}, IpNumbers.parse("2001:0DB8:0:0:0:0:0:1"));
        assertArrayEquals(new long[] {0, 1}, IpNumbers.parse("::1"));
        assertArrayEquals(new long[] {0, 0}, IpNumbers.parse("::"));
        assertArrayEquals(new long[] {0xfe80_0000_0000_0000L, 1}, IpNumbers.parse("[fe80::1%eth0]"));
        assertArrayEquals(new long[] {0x2001_0db8_0001_0000L, 0}, IpNumbers.parse("2001:db8:1::"));
        assertFalse(IpNumbers.isV4(0, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.", "example.org", "1::2::3", ":1",
            "1:2:3:4:5:6:7:8:9", "12345::", "1:", "g::1", "1.2.3.4:80"})
    void textThatIsNotAnAddressIsRejected(String text) {
        assertNull(IpNumbers.tryParse(text));
        assertThrows(IllegalArgumentException.class, () -> IpNumbers.parse(text));
    }

    @Test
    void formatsFollowRfc5952() {
        for (String text : List.of("192.0.2.1", "2001:db8::1", "::1", "::", "2001:db8:0:1:1:1:1:1",
                "2001:0:0:1::1", "fe80::", "1:2:3:4:5:6:7:8")) {
            long[] address = IpNumbers.parse(text);
            assertEquals(text, IpNumbers.format(address[0], address[1]));
        }
        long[] longestRunWins = IpNumbers.parse("2001:0:0:1:0:0:0:1");
        assertEquals("2001:0:0:1::1", IpNumbers.format(longestRunWins[0], longestRunWins[1]));
    }

    @Test
    void convertsToAndFromTheJdkType() throws Exception {
        long[] v4 = IpNumbers.parse("81.2.69.160");
        assertEquals(InetAddress.getByName("81.2.69.160"), IpNumbers.toInetAddress(v4[0], v4[1]));
        assertArrayEquals(v4, IpNumbers.of(InetAddress.getByName("81.2.69.160")));
        long[] v6 = IpNumbers.parse("2001:218::1");
        assertArrayEquals(v6, IpNumbers.of(IpNumbers.toInetAddress(v6[0], v6[1])));
    }

    @Test
    void comparesUnsigned() {
        assertTrue(IpNumbers.compare(0, 1, 0, -1L) < 0);
        assertTrue(IpNumbers.compare(-1L, 0, 1, 0) > 0);
        assertEquals(0, IpNumbers.compare(5, 6, 5, 6));
    }
}
