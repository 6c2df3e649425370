package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichIpRangeTest {

    @Test
    void aCountOfAddressesThatIsNotOneBlockBecomesSeveralCidrs() {
        IpRange range = IpRange.parse("9.9.10.0 - 9.9.12.255");
        assertEquals(List.of("9.9.10.0/23", "9.9.12.0/24"), range.cidrs());
        assertEquals(-1, range.prefixLength());
        assertEquals("9.9.10.0 - 9.9.12.255", range.toText());
    }

    @Test
    void oneBlockIsShownAsCidr() {
        assertEquals("192.0.2.0/24", IpRange.parse("192.0.2.0 - 192.0.2.255").toText());
        assertEquals("192.0.2.0/24", IpRange.parse("192.0.2.77/24").toText());
        assertEquals("2001:db8::/32", IpRange.parse("2001:db8:1234::/32").toText());
        assertEquals("0.0.0.0/0", IpRange.parse("0.0.0.0/0").toText());
        assertEquals("::/0", IpRange.parse("::/0").toText());
        assertEquals("198.51.100.7/32", IpRange.parse("198.51.100.7").toText());
        assertEquals(List.of("::/0"), IpRange.parse("::/0").cidrs());
    }

    @Test
    void containsAndCompareSizes() {
        IpRange wide = IpRange.parse("10.0.0.0/8");
        IpRange narrow = IpRange.parse("10.1.0.0/16");
        long[] inside = IpNumbers.parse("10.1.2.3");
        assertTrue(wide.contains(inside[0], inside[1]));
        assertTrue(narrow.isNarrowerThan(wide));
        assertFalse(wide.isNarrowerThan(narrow));
        assertTrue(IpRange.parse("2001:db8::/64").isNarrowerThan(IpRange.parse("2001:db8::/48")));
        assertFalse(IpRange.parse("::/0").isNarrowerThan(IpRange.parse("::/1")));
    }

    @Test
    void aBackwardsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.9 - 10.0.0.1"));
    }
}
