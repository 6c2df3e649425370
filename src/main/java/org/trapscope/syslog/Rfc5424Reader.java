package org.trapscope.syslog;

/**
 * Reads {@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG} (RFC 5424 as written to files by
 * FreeBSD {@code syslogd -O rfc5424} or rsyslog). {@code -} is NILVALUE. Structured data is
 * skipped, honouring quoted values, which may contain brackets.
 */
final class Rfc5424Reader {
    private static final char BOM = '\uFEFF';

    private Rfc5424Reader() {
    }

    /**
     * @param p the index just after {@code <PRI>}
     * @return false when this is not an RFC 5424 line with a time stamp
     */
    static boolean read(String s, int p, ParsedEnvelope out) {
        if (!CivilTime.charAt(s, p, '1') || !CivilTime.charAt(s, p + 1, ' ')) {
            return false;
        }
        int q = IsoStamp.read(s, p + 2, out);
        if (q < 0 || out.timeKind != TimeKind.ABSOLUTE || q >= s.length()) {
            return false;
        }
        int[] cursor = {q + 1};
        String host = field(s, cursor);
        String app = field(s, cursor);
        String procId = field(s, cursor);
        String msgId = field(s, cursor);
        if (host == null || app == null || procId == null || msgId == null) {
            return false;
        }
        out.host = host.equals("-") ? null : host;
        out.program = app.equals("-") ? "" : app;
        out.pid = parsePid(procId);
        int msg = skipStructuredData(s, cursor[0]);
        if (msg < 0) {
            return false;
        }
        if (CivilTime.charAt(s, msg, ' ')) {
            msg++;
        }
        if (CivilTime.charAt(s, msg, BOM)) {
            msg++;
        }
        out.message = s.substring(Math.min(msg, s.length()));
        return true;
    }

    /** The next space-terminated field, advancing the cursor past the space; null at the end. */
    private static String field(String s, int[] cursor) {
        int start = cursor[0];
        int end = s.indexOf(' ', start);
        if (start >= s.length() || end == start) {
            return null;
        }
        if (end < 0) {
            end = s.length();
        }
        cursor[0] = Math.min(end + 1, s.length());
        return s.substring(start, end);
    }

    /** @return the index after the SD field, or -1 when it is malformed */
    private static int skipStructuredData(String s, int p) {
        if (CivilTime.charAt(s, p, '-')) {
            return p + 1;
        }
        int q = p;
        while (CivilTime.charAt(s, q, '[')) {
            q++;
            boolean quoted = false;
            while (q < s.length() && (quoted || s.charAt(q) != ']')) {
                char c = s.charAt(q);
                if (c == '\\') {
                    q++;
                } else if (c == '"') {
                    quoted = !quoted;
                }
                q++;
            }
            if (q >= s.length()) {
                return -1;
            }
            q++;
        }
        return q == p ? -1 : q;
    }

    private static int parsePid(String procId) {
        if (procId.isEmpty() || procId.length() > 9) {
            return -1;
        }
        for (int i = 0; i < procId.length(); i++) {
            if (procId.charAt(i) < '0' || procId.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(procId);
    }
}
