package org.trapscope.grammar;

import static org.trapscope.util.Bytes.ascii;
import static org.trapscope.util.Bytes.indexOf;
import static org.trapscope.util.Bytes.startsWith;
import static org.trapscope.util.Bytes.startsWithIgnoreCase;

import org.trapscope.store.EventKind;

/**
 * OpenBSD spamd's messages (spamd.c and grey.c format strings, see log-formats.md section 2),
 * read straight from bytes: this grammar runs on nearly every line of a spamd log.
 *
 * <p>SpamAssassin's daemon also logs as {@code spamd[PID]}; its messages match none of these
 * shapes, so {@link #parse} returns false and the caller keeps them as plain syslog lines.
 */
public final class SpamdGrammar {
    private static final byte[] CONNECTED = ascii("connected (");
    private static final byte[] DISCONNECTED = ascii("disconnected after ");
    private static final byte[] SECONDS = ascii(" seconds.");
    private static final byte[] LISTS_AFTER_CONNECT = ascii(", lists:");
    private static final byte[] LISTS_AFTER_DISCONNECT = ascii(" lists:");
    private static final byte[] BODY = ascii("Body: ");
    private static final byte[] BODY_EMPTY = ascii("Body:");
    private static final byte[] FROM = ascii("from:");
    private static final byte[] TO = ascii("to:");
    private static final byte[] SUBJECT = ascii("subject:");
    private static final byte[] GREY = ascii("(GREY) ");
    private static final byte[] BLACK = ascii("(BLACK) ");
    private static final byte[] ARROW = ascii(" -> ");
    private static final byte[] BLACKLISTED = ascii("blacklisted, removing from whitelist");
    private static final byte[] NEW_ENTRY = ascii("new entry ");
    private static final byte[] NEW_GREYTRAP_ENTRY = ascii("new greytrap entry ");
    private static final byte[] TRAPPING = ascii("Trapping ");
    private static final byte[] WHITELISTING = ascii("whitelisting ");
    private static final byte[] QUEUEING_ADD = ascii("queueing add of ");
    private static final byte[] QUEUEING_DELETION = ascii("queueing deletion of ");
    private static final byte[] SYNC_TRAP = ascii("sync_trap ");
    private static final byte[] NEW_TRAP = ascii("new TRAP from ");
    private static final byte[] NEW_WHITE = ascii("new WHITE from ");
    private static final byte[] FOR = ascii(" for ");
    private static final byte[] LISTENING = ascii("listening for incoming connections.");
    private static final byte[][] OTHER_PREFIXES = {
        ascii("open /dev/pf"), ascii("pipe ("), ascii("fork ("), ascii("fdopen ("), ascii("socketpair ("),
        ascii("read_configline"), ascii("setsockopt"), ascii("blackcheck"), ascii("got suffix"),
        ascii("line too long in "), ascii("can't add "), ascii("can't delete "), ascii("bogus entry"),
        ascii("Unrecognized db change"), ascii("dbopen failed"), ascii("scan of "), ascii("create "),
        ascii("chown "), ascii("open of "), ascii("unveil failed"), ascii("pledge failed"),
        ascii("greyreader failed"), ascii("failed to drop privs"), ascii("No greylist pipe stream"),
        ascii("pipe failed"), ascii("fork failed"), ascii("fdopen failed"), ascii("/sbin/pfctl"),
    };

    private SpamdGrammar() {
    }

    /**
     * Reads the spamd message in {@code buf[from, to)}.
     *
     * @return true when it is an OpenBSD spamd message; {@code out} then describes it
     */
    public static boolean parse(byte[] buf, int from, int to, SpamdFields out) {
        out.ipv4 = -1;
        if (from >= to) {
            return false;
        }
        byte first = buf[from];
        if (first == '(') {
            return envelope(buf, from, to, out);
        }
        if (isIpChar(first) || first == '<') {
            int colon = addressEnd(buf, from, to, out);
            if (colon > from) {
                return clientMessage(buf, from, colon, to, out);
            }
        }
        return greylisterMessage(buf, from, to, out);
    }

