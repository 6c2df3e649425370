package org.trapscope.syslog;

/**
 * The fast path for the commonest envelope, {@code Mmm dd hh:mm:ss } (RFC 3164 as OpenBSD's
 * syslogd writes it, with a space-padded day), read from bytes. Other shapes go through
 * {@link SyslogEnvelopes}.
 *
 * <p>A year-less local time is packed into one long, see {@link #pack}, so that the loader can
 * keep it in a primitive column until the year is known.
 */
public final class BsdStamp {
    /** Bytes taken by the stamp and the space after it. */
    public static final int LENGTH = 16;

    private BsdStamp() {
    }

    /**
     * Reads the stamp at {@code buf[p]}; returns the packed time, or -1 when the bytes are not a
     * BSD stamp followed by a space.
     */
    public static long read(byte[] buf, int p, int end) {
        if (end - p < LENGTH + 1 || buf[p + 3] != ' ' || buf[p + 6] != ' ' || buf[p + 9] != ':'
                || buf[p + 12] != ':' || buf[p + 15] != ' ') {
            return -1;
        }
        int month = month(buf[p], buf[p + 1], buf[p + 2]);
        if (month == 0) {
            return -1;
        }
        byte d1 = buf[p + 4];
        int day;
        if (d1 == ' ') {
            day = digit(buf[p + 5]);
        } else {
            int tens = digit(d1);
            int ones = digit(buf[p + 5]);
            day = tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
        }
        int hour = twoDigits(buf, p + 7);
        int minute = twoDigits(buf, p + 10);
        int second = twoDigits(buf, p + 13);
        if (day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return -1;
        }
        return pack(month, day, hour, minute, second, 0);
    }

    public static long pack(int month, int day, int hour, int minute, int second, int millis) {
        return ((((((long) month * 32 + day) * 32 + hour) * 64 + minute) * 64 + second) * 1024) + millis;
    }

    public static int millis(long packed) {
        return (int) (packed % 1024);
    }

    public static int second(long packed) {
        return (int) ((packed / 1024) % 64);
    }

    public static int minute(long packed) {
        return (int) ((packed / (1024 * 64)) % 64);
    }

    public static int hour(long packed) {
        return (int) ((packed / (1024L * 64 * 64)) % 32);
    }

    public static int day(long packed) {
        return (int) ((packed / (1024L * 64 * 64 * 32)) % 32);
    }

    public static int month(long packed) {
        return (int) (packed / (1024L * 64 * 64 * 32 * 32));
    }

    /** 1-12 for an English three-letter month abbreviation, else 0. */
    public static int month(byte c0, byte c1, byte c2) {
        switch (c0) {
            case 'J':
                if (c1 == 'a' && c2 == 'n') {
                    return 1;
                }
                if (c1 == 'u' && c2 == 'n') {
                    return 6;
                }
                return c1 == 'u' && c2 == 'l' ? 7 : 0;
            case 'F':
                return c1 == 'e' && c2 == 'b' ? 2 : 0;
            case 'M':
                if (c1 == 'a' && c2 == 'r') {
                    return 3;
                }
                return c1 == 'a' && c2 == 'y' ? 5 : 0;
            case 'A':
                if (c1 == 'p' && c2 == 'r') {
                    return 4;
                }
                return c1 == 'u' && c2 == 'g' ? 8 : 0;
            case 'S':
                return c1 == 'e' && c2 == 'p' ? 9 : 0;
            case 'O':
                return c1 == 'c' && c2 == 't' ? 10 : 0;
            case 'N':
                return c1 == 'o' && c2 == 'v' ? 11 : 0;
            case 'D':
                return c1 == 'e' && c2 == 'c' ? 12 : 0;
            default:
                return 0;
        }
    }

    private static int twoDigits(byte[] buf, int p) {
        int a = digit(buf[p]);
        int b = digit(buf[p + 1]);
        return a < 0 || b < 0 ? -1 : a * 10 + b;
    }

    private static int digit(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
}
