package org.trapscope.syslog;

/**
 * Splits one log line into time stamp, host, tag and message, for every envelope shape in
 * log-formats.md section 1.1: BSD / RFC 3164 (YEARLESS), OpenBSD {@code syslogd -Z} and rsyslog
 * RFC 3339 (ABSOLUTE), RFC 5424 (ABSOLUTE), Dovecot's own log file (LOCAL, no host) and
 * daemontools TAI64N (ABSOLUTE, no host).
 *
 * <p>Never throws: log files hold binary junk, truncated and enormous lines.
 */
public final class SyslogEnvelopes {
    private SyslogEnvelopes() {
    }

    /**
     * @param line one line without its {@code \n}; a trailing {@code \r} (CRLF files) is ignored
     * @param out  reset, then filled when the line has a time stamp
     * @return false when the line has no recognisable time stamp
     */
    public static boolean parse(String line, ParsedEnvelope out) {
        out.clear();
        if (line == null) {
            return false;
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        String s = end == line.length() ? line : line.substring(0, end);
        if (s.isEmpty()) {
            return false;
        }
        int p = 0;
        if (s.charAt(0) == '<') {
            p = afterPriority(s);
            if (p < 0) {
                return false;
            }
            if (CivilTime.charAt(s, p, '1') && CivilTime.charAt(s, p + 1, ' ')) {
                boolean ok = Rfc5424Reader.read(s, p, out);
                if (ok) {
                    RepeatMarker.apply(out);
                } else {
                    out.clear();
                }
                return ok;
            }
        }
        int q = readStamp(s, p, out);
        if (q < 0) {
            out.clear();
            return false;
        }
        TagReader.read(s, q, out);
        RepeatMarker.apply(out);
        return true;
    }

    private static int readStamp(String s, int p, ParsedEnvelope out) {
        if (p >= s.length()) {
            return -1;
        }
        char c = s.charAt(p);
        if (c == '@') {
            return Tai64nStamp.read(s, p, out);
        }
        if (c >= '0' && c <= '9') {
            return IsoStamp.read(s, p, out);
        }
        return BsdStampText.read(s, p, out);
    }

    /** Index after a {@code <PRI>} of 1-3 digits (as relayed RFC 3164 lines keep), or -1. */
    private static int afterPriority(String s) {
        int q = 1;
        while (q < s.length() && q <= 4 && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
            q++;
        }
        return q > 1 && q <= 4 && CivilTime.charAt(s, q, '>') ? q + 1 : -1;
    }
}
