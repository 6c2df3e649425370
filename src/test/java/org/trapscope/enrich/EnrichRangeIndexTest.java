package org.trapscope.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnrichRangeIndexTest {

    private static int valueAt(RangeIndex index, String address) {
        long[] ip = IpNumbers.parse(address);
        int slot = index.find(ip[0], ip[1]);
        return slot == RangeIndex.NONE ? -1 : index.value(slot);
    }

    @Test
    void nestedRangesAreFlattenedMostSpecificFirst() {
        RangeIndex index = new RangeIndex.Builder()
                .add(IpRange.parse("10.0.0.0/8"), 1)
                .add(IpRange.parse("10.1.0.0/16"), 2)
                .add(IpRange.parse("10.1.2.0/24"), 3)
                .add(IpRange.parse("10.200.0.0/16"), 4)
                .build();
        assertEquals(1, valueAt(index, "10.0.0.1"));
        assertEquals(2, valueAt(index, "10.1.0.1"));
        assertEquals(3, valueAt(index, "10.1.2.3"));
        assertEquals(2, valueAt(index, "10.1.3.0"));
        assertEquals(1, valueAt(index, "10.2.0.0"));
        assertEquals(4, valueAt(index, "10.200.9.9"));
        assertEquals(1, valueAt(index, "10.255.255.255"));
        assertEquals(-1, valueAt(index, "11.0.0.0"));
        assertEquals(-1, valueAt(index, "9.255.255.255"));
    }

    @Test
    void partialOverlapsGoToTheLaterStart() {
        RangeIndex index = new RangeIndex.Builder()
                .add(IpRange.parse("10.0.0.0 - 10.0.0.200"), 1)
                .add(IpRange.parse("10.0.0.100 - 10.0.1.50"), 2)
                .build();
        assertEquals(1, valueAt(index, "10.0.0.99"));
        assertEquals(2, valueAt(index, "10.0.0.100"));
        assertEquals(2, valueAt(index, "10.0.0.250"));
        assertEquals(-1, valueAt(index, "10.0.1.51"));
    }

    @Test
    void ipv6AndTheWholeSpace() {
        RangeIndex index = new RangeIndex.Builder()
                .add(IpRange.parse("::/0"), 1)
                .add(IpRange.parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120"), 2)
                .add(IpRange.parse("2001:db8::/32"), 3)
                .add(IpRange.parse("2001:db8::/32"), 4)
                .build();
        assertEquals(1, valueAt(index, "2001::1"));
        assertEquals(4, valueAt(index, "2001:db8::1"), "of identical ranges the one added last wins");
        assertEquals(2, valueAt(index, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertEquals(1, valueAt(index, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:feff"));
        assertEquals(-1, valueAt(index, "10.0.0.1"), "IPv4 lives in its own table");
    }
}
