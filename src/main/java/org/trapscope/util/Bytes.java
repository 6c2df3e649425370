package org.trapscope.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Comparisons on byte slices, for parsers that read lines without decoding them. */
public final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private Bytes() {
    }

    /**
     * Whether {@code a[aFrom, aFrom + length)} equals {@code b[bFrom, bFrom + length)}. Compares eight
     * bytes at a time: for the short strings of log lines this beats {@link java.util.Arrays#equals},
     * whose set-up cost dominates below a few dozen bytes.
     */
    public static boolean equals(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            if ((long) LONGS.get(a, aFrom + i) != (long) LONGS.get(b, bFrom + i)) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** A hash of {@code buf[from, from + length)}, eight bytes at a time. */
    public static int hash(byte[] buf, int from, int length) {
        long h = length * 0x9E37_79B9_7F4A_7C15L;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            h = (h ^ (long) LONGS.get(buf, from + i)) * 0xC2B2_AE3D_27D4_EB4FL;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (; i < length; i++) {
            tail = (tail << 8) | (buf[from + i] & 0xFF);
        }
        h = (h ^ tail) * 0x1656_67B1_9E37_79F9L;
        return (int) (h ^ (h >>> 32));
    }

    /** The index of the first {@code '\n'} in {@code buf[from, to)}, or {@code to}. */
    public static int newline(byte[] buf, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(buf, i) ^ NEWLINES;
            long found = (word - LOW_BITS) & ~word & HIGH_BITS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether {@code buf[p, to)} starts with {@code prefix}. */
    public static boolean startsWith(byte[] buf, int p, int to, byte[] prefix) {
        if (to - p < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[p + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #startsWith} but ASCII letters match either case; {@code lowerPrefix} is lower case. */
    public static boolean startsWithIgnoreCase(byte[] buf, int p, int to, byte[] lowerPrefix) {
        if (to - p < lowerPrefix.length) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length; i++) {
            int c = buf[p + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerPrefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first index of {@code needle} in {@code buf[from, to)}, or -1. */
    public static int indexOf(byte[] buf, int from, int to, byte[] needle) {
        byte first = needle[0];
        int last = to - needle.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (buf[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
