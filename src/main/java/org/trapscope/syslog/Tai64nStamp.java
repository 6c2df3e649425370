package org.trapscope.syslog;

/**
 * Reads the daemontools / multilog TAI64N label {@code @400000004c91b044077a9e94}: 16 hex digits
 * of seconds and 8 of nanoseconds.
 *
 * <p>libtai writes {@code 2^62 + 10 + unix seconds} (TAI was 10 s ahead of UTC in 1970; later
 * leap seconds are ignored), and {@code tai64nlocal} subtracts the same {@code 2^62 + 10}. We do
 * as {@code tai64nlocal} does. fail2ban does not subtract the 10 s, so its expected times for
 * these lines are 10 s later than ours.
 */
final class Tai64nStamp {
    private static final long TAI_EPOCH_LABEL = (1L << 62) + 10;
    /** Labels past this are not times (year ~36800); rejecting them keeps the arithmetic exact. */
    private static final long MAX_SECONDS = 1L << 40;

    private Tai64nStamp() {
    }

    /** @return the index after the label, or -1 */
    static int read(String s, int p, ParsedEnvelope out) {
        if (!CivilTime.charAt(s, p, '@') || p + 25 > s.length()) {
            return -1;
        }
        long label = hex(s, p + 1, 16);
        long nanos = hex(s, p + 17, 8);
        if (label < 0 || nanos < 0 || nanos >= 1_000_000_000L) {
            return -1;
        }
        long seconds = label - TAI_EPOCH_LABEL;
        if (label < (1L << 62) || seconds > MAX_SECONDS) {
            return -1;
        }
        int q = p + 25;
        if (q < s.length() && s.charAt(q) != ' ') {
            return -1;
        }
        out.timeKind = TimeKind.ABSOLUTE;
        out.epochMillis = seconds * 1000 + nanos / 1_000_000;
        out.millis = (int) (nanos / 1_000_000);
        return q;
    }

    /** Unsigned value of {@code count} hex digits; -1 when invalid or when the top bit is set. */
    private static long hex(String s, int p, int count) {
        long v = 0;
        for (int i = p; i < p + count; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 'f') {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
