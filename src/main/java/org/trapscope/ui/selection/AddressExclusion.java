package org.trapscope.ui.selection;

import java.util.ArrayList;
import java.util.List;
import org.trapscope.analysis.IpRange;

/**
 * "Exclude this host" in terms the engine's filter knows: the address condition is a list of
 * blocks that an event's address must lie in, so excluding an address means covering everything
 * else with CIDR blocks (at most one per prefix bit per excluded block). Events without an
 * address never match an address condition, so they are left out too.
 */
final class AddressExclusion {
    private static final IpRange EVERYTHING = new IpRange(0, 0, 0);

    private AddressExclusion() {
    }

    /** Blocks covering {@code include} (everything when empty) minus {@code exclude}. */
    static List<IpRange> subtract(List<IpRange> include, List<IpRange> exclude) {
        List<IpRange> blocks = new ArrayList<>(include.isEmpty() ? List.of(EVERYTHING) : include);
        for (IpRange hole : exclude) {
            List<IpRange> next = new ArrayList<>();
            for (IpRange block : blocks) {
                minus(block, hole, next);
            }
            blocks = next;
        }
        return blocks;
    }

    private static void minus(IpRange block, IpRange hole, List<IpRange> out) {
        if (hole.prefix() <= block.prefix()) {
            if (!hole.contains(block.hi(), block.lo())) {
                out.add(block);
            }
            return;
        }
        if (!block.contains(hole.hi(), hole.lo())) {
            out.add(block);
            return;
        }
        int bit = block.prefix();
        IpRange lower = new IpRange(block.hi(), block.lo(), bit + 1);
        IpRange upper = bit < 64
                ? new IpRange(block.hi() | (1L << (63 - bit)), block.lo(), bit + 1)
                : new IpRange(block.hi(), block.lo() | (1L << (127 - bit)), bit + 1);
        minus(lower, hole, out);
        minus(upper, hole, out);
    }
}
