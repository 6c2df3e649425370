package org.trapscope.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorted, disjoint address ranges, each with an int value, answering "which range holds this
 * address" by binary search. IPv4 ranges are kept as ints (half the memory of the bundled
 * tables), everything else as 128-bit pairs. Immutable and so thread-safe.
 *
 * <p>A lookup answers a slot ({@code -1} for none) that {@link #value} and {@link #range} read.
 */
public final class RangeIndex {
    public static final int NONE = -1;

    /** IPv4 starts and ends with the sign bit flipped, so that signed int order is address order. */
    private final int[] v4Start;
    private final int[] v4End;
    private final int[] v4Value;
    /**
     * For each /16, the first row starting at or after it: a lookup searches only the rows of its
     * own /16 (and the one before), a few cache lines instead of the whole table.
     */
    private final int[] v4RowBySlash16;
    private final long[] v6StartHi;
    private final long[] v6StartLo;
    private final long[] v6EndHi;
    private final long[] v6EndLo;
    private final int[] v6Value;

    /**
     * Takes the arrays as they are (no copy): IPv4 as plain unsigned 32-bit values; both families
     * sorted by start and disjoint.
     */
    public RangeIndex(int[] v4Start, int[] v4End, int[] v4Value,
                      long[] v6StartHi, long[] v6StartLo, long[] v6EndHi, long[] v6EndLo, int[] v6Value) {
        for (int i = 0; i < v4Start.length; i++) {
            v4Start[i] ^= Integer.MIN_VALUE;
            v4End[i] ^= Integer.MIN_VALUE;
        }
        this.v4Start = v4Start;
        this.v4End = v4End;
        this.v4Value = v4Value;
        this.v4RowBySlash16 = new int[(1 << 16) + 1];
        int row = 0;
        for (int slash16 = 0; slash16 <= 1 << 16; slash16++) {
            int firstAddress = (slash16 << 16) ^ Integer.MIN_VALUE;
            while (slash16 < 1 << 16 && row < v4Start.length && v4Start[row] < firstAddress) {
                row++;
            }
            v4RowBySlash16[slash16] = slash16 == 1 << 16 ? v4Start.length : row;
        }
        this.v6StartHi = v6StartHi;
        this.v6StartLo = v6StartLo;
        this.v6EndHi = v6EndHi;
        this.v6EndLo = v6EndLo;
        this.v6Value = v6Value;
    }

    public int size() {
        return v4Start.length + v6StartHi.length;
    }

    /** The slot of the range holding the address, or {@link #NONE}. */
    public int find(long hi, long lo) {
        if (IpNumbers.isV4(hi, lo)) {
            int key = (int) lo ^ Integer.MIN_VALUE;
            int slash16 = (int) (lo >>> 16) & 0xFFFF;
            int from = v4RowBySlash16[slash16];
            int to = v4RowBySlash16[slash16 + 1];
            int at = Arrays.binarySearch(v4Start, from, to, key);
            int row = at >= 0 ? at : -at - 2;
            return row >= 0 && key <= v4End[row] ? row : NONE;
        }
        int low = 0;
        int high = v6StartHi.length - 1;
        int row = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (IpNumbers.compare(v6StartHi[mid], v6StartLo[mid], hi, lo) <= 0) {
                row = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (row >= 0 && IpNumbers.compare(hi, lo, v6EndHi[row], v6EndLo[row]) <= 0) {
            return v4Start.length + row;
        }
        return NONE;
    }

    public int value(int slot) {
        return slot < v4Start.length ? v4Value[slot] : v6Value[slot - v4Start.length];
    }

    public IpRange range(int slot) {
        if (slot < v4Start.length) {
            return new IpRange(0, IpNumbers.v4(v4Start[slot] ^ Integer.MIN_VALUE),
                    0, IpNumbers.v4(v4End[slot] ^ Integer.MIN_VALUE));
        }
        int row = slot - v4Start.length;
        return new IpRange(v6StartHi[row], v6StartLo[row], v6EndHi[row], v6EndLo[row]);
    }

    /**
     * Collects ranges that may overlap or nest (an allocation and the assignments inside it, or
     * the same block in two registries' files) and flattens them: inside an overlap the range that
     * starts later wins, and among ranges with the same start the narrower, so every address maps
     * to the most specific range holding it. Among identical ranges the one added last wins.
     */
    public static final class Builder {
        private record Entry(long startHi, long startLo, long endHi, long endLo, int value, int order) {
        }

        private final List<Entry> v4 = new ArrayList<>();
        private final List<Entry> v6 = new ArrayList<>();

        public Builder add(IpRange range, int value) {
            boolean isV4 = IpNumbers.isV4(range.startHi(), range.startLo()) && IpNumbers.isV4(range.endHi(), range.endLo());
            List<Entry> family = isV4 ? v4 : v6;
            family.add(new Entry(range.startHi(), range.startLo(), range.endHi(), range.endLo(), value, v4.size() + v6.size()));
            return this;
        }

        public RangeIndex build() {
            List<Entry> flat4 = flatten(v4);
            List<Entry> flat6 = flatten(v6);
            int[] start4 = new int[flat4.size()];
            int[] end4 = new int[flat4.size()];
            int[] value4 = new int[flat4.size()];
            for (int i = 0; i < start4.length; i++) {
                Entry e = flat4.get(i);
                start4[i] = (int) e.startLo;
                end4[i] = (int) e.endLo;
                value4[i] = e.value;
            }
            int n6 = flat6.size();
            long[] startHi = new long[n6];
            long[] startLo = new long[n6];
            long[] endHi = new long[n6];
            long[] endLo = new long[n6];
            int[] value6 = new int[n6];
            for (int i = 0; i < n6; i++) {
                Entry e = flat6.get(i);
                startHi[i] = e.startHi;
                startLo[i] = e.startLo;
                endHi[i] = e.endHi;
                endLo[i] = e.endLo;
                value6[i] = e.value;
            }
            return new RangeIndex(start4, end4, value4, startHi, startLo, endHi, endLo, value6);
        }

        private static List<Entry> flatten(List<Entry> entries) {
            entries.sort(Comparator.<Entry>comparingLong(e -> e.startHi ^ Long.MIN_VALUE)
                    .thenComparingLong(e -> e.startLo ^ Long.MIN_VALUE)
                    .thenComparingLong(e -> ~(e.endHi ^ Long.MIN_VALUE))
                    .thenComparingLong(e -> ~(e.endLo ^ Long.MIN_VALUE))
                    .thenComparingInt(Entry::order));
            Flattener out = new Flattener();
            for (Entry entry : entries) {
                out.open(entry);
            }
            out.closeAll();
            return out.result;
        }

        /** The sweep: a stack of open ranges, the top one owning the addresses from {@code pos}. */
        private static final class Flattener {
            final List<Entry> result = new ArrayList<>();
            final List<Entry> stack = new ArrayList<>();
            long posHi;
            long posLo;
            boolean done;

            void open(Entry entry) {
                while (!stack.isEmpty() && IpNumbers.compare(top().endHi, top().endLo, entry.startHi, entry.startLo) < 0) {
                    closeTop();
                }
                if (!stack.isEmpty() && !done) {
                    long beforeLo = entry.startLo - 1;
                    long beforeHi = entry.startHi - (entry.startLo == 0 ? 1 : 0);
                    emit(posHi, posLo, beforeHi, beforeLo, top().value);
                }
                stack.add(entry);
                posHi = entry.startHi;
                posLo = entry.startLo;
                done = false;
            }

            void closeAll() {
                while (!stack.isEmpty()) {
                    closeTop();
                }
            }

            private Entry top() {
                return stack.get(stack.size() - 1);
            }

            private void closeTop() {
                Entry top = stack.remove(stack.size() - 1);
                if (!done && IpNumbers.compare(posHi, posLo, top.endHi, top.endLo) <= 0) {
                    emit(posHi, posLo, top.endHi, top.endLo, top.value);
                    posLo = top.endLo + 1;
                    posHi = top.endHi + (posLo == 0 ? 1 : 0);
                    // Past the last address of the space: nothing is left to own.
                    done = top.endHi == -1L && top.endLo == -1L;
                }
            }

            private void emit(long startHi, long startLo, long endHi, long endLo, int value) {
                if (IpNumbers.compare(startHi, startLo, endHi, endLo) > 0) {
                    return;
                }
                if (!result.isEmpty()) {
                    Entry last = result.get(result.size() - 1);
                    long nextLo = last.endLo + 1;
                    long nextHi = last.endHi + (nextLo == 0 ? 1 : 0);
                    if (last.value == value && nextHi == startHi && nextLo == startLo) {
                        result.set(result.size() - 1, new Entry(last.startHi, last.startLo, endHi, endLo, value, last.order));
                        return;
                    }
                }
                result.add(new Entry(startHi, startLo, endHi, endLo, value, 0));
            }
        }
    }
}
