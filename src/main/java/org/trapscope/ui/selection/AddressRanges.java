package org.trapscope.ui.selection;

import java.util.ArrayList;
import java.util.List;
import org.trapscope.store.IpAddress;
import org.trapscope.store.IpTable;

/**
 * IP addresses and CIDR ranges typed by the user, matched against the interned addresses of the
 * store once per address id, so the per-event test is an array lookup.
 */
final class AddressRanges {
    private final List<long[]> ranges;

    private AddressRanges(List<long[]> ranges) {
        this.ranges = ranges;
    }

    /** Parses {@code 1.2.3.4}, {@code 10.0.0.0/8}, {@code 2001:db8::/32}; throws on anything else. */
    static AddressRanges parse(List<String> texts) {
        List<long[]> ranges = new ArrayList<>();
        for (String text : texts) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            long[] value = new long[2];
            if (!IpAddress.parse(address, value)) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            }
            boolean v4 = IpAddress.isV4(value[0], value[1]);
            int bits = v4 ? 32 : 128;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a CIDR prefix length: " + text);
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("prefix length out of range: " + text);
                }
            }
            int prefix128 = v4 ? prefix + 96 : prefix;
            long maskHi = prefix128 >= 64 ? -1L : prefix128 == 0 ? 0 : -1L << (64 - prefix128);
            long maskLo = prefix128 <= 64 ? 0 : prefix128 == 128 ? -1L : -1L << (128 - prefix128);
            ranges.add(new long[] {value[0] & maskHi, value[1] & maskLo, maskHi, maskLo});
        }
        return new AddressRanges(ranges);
    }

    /** One flag per address id of {@code table}: whether it lies in any range. */
    boolean[] matchAll(IpTable table) {
        boolean[] match = new boolean[table.size()];
        for (int id = 0; id < match.length; id++) {
            long hi = table.hi(id);
            long lo = table.lo(id);
            for (long[] r : ranges) {
                if ((hi & r[2]) == r[0] && (lo & r[3]) == r[1]) {
                    match[id] = true;
                    break;
                }
            }
        }
        return match;
    }
}
