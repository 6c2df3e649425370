package org.trapscope.syslog;

/**
 * Reads what follows the time stamp: an optional host, the tag ({@code sshd[123]:},
 * {@code postfix/submission/smtpd[9]:}, {@code /bsd:}, {@code [sshd]}) and the message.
 *
 * <p>Some writers leave the host out (Dovecot's own log, multilog, a local syslogd configured so).
 * A host name never ends in a colon, so when the first word is a complete tag, or a Dovecot log
 * prefix such as {@code auth-worker(22401):}, there is no host.
 *
 * <p>When no tag can be read the program stays empty and the whole rest is the message, e.g.
 * {@code last message repeated 3 times} or Dovecot's {@code auth(user,ip)<session>: ...} prefix,
 * which its grammar reads.
 */
final class TagReader {
    private TagReader() {
    }

    /** Fills host, program, pid and message from {@code s} starting at {@code p}. */
    static void read(String s, int p, ParsedEnvelope out) {
        int start = skipSpaces(s, p);
        int wordEnd = wordEnd(s, start);
        if (start < s.length() && s.charAt(start) == '[') {
            readBracketedTag(s, start, out);
            return;
        }
        if (!isTagWord(s, start, wordEnd)) {
            out.host = start < wordEnd ? s.substring(start, wordEnd) : null;
            start = skipSpaces(s, wordEnd);
        }
        readTag(s, start, out);
    }

    /** {@code name[pid]: msg} or {@code name: msg}; anything else leaves the program empty. */
    private static void readTag(String s, int p, ParsedEnvelope out) {
        int q = p;
        while (q < s.length() && isTagChar(s.charAt(q))) {
            q++;
        }
        int nameEnd = q;
        int pid = -1;
        if (q > p && CivilTime.charAt(s, q, '[')) {
            int close = s.indexOf(']', q);
            pid = close > q + 1 && close - q <= 11 ? parsePid(s, q + 1, close) : -1;
            q = pid >= 0 ? close + 1 : -1;
        }
        if (q > p && CivilTime.charAt(s, q, ':')) {
            out.program = s.substring(p, nameEnd);
            out.pid = pid;
            out.message = s.substring(skipSpaces(s, q + 1));
        } else {
            out.message = s.substring(p);
        }
    }

    /** {@code [sshd]: msg} or {@code [sshd] msg}, seen in fail2ban's sshd samples. */
    private static void readBracketedTag(String s, int p, ParsedEnvelope out) {
        int q = p + 1;
        while (q < s.length() && isTagChar(s.charAt(q))) {
            q++;
        }
        if (q > p + 1 && CivilTime.charAt(s, q, ']')) {
            out.program = s.substring(p + 1, q);
            q++;
            if (CivilTime.charAt(s, q, ':')) {
                q++;
            }
            out.message = s.substring(skipSpaces(s, q));
        } else {
            out.message = s.substring(p);
        }
    }

    /** True when the word {@code [start, end)} is a tag or Dovecot prefix that ends in a colon. */
    private static boolean isTagWord(String s, int start, int end) {
        if (end - start < 2 || s.charAt(end - 1) != ':' || !Character.isLetter(s.charAt(start))
                && s.charAt(start) != '/') {
            return false;
        }
        int q = start;
        while (q < end && isTagChar(s.charAt(q))) {
            q++;
        }
        if (q == end - 1) {
            return true;
        }
        char c = s.charAt(q);
        if (c == '[') {
            return s.charAt(end - 2) == ']';
        }
        return c == '(' && q > start;
    }

    private static int parsePid(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    static boolean isTagChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '_' || c == '/' || c == '-';
    }

    static int skipSpaces(String s, int p) {
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    private static int wordEnd(String s, int p) {
        while (p < s.length() && s.charAt(p) != ' ') {
            p++;
        }
        return p;
    }
}
