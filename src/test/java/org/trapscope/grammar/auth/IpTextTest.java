package org.trapscope.grammar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpTextTest {
    @ParameterizedTest
    @CsvSource({
        "1.2.3.4, 1.2.3.4",
        "[1.2.3.4], 1.2.3.4",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "::ffff:1.2.3.4, 1.2.3.4",
        "[::ffff:198.51.100.76], 198.51.100.76",
        "::FFFF:c000:0201, 192.0.2.1",
        "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
        "[2001:db8::1], 2001:db8::1",
        "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "aaaa:bbbb:cccc:1234::1:1, aaaa:bbbb:cccc:1234::1:1",
        "2606:2800:220:1:248:1893:25c8:1946, 2606:2800:220:1:248:1893:25c8:1946",
        "::1, ::1",
        "::, ::",
        "1::, 1::",
        "::1.2.3.4, ::102:304",
    })
    void canonicalForms(String text, String expected) {
        assertEquals(expected, IpText.normalise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "unknown", "1.2.3", "1.2.3.4.5", "256.1.1.1", "192.030.0.6",
        "1.2.3.-4", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "g::1", "[1.2.3.4", ":::", "1:2:3:4:5:6:7",
        "\uff11.2.3.4", "\uff11::1", "1.2.3.4:25"})
    void notAddresses(String text) {
        assertNull(IpText.normalise(text));
    }
}
