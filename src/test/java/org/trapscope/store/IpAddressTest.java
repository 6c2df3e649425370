package org.trapscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            1.2.3.4,                 1.2.3.4
            [1.2.3.4],               1.2.3.4
            ::ffff:1.2.3.4,          1.2.3.4
            [::ffff:198.51.100.7],   198.51.100.7
            2001:db8::1,             2001:db8::1
            2001:DB8:0:0:0:0:0:1,    2001:db8::1
            2001:db8:0:1:0:0:0:1,    2001:db8:0:1::1
            ::,                      ::
            ::1,                     ::1
            fe80::1%eth0,            fe80::1
            2001:db8:1:2:3:4:5:6,    2001:db8:1:2:3:4:5:6
            """)
    void parsesAndFormatsCanonically(String text, String canonical) {
        long[] out = new long[2];
        assertTrue(IpAddress.parse(text, out), text);
        assertEquals(canonical, IpAddress.format(out[0], out[1]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.", "1..2.3", "host.example",
        "2001:db8:::1", "1:2:3:4:5:6:7:8:9", "12345::1", ":1", "1:", "<unknown>"})
    void rejectsWhatIsNotAnAddress(String text) {
        assertFalse(IpAddress.parse(text, new long[2]), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "::ffff:1.2.3.4"})
    void mappedIpv4IsIpv4(String text) {
        long[] out = new long[2];
        IpAddress.parse(text, out);
        assertTrue(IpAddress.isV4(out[0], out[1]));
    }
}