    /** {@code (GREY) IP: <from> -> <to>} and {@code (BLACK) ...}. */
    private static boolean envelope(byte[] buf, int from, int to, SpamdFields out) {
        int p;
        if (startsWith(buf, from, to, GREY)) {
            out.reset(EventKind.GREY);
            p = from + GREY.length;
        } else if (startsWith(buf, from, to, BLACK)) {
            out.reset(EventKind.BLACK);
            p = from + BLACK.length;
        } else {
            return false;
        }
        int colon = addressEnd(buf, p, to, out);
        if (colon < 0) {
            return false;
        }
        setIp(buf, p, colon, out);
        int senderStart = colon + 2;
        int arrow = indexOf(buf, senderStart, to, ARROW);
        if (arrow < 0) {
            return false;
        }
        out.aStart = senderStart;
        out.aEnd = arrow;
        out.bStart = arrow + ARROW.length;
        out.bEnd = to;
        return true;
    }

    /** Messages that start with the client address: {@code IP: ...}. */
    private static boolean clientMessage(byte[] buf, int ipStart, int colon, int to, SpamdFields out) {
        int p = colon + 2;
        if (startsWith(buf, p, to, CONNECTED)) {
            out.reset(EventKind.CONNECT);
            setIp(buf, ipStart, colon, out);
            int q = p + CONNECTED.length;
            int n = 0;
            while (q < to && isDigit(buf[q])) {
                n = n * 10 + (buf[q++] - '0');
            }
            int m = 0;
            if (q < to && buf[q] == '/') {
                q++;
                while (q < to && isDigit(buf[q])) {
                    m = m * 10 + (buf[q++] - '0');
                }
            }
            out.number = (Math.min(n, 0xFFFF) << 16) | Math.min(m, 0xFFFF);
            int lists = indexOf(buf, q, to, LISTS_AFTER_CONNECT);
            if (lists >= 0) {
                setTags(buf, lists + LISTS_AFTER_CONNECT.length, to, out);
            }
            return true;
        }
        if (startsWith(buf, p, to, DISCONNECTED)) {
            out.reset(EventKind.DISCONNECT);
            setIp(buf, ipStart, colon, out);
            int q = p + DISCONNECTED.length;
            long seconds = 0;
            while (q < to && isDigit(buf[q])) {
                seconds = Math.min(Integer.MAX_VALUE, seconds * 10 + (buf[q++] - '0'));
            }
            out.number = (int) seconds;
            if (startsWith(buf, q, to, SECONDS)) {
                q += SECONDS.length;
                if (startsWith(buf, q, to, LISTS_AFTER_DISCONNECT)) {
                    setTags(buf, q + LISTS_AFTER_DISCONNECT.length, to, out);
                }
            }
            return true;
        }
        if (startsWith(buf, p, to, BODY) || (to - p == BODY_EMPTY.length && startsWith(buf, p, to, BODY_EMPTY))) {
            out.reset(EventKind.BODY);
            setIp(buf, ipStart, colon, out);
            out.aStart = Math.min(p + BODY.length, to);
            out.aEnd = to;
            return true;
        }
        // spamd logs these headers when their name matches case-insensitively (strncasecmp)
        EventKind header = null;
        int nameLength = 0;
        if (startsWithIgnoreCase(buf, p, to, SUBJECT)) {
            header = EventKind.SUBJECT;
            nameLength = SUBJECT.length;
        } else if (startsWithIgnoreCase(buf, p, to, FROM)) {
            header = EventKind.HEADER_FROM;
            nameLength = FROM.length;
        } else if (startsWithIgnoreCase(buf, p, to, TO)) {
            header = EventKind.HEADER_TO;
            nameLength = TO.length;
        }
        if (header != null) {
            out.reset(header);
            setIp(buf, ipStart, colon, out);
            int v = p + nameLength;
            while (v < to && (buf[v] == ' ' || buf[v] == '\t')) {
                v++;
            }
            out.aStart = v;
            out.aEnd = to;
            return true;
        }
        if (startsWith(buf, p, to, BLACKLISTED)) {
            out.reset(EventKind.GREYLIST);
            setIp(buf, ipStart, colon, out);
            return true;
        }
        return false;
    }

