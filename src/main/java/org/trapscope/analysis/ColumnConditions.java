package org.trapscope.analysis;

import java.util.List;
import java.util.Set;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * The conditions of a filter that read one column of the event itself: kind, host, program,
 * spamtrap state and blocklisting. They are tested 64 events at a time into a bitmap, one
 * condition after the other, each a branch-free pass over its column with a lookup table small
 * enough to stay in the core's cache (a bit per host, not a byte). Testing every condition of an
 * event in turn instead mispredicts a branch on about every other event and was two to five times
 * slower on the generated corpora.
 */
final class ColumnConditions {
    private final EventStore store;
    private final DatasetIndex index;
    /** Per kind ordinal 1 where allowed, or null for no kind condition. */
    private final byte[] kindAllowed;
    /** Bit {@code ip + 1} set for an allowed address id (bit 0, no address, never), or null. */
    private final long[] hostAllowed;
    /** Bit {@code ip + 1} set for an address id in an excluded country, or null. */
    private final long[] hostExcluded;
    /** Per origin id 1 where its program is allowed, or null. */
    private final byte[] originAllowed;
    /** The wanted {@link DatasetIndex#targetTrapState}, or {@link #ANY_TRAP_STATE}. */
    private final int trapState;
    private final boolean excludeBlacklisted;

    static final int ANY_TRAP_STATE = -2;

    /**
     * @param ipAllowed per address id, or null for no address condition
     * @param hostExcluded per address id whether it is excluded, or null
     */
    ColumnConditions(DatasetIndex index, Set<EventKind> kinds, boolean[] ipAllowed, boolean[] hostExcluded,
                     List<String> programs, int trapState, boolean excludeBlacklisted) {
        this.index = index;
        this.store = index.store();
        this.kindAllowed = kinds.isEmpty() ? null : kindTable(kinds);
        this.hostAllowed = ipAllowed == null ? null : hostBits(ipAllowed);
        this.hostExcluded = hostExcluded == null ? null : hostBits(hostExcluded);
        this.originAllowed = programs.isEmpty() ? null : originTable(store, programs);
        this.trapState = trapState;
        this.excludeBlacklisted = excludeBlacklisted;
    }

    /** Whether there is any condition. */
    boolean any() {
        return kindAllowed != null || hostAllowed != null || hostExcluded != null || originAllowed != null
                || trapState != ANY_TRAP_STATE || excludeBlacklisted;
    }

    /** Whether the allowed hosts are the only condition. */
    boolean onlyHosts() {
        return hostAllowed != null && kindAllowed == null && hostExcluded == null && originAllowed == null
                && trapState == ANY_TRAP_STATE && !excludeBlacklisted;
    }

    /**
     * Clears the bits of the events that fail a condition. Bit {@code i} of {@code bits} stands
     * for event {@code base + i}; {@code base} is a multiple of 64, and no bit at or after
     * {@code end} is set.
     */
    void apply(long[] bits, int base, int end) {
        int words = (end - base + 63) >>> 6;
        if (excludeBlacklisted) {
            long[] blacklisted = index.blacklistedEvents();
            for (int w = 0, first = base >>> 6; w < words; w++) {
                bits[w] &= ~blacklisted[first + w];
            }
        }
        for (int w = 0; w < words; w++) {
            long word = bits[w];
            if (word == 0) {
                continue;
            }
            int e0 = base + (w << 6);
            int n = Math.min(64, end - e0);
            if (kindAllowed != null) {
                word &= kindMask(e0, n);
            }
            if (word != 0 && trapState != ANY_TRAP_STATE) {
                word &= trapMask(e0, n);
            }
            if (word != 0 && originAllowed != null) {
                word &= originMask(e0, n);
            }
            if (word != 0 && hostAllowed != null) {
                word &= hostMask(hostAllowed, e0, n);
            }
            if (word != 0 && hostExcluded != null) {
                word &= ~hostMask(hostExcluded, e0, n);
            }
            bits[w] = word;
        }
    }

    private long kindMask(int e0, int n) {
        long mask = 0;
        for (int j = 0; j < n; j++) {
            mask |= (long) kindAllowed[store.kindOrdinal(e0 + j)] << j;
        }
        return mask;
    }

    private long trapMask(int e0, int n) {
        long mask = 0;
        for (int j = 0; j < n; j++) {
            mask |= (index.targetTrapState(e0 + j) == trapState ? 1L : 0L) << j;
        }
        return mask;
    }

    private long originMask(int e0, int n) {
        long mask = 0;
        for (int j = 0; j < n; j++) {
            mask |= (long) originAllowed[store.originId(e0 + j)] << j;
        }
        return mask;
    }

    private long hostMask(long[] hosts, int e0, int n) {
        long mask = 0;
        for (int j = 0; j < n; j++) {
            int bit = store.ip(e0 + j) + 1;
            mask |= (hosts[bit >>> 6] >>> bit & 1L) << j;
        }
        return mask;
    }

    private static byte[] kindTable(Set<EventKind> kinds) {
        byte[] table = new byte[EventKind.count()];
        for (EventKind k : kinds) {
            table[k.ordinal()] = 1;
        }
        return table;
    }

    private static long[] hostBits(boolean[] hosts) {
        long[] bits = new long[(hosts.length + 1 + 63) >>> 6];
        for (int ip = 0; ip < hosts.length; ip++) {
            bits[(ip + 1) >>> 6] |= (hosts[ip] ? 1L : 0L) << (ip + 1);
        }
        return bits;
    }

    private static byte[] originTable(EventStore store, List<String> programs) {
        byte[] table = new byte[store.origins().size()];
        for (int o = 0; o < table.length; o++) {
            String program = store.origins().get(o).program();
            for (String wanted : programs) {
                if (wanted.equalsIgnoreCase(program)) {
                    table[o] = 1;
                }
            }
        }
        return table;
    }
}
