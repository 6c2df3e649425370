package org.trapscope.syslog;

/**
 * Reads ISO 8601 / RFC 3339 stamps: OpenBSD {@code syslogd -Z} ({@code 2021-03-02T20:10:01.123Z}),
 * rsyslog ({@code 2020-05-31T00:00:46.599903+00:00}), RFC 5424, and Dovecot's own log file
 * ({@code 2013-08-11 03:56:40}, no zone). A stamp with a zone is an instant (ABSOLUTE); one
 * without is local wall-clock time (LOCAL).
 */
final class IsoStamp {
    private static final int MAX_FRACTION_DIGITS = 9;

    private IsoStamp() {
    }

    /** @return the index after the stamp, or -1 when there is no stamp at {@code p} */
    static int read(String s, int p, ParsedEnvelope out) {
        int year = CivilTime.digits(s, p, 4);
        int month = CivilTime.charAt(s, p + 4, '-') ? CivilTime.digits(s, p + 5, 2) : -1;
        int day = CivilTime.charAt(s, p + 7, '-') ? CivilTime.digits(s, p + 8, 2) : -1;
        if (year < 0 || month < 0 || day < 0 || !CivilTime.validDate(month, day)) {
            return -1;
        }
        if (!CivilTime.charAt(s, p + 10, 'T') && !CivilTime.charAt(s, p + 10, ' ')) {
            return -1;
        }
        int q = p + 11;
        int hour = CivilTime.digits(s, q, 2);
        int minute = CivilTime.charAt(s, q + 2, ':') ? CivilTime.digits(s, q + 3, 2) : -1;
        int second = CivilTime.charAt(s, q + 5, ':') ? CivilTime.digits(s, q + 6, 2) : -1;
        if (hour < 0 || minute < 0 || second < 0 || !CivilTime.validTime(hour, minute, second)) {
            return -1;
        }
        q += 8;
        int millis = 0;
        if (CivilTime.charAt(s, q, '.') || CivilTime.charAt(s, q, ',')) {
            int start = ++q;
            while (q < s.length() && q - start < MAX_FRACTION_DIGITS && Character.isDigit(s.charAt(q))
                    && s.charAt(q) <= '9') {
                if (q - start < 3) {
                    millis = millis * 10 + (s.charAt(q) - '0');
                }
                q++;
            }
            if (q == start) {
                return -1;
            }
            for (int n = q - start; n < 3; n++) {
                millis *= 10;
            }
        }
        int offsetSeconds;
        boolean zoned = true;
        if (CivilTime.charAt(s, q, 'Z')) {
            offsetSeconds = 0;
            q++;
        } else if (CivilTime.charAt(s, q, '+') || CivilTime.charAt(s, q, '-')) {
            int sign = s.charAt(q) == '-' ? -1 : 1;
            int oh = CivilTime.digits(s, q + 1, 2);
            int om = CivilTime.charAt(s, q + 3, ':') ? CivilTime.digits(s, q + 4, 2) : CivilTime.digits(s, q + 3, 2);
            if (oh < 0 || om < 0 || oh > 23 || om > 59) {
                return -1;
            }
            q += CivilTime.charAt(s, q + 3, ':') ? 6 : 5;
            offsetSeconds = sign * (oh * 3600 + om * 60);
        } else {
            offsetSeconds = 0;
            zoned = false;
        }
        if (q < s.length() && s.charAt(q) != ' ') {
            return -1;
        }
        if (zoned) {
            long seconds = CivilTime.epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second
                    - offsetSeconds;
            out.timeKind = TimeKind.ABSOLUTE;
            out.epochMillis = seconds * 1000 + millis;
        } else {
            out.timeKind = TimeKind.LOCAL;
            out.year = year;
            out.month = month;
            out.day = day;
            out.hour = hour;
            out.minute = minute;
            out.second = second;
        }
        out.millis = millis;
        return q;
    }
}
