package org.trapscope.syslog;

/** Calendar arithmetic without allocation: envelope parsing runs once per log line. */
final class CivilTime {
    private CivilTime() {
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static boolean validTime(int hour, int minute, int second) {
        // second 60 is a leap second, which syslog daemons do print
        return hour <= 23 && minute <= 59 && second <= 60;
    }

    static boolean validDate(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** Value of {@code count} ASCII digits at {@code p}, or -1 when any is not a digit or missing. */
    static int digits(String s, int p, int count) {
        if (p < 0 || p + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = p; i < p + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static boolean charAt(String s, int p, char c) {
        return p >= 0 && p < s.length() && s.charAt(p) == c;
    }
}
