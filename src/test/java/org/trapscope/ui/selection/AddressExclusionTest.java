package org.trapscope.ui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trapscope.analysis.IpRange;
import org.trapscope.store.IpAddress;

class AddressExclusionTest {
    private static boolean covered(List<IpRange> blocks, String address) {
        long[] a = new long[2];
        assertTrue(IpAddress.parse(address, a));
        return blocks.stream().anyMatch(b -> b.contains(a[0], a[1]));
    }

    @Test
    void excludingOneAddressFromEverythingKeepsEveryOtherAddress() {
        List<IpRange> blocks = AddressExclusion.subtract(List.of(), List.of(IpRange.parse("110.253.167.246")));
        assertEquals(128, blocks.size());
        assertFalse(covered(blocks, "110.253.167.246"));
        for (String other : List.of("110.253.167.247", "110.253.167.245", "11.2.3.45", "0.0.0.0", "255.255.255.255",
                "2001:db8::1", "::1")) {
            assertTrue(covered(blocks, other), other);
        }
    }

    @Test
    void excludingAHostInsideAnIncludedNetworkKeepsTheRestOfTheNetworkOnly() {
        List<IpRange> blocks = AddressExclusion.subtract(List.of(IpRange.parse("10.0.0.0/8")),
                List.of(IpRange.parse("10.1.2.3"), IpRange.parse("192.168.0.1")));
        assertEquals(24, blocks.size());
        assertFalse(covered(blocks, "10.1.2.3"));
        assertTrue(covered(blocks, "10.1.2.4"));
        assertTrue(covered(blocks, "10.255.255.255"));
        assertFalse(covered(blocks, "11.0.0.0"));
        assertFalse(covered(blocks, "192.168.0.2"));
    }

    @Test
    void excludingANetworkThatCoversTheIncludedOneLeavesNothing() {
        assertEquals(List.of(), AddressExclusion.subtract(List.of(IpRange.parse("10.1.0.0/16")),
                List.of(IpRange.parse("10.0.0.0/8"))));
    }
}
