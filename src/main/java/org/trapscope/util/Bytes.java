package org.trapscope.util;

import java.nio.charset.StandardCharsets;

/** Comparisons on byte slices, for parsers that read lines without decoding them. */
public final class Bytes {
    private Bytes() {
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
