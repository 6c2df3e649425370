package org.trapscope.syslog;

/**
 * Recognises syslog's duplicate suppression: BSD {@code last message repeated N times} (no tag)
 * and rsyslog {@code message repeated N times: [ original ]} (after the original tag). Counting
 * failed logins per IP needs these expanded, so the count and the original text are kept.
 */
final class RepeatMarker {
    private static final String BSD = "last message repeated ";
    private static final String RSYSLOG = "message repeated ";

    private RepeatMarker() {
    }

    static void apply(ParsedEnvelope out) {
        String m = out.message;
        if (out.program.isEmpty() && m.startsWith(BSD)) {
            int end = m.indexOf(' ', BSD.length());
            int n = count(m, BSD.length(), end);
            if (n > 0 && m.startsWith(" time", end)) {
                out.repeatCount = n;
            }
        } else if (m.startsWith(RSYSLOG)) {
            int end = m.indexOf(' ', RSYSLOG.length());
            int n = count(m, RSYSLOG.length(), end);
            int open = end < 0 ? -1 : m.indexOf(": [", end);
            if (n > 0 && open >= 0 && m.startsWith(" time", end) && m.endsWith("]")) {
                out.repeatCount = n;
                out.message = m.substring(TagReader.skipSpaces(m, open + 3), m.length() - 1);
            }
        }
    }

    private static int count(String m, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = m.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
