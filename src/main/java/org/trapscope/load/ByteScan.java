package org.trapscope.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches in byte arrays eight bytes at a time (a byte equal to the wanted one is found with
 * the "has zero byte" bit trick on a long), because finding line ends and literals in the raw
 * text of a gigabyte log is where a {@code --grep} spends its time.
 */
public final class ByteScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;

    /** Lower-case letters from the most to the least common in English text. */
    private static final String LETTERS_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";

    private ByteScan() {
    }

    /**
     * Index of the byte of {@code needle} (not empty) that is likely rarest in log text, the one
     * to look for first: spaces, digits and the punctuation of stamps and addresses are everywhere,
     * lower-case letters as often as in English, the rest seldom.
     */
    public static int rarestIndex(byte[] needle) {
        int best = 0;
        for (int i = 1; i < needle.length; i++) {
            if (commonness(needle[i]) < commonness(needle[best])) {
                best = i;
            }
        }
        return best;
    }

    /** How common a byte is guessed to be in log text, higher for more common. */
    static int commonness(byte b) {
        if (b == ' ') {
            return 100;
        }
        if (b >= '0' && b <= '9' || b == '.' || b == ':') {
            return 90;
        }
        int letter = LETTERS_BY_FREQUENCY.indexOf(b);
        if (letter >= 0) {
            return 80 - letter;
        }
        return b == '[' || b == ']' || b == '-' || b == '<' || b == '>' || b == '@' ? 50 : 30;
    }

    /** The byte in each of a long's eight places. */
    static long broadcast(byte b) {
        return ONES * (b & 0xFF);
    }

    /** Index of the first {@code wanted} in {@code bytes[from, to)}, or -1. */
    public static int indexOf(byte[] bytes, int from, int to, byte wanted) {
        long pattern = broadcast(wanted);
        int i = from;
        // two longs a round, tested together, as most rounds find nothing
        for (; i + 2 * Long.BYTES <= to; i += 2 * Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ pattern;
            long y = (long) LONGS.get(bytes, i + Long.BYTES) ^ pattern;
            if ((zeroBytes(x) | zeroBytes(y)) != 0) {
                break;
            }
        }
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long zeros = zeroBytes((long) LONGS.get(bytes, i) ^ pattern);
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The high bit of each zero byte of {@code x} set; the lowest one set always marks a true
     * zero (a borrow can only flag bytes above a zero one).
     */
    static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** How many times {@code needle} (not empty) occurs in {@code bytes[from, to)}, overlaps counted. */
    static int count(byte[] bytes, int from, int to, byte[] needle) {
        int count = 0;
        for (int i = indexOf(bytes, from, to, needle); i >= 0; i = indexOf(bytes, i + 1, to, needle)) {
            count++;
        }
        return count;
    }

    /** Whether {@code needle} (not empty) occurs in {@code bytes[from, to)}. */
    public static boolean contains(byte[] bytes, int from, int to, byte[] needle) {
        return indexOf(bytes, from, to, needle) >= 0;
    }

    /** Index of the first {@code needle} (not empty) in {@code bytes[from, to)}, or -1. */
    private static int indexOf(byte[] bytes, int from, int to, byte[] needle) {
        int last = to - needle.length;
        for (int i = from; i <= last; i++) {
            i = indexOf(bytes, i, last + 1, needle[0]);
            if (i < 0) {
                return -1;
            }
            if (startsWith(bytes, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] needle) {
        for (int j = 1; j < needle.length; j++) {
            if (bytes[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