    /** grey.c's debug lines and spamd's start-up and error lines. */
    private static boolean greylisterMessage(byte[] buf, int from, int to, SpamdFields out) {
        if (startsWith(buf, from, to, NEW_ENTRY)) {
            return withIpToken(EventKind.GREYLIST, buf, from + NEW_ENTRY.length, to, out);
        }
        if (startsWith(buf, from, to, NEW_GREYTRAP_ENTRY)) {
            return withIpToken(EventKind.GREYLIST, buf, from + NEW_GREYTRAP_ENTRY.length, to, out);
        }
        if (startsWith(buf, from, to, TRAPPING)) {
            return withIpToken(EventKind.TRAPPING, buf, from + TRAPPING.length, to, out);
        }
        if (startsWith(buf, from, to, WHITELISTING)) {
            return withIpToken(EventKind.GREYLIST, buf, from + WHITELISTING.length, to, out);
        }
        if (startsWith(buf, from, to, QUEUEING_ADD)) {
            return withIpToken(EventKind.GREYLIST, buf, from + QUEUEING_ADD.length, to, out);
        }
        if (startsWith(buf, from, to, QUEUEING_DELETION)) {
            return withIpToken(EventKind.GREYLIST, buf, from + QUEUEING_DELETION.length, to, out);
        }
        if (startsWith(buf, from, to, SYNC_TRAP)) {
            return withIpToken(EventKind.TRAPPING, buf, from + SYNC_TRAP.length, to, out);
        }
        if (startsWith(buf, from, to, NEW_TRAP) || startsWith(buf, from, to, NEW_WHITE)) {
            int forAt = indexOf(buf, from, to, FOR);
            if (forAt < 0) {
                return false;
            }
            EventKind k = buf[from + 4] == 'T' ? EventKind.TRAPPING : EventKind.GREYLIST;
            return withIpToken(k, buf, forAt + FOR.length, to, out);
        }
        if (startsWith(buf, from, to, LISTENING)) {
            out.reset(EventKind.SPAMD_OTHER);
            return true;
        }
        for (byte[] prefix : OTHER_PREFIXES) {
            if (startsWith(buf, from, to, prefix)) {
                out.reset(EventKind.SPAMD_OTHER);
                return true;
            }
        }
        return false;
    }

    private static boolean withIpToken(EventKind kind, byte[] buf, int p, int to, SpamdFields out) {
        int end = p;
        while (end < to && buf[end] != ' ' && buf[end] != ',') {
            end++;
        }
        if (end == p) {
            return false;
        }
        out.reset(kind);
        setIp(buf, p, end, out);
        return true;
    }

    private static void setIp(byte[] buf, int start, int end, SpamdFields out) {
        if (buf[start] == '<') {
            return; // "<unknown>": getnameinfo failed, spamd had no address to print
        }
        out.ipStart = start;
        out.ipEnd = end;
    }

    private static void setTags(byte[] buf, int p, int to, SpamdFields out) {
        while (p < to && buf[p] == ' ') {
            p++;
        }
        int end = to;
        while (end > p && buf[end - 1] == ' ') {
            end--;
        }
        if (end > p) {
            out.aStart = p;
            out.aEnd = end;
        }
    }

    /**
     * Finds the {@code ": "} that ends a leading address ({@code 1.2.3.4: }, {@code <unknown>: },
     * or an IPv6 address added by hand); returns its index or -1.
     */
    private static int addressEnd(byte[] buf, int from, int to, SpamdFields out) {
        out.ipv4 = -1;
        if (buf[from] == '<') {
            int close = from;
            while (close < to && buf[close] != '>') {
                close++;
            }
            return close + 2 < to && buf[close + 1] == ':' && buf[close + 2] == ' ' ? close + 1 : -1;
        }
        int limit = Math.min(to - 1, from + 46);
        // the dotted quad is read on the way: spamd's addresses are IPv4, so most lines need no second pass
        long v4 = 0;
        int octet = 0;
        int digits = 0;
        int dots = 0;
        boolean dottedQuad = true;
        for (int i = from; i < limit; i++) {
            byte c = buf[i];
            if (c == ':' && buf[i + 1] == ' ') {
                if (i == from) {
                    return -1;
                }
                if (dottedQuad && dots == 3 && digits > 0 && octet <= 255) {
                    out.ipv4 = (v4 << 8) | octet;
                }
                return i;
            }
            if (c >= '0' && c <= '9') {
                octet = octet * 10 + (c - '0');
                dottedQuad &= ++digits <= 3;
            } else if (c == '.') {
                dottedQuad &= digits > 0 && octet <= 255;
                v4 = (v4 << 8) | octet;
                octet = 0;
                digits = 0;
                dots++;
            } else if (isIpChar(c) || c == ':') {
                dottedQuad = false;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isIpChar(byte c) {
        return (c >= '0' && c <= '9') || c == '.' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
