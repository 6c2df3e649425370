package org.trapscope.syslog;

/**
 * Reads, from text, the RFC 3164 stamp {@code Mmm dd hh:mm:ss} that syslogd takes from {@code ctime()}. The
 * day is space-padded ({@code Mar  2}), but fail2ban's samples also have {@code Jul 3} and
 * {@code Jul 02}, so one or two spaces and one or two digits are all accepted.
 */
final class BsdStampText {
    private BsdStampText() {
    }

    /** @return the index after the stamp (at a space or the end), or -1 when there is no stamp */
    static int read(String s, int p, ParsedEnvelope out) {
        int month = month(s, p);
        if (month == 0 || !CivilTime.charAt(s, p + 3, ' ')) {
            return -1;
        }
        int q = p + 4;
        if (CivilTime.charAt(s, q, ' ')) {
            q++;
        }
        int day = CivilTime.digits(s, q, 2);
        if (day >= 0) {
            q += 2;
        } else {
            day = CivilTime.digits(s, q, 1);
            q += 1;
        }
        if (!CivilTime.validDate(month, day) || !CivilTime.charAt(s, q, ' ')) {
            return -1;
        }
        q++;
        int hour = CivilTime.digits(s, q, 2);
        int minute = CivilTime.charAt(s, q + 2, ':') ? CivilTime.digits(s, q + 3, 2) : -1;
        int second = CivilTime.charAt(s, q + 5, ':') ? CivilTime.digits(s, q + 6, 2) : -1;
        if (hour < 0 || minute < 0 || second < 0 || !CivilTime.validTime(hour, minute, second)) {
            return -1;
        }
        q += 8;
        if (q < s.length() && s.charAt(q) != ' ') {
            return -1;
        }
        out.timeKind = TimeKind.YEARLESS;
        out.month = month;
        out.day = day;
        out.hour = hour;
        out.minute = minute;
        out.second = second;
        return q;
    }

    /** 1-12 for an English three-letter month name at {@code p}, else 0. */
    private static int month(String s, int p) {
        if (p + 3 > s.length()) {
            return 0;
        }
        switch (s.substring(p, p + 3)) {
            case "Jan": return 1;
            case "Feb": return 2;
            case "Mar": return 3;
            case "Apr": return 4;
            case "May": return 5;
            case "Jun": return 6;
            case "Jul": return 7;
            case "Aug": return 8;
            case "Sep": return 9;
            case "Oct": return 10;
            case "Nov": return 11;
            case "Dec": return 12;
            default: return 0;
        }
    }
}
