package org.trapscope.ui.table;

import org.trapscope.store.IpAddress;

/** Orders address texts numerically, IPv4 before IPv6, and anything unreadable last. */
final class AddressOrder {
    private AddressOrder() {
    }

    static int compare(String left, String right) {
        long[] a = new long[2];
        long[] b = new long[2];
        boolean okA = !left.isEmpty() && IpAddress.parse(left, a);
        boolean okB = !right.isEmpty() && IpAddress.parse(right, b);
        if (!okA || !okB) {
            return Boolean.compare(!okA, !okB);
        }
        int c = Long.compareUnsigned(a[0], b[0]);
        return c != 0 ? c : Long.compareUnsigned(a[1], b[1]);
    }
}
