package org.trapscope.load;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;
import org.trapscope.grammar.SpamdFields;
import org.trapscope.grammar.SpamdGrammar;
import org.trapscope.store.EventKind;
import org.trapscope.store.IpAddress;
import org.trapscope.syslog.BsdStamp;
import org.trapscope.syslog.ParsedEnvelope;
import org.trapscope.syslog.SyslogEnvelopes;
import org.trapscope.syslog.TimeKind;
import org.trapscope.util.Bytes;

/**
 * Turns lines into events of one {@link ChunkEvents}. The common case (a BSD stamp and an
 * OpenBSD spamd message) is read from bytes without creating Strings; other envelopes and the
 * login daemons' messages go through the String-based grammars.
 */
final class LineParser {
    /** OpenBSD syslogd's LOG_MAXLINE: no real message text is longer. */
    static final int MAX_TEXT = 8192;
    private static final int MAX_REPEAT = 1_000_000;
    private static final byte[] SPAMD = "spamd".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAST_MESSAGE_REPEATED = "last message repeated ".getBytes(StandardCharsets.US_ASCII);

    private final ChunkEvents out;
    private final MessageGrammar authGrammar;
    private final SpamdFields spamd = new SpamdFields();
    private final ParsedEnvelope envelope = new ParsedEnvelope();
    private final ParsedMessage message = new ParsedMessage();
    private final long[] ipScratch = new long[2];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int emptyString;

    private byte[] lastHost = new byte[0];
    private int lastHostId = -1;
    private byte[] lastProgram = new byte[0];
    private int lastProgramId = -1;
    private String lastProgramText = "";
    private int lastOriginHost = -1;
    private int lastOriginProgram = -1;
    private int lastOrigin = -1;
    private int lastV4;
    private byte[] lastTags = new byte[0];
    private int lastTagsId = -1;
    private int lastV4Id = -1;

    LineParser(ChunkEvents out, MessageGrammar authGrammar) {
        this.out = out;
        this.authGrammar = authGrammar;
        this.emptyString = out.strings.intern(new byte[0], 0, 0);
    }

    /**
     * Parses {@code buf[start, end)}, one line without its newline.
     *
     * @param lineOffset where the line starts in the (decompressed) file
     * @param localLine  1-based line number within this chunk
     */
    void parse(byte[] buf, int start, int end, long lineOffset, long localLine) {
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        long packed = BsdStamp.read(buf, start, end);
        if (packed >= 0) {
            int hostStart = start + BsdStamp.LENGTH;
            int hostEnd = hostStart;
            while (hostEnd < end && buf[hostEnd] != ' ') {
                hostEnd++;
            }
            if (hostEnd < end && hostEnd > hostStart) {
                int hostId = host(buf, hostStart, hostEnd);
                bsdMessage(buf, hostEnd + 1, end, packed, hostId, lineOffset, localLine);
                return;
            }
        }
        slowPath(buf, start, end, lineOffset, localLine);
    }

    private void bsdMessage(byte[] buf, int tagStart, int end, long packed, int hostId, long lineOffset,
                            long localLine) {
        int p = tagStart;
        while (p < end && isTagChar(buf[p])) {
            p++;
        }
        int tagEnd = p;
        int pid = -1;
        if (p < end && buf[p] == '[') {
            int q = p + 1;
            int value = 0;
            while (q < end && buf[q] >= '0' && buf[q] <= '9' && value < 100_000_000) {
                value = value * 10 + (buf[q++] - '0');
            }
            if (q < end && buf[q] == ']' && q > p + 1) {
                pid = value;
                p = q + 1;
            }
        }
        if (tagEnd > tagStart && p < end && buf[p] == ':') {
            int messageStart = p + 1;
            if (messageStart < end && buf[messageStart] == ' ') {
                messageStart++;
            }
            int programId = program(buf, tagStart, tagEnd);
            message(buf, messageStart, end, packed, (byte) TimeKind.YEARLESS.ordinal(), hostId, programId,
                    lastProgramText, pid, lineOffset, localLine);
            return;
        }
        if (Bytes.startsWith(buf, tagStart, end, LAST_MESSAGE_REPEATED)) {
            int q = tagStart + LAST_MESSAGE_REPEATED.length;
            int n = 0;
            while (q < end && buf[q] >= '0' && buf[q] <= '9' && n < MAX_REPEAT) {
                n = n * 10 + (buf[q++] - '0');
            }
            if (n > 0) {
                out.add(packed, (byte) TimeKind.YEARLESS.ordinal(), ChunkEvents.REPEAT, -1, n, 0, -1,
                        origin(hostId, emptyString), lineOffset);
                return;
            }
        }
        // a syslog line without a tag: keep it as a generic event of this host
        out.add(packed, (byte) TimeKind.YEARLESS.ordinal(), (byte) EventKind.SYSLOG.ordinal(), -1, -1, 0, -1,
                origin(hostId, emptyString), lineOffset);
    }

    private void message(byte[] buf, int from, int end, long time, byte timeKind, int hostId, int programId,
                         String programText, int pid, long lineOffset, long localLine) {
        int origin = origin(hostId, programId);
        if (programText.equals("spamd") && SpamdGrammar.parse(buf, from, end, spamd)) {
            addSpamd(buf, time, timeKind, origin, pid, lineOffset, localLine);
            return;
        }
        String text = new String(buf, from, end - from, StandardCharsets.UTF_8);
        if (authGrammar.parse(programText, text, message)) {
            addAuth(time, timeKind, origin, pid, lineOffset);
            return;
        }
        out.add(time, timeKind, (byte) EventKind.SYSLOG.ordinal(), -1, -1, 0, pid, origin, lineOffset);
    }

    private void addSpamd(byte[] buf, long time, byte timeKind, int origin, int pid, long lineOffset, long localLine) {
        int ip = spamd.ipStart < 0 ? -1 : spamd.ipv4 >= 0 ? v4((int) spamd.ipv4) : ip(buf, spamd.ipStart, spamd.ipEnd);
        EventKind kind = spamd.kind;
        int a = -1;
        int b = 0;
        if (spamd.aStart >= 0) {
            a = kind == EventKind.CONNECT || kind == EventKind.DISCONNECT
                    ? tags(buf, spamd.aStart, spamd.aEnd, localLine)
                    : text(buf, spamd.aStart, spamd.aEnd, localLine);
        }
        if (kind.isEnvelope()) {
            b = spamd.bStart >= 0 ? text(buf, spamd.bStart, spamd.bEnd, localLine) : -1;
        } else if (kind == EventKind.CONNECT || kind == EventKind.DISCONNECT) {
            b = spamd.number;
        }
        out.add(time, timeKind, (byte) kind.ordinal(), ip, a, b, pid, origin, lineOffset);
    }

    private void addAuth(long time, byte timeKind, int origin, int pid, long lineOffset) {
        int ip = -1;
        if (message.ip != null && IpAddress.parse(message.ip, ipScratch)) {
            ip = out.ips.intern(ipScratch[0], ipScratch[1]);
        }
        int user = message.user != null ? out.strings.intern(message.user) : -1;
        out.add(time, timeKind, (byte) message.kind.ordinal(), ip, user, message.port, pid, origin, lineOffset);
    }

    private void slowPath(byte[] buf, int start, int end, long lineOffset, long localLine) {
        String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
        if (!SyslogEnvelopes.parse(line, envelope)) {
            unparsed(buf, start, end, lineOffset, localLine);
            return;
        }
        long time;
        TimeKind timeKind = envelope.timeKind;
        try {
            switch (timeKind) {
                case ABSOLUTE:
                    time = envelope.epochMillis;
                    break;
                case LOCAL:
                    time = LocalDateTime.of(envelope.year, envelope.month, envelope.day, envelope.hour,
                            envelope.minute, Math.min(envelope.second, 59)).toEpochSecond(ZoneOffset.UTC) * 1000
                            + envelope.millis;
                    break;
                case YEARLESS:
                    time = BsdStamp.pack(envelope.month, envelope.day, envelope.hour, envelope.minute,
                            envelope.second, envelope.millis);
                    break;
                default:
                    time = 0;
            }
        } catch (DateTimeException badDate) {
            unparsed(buf, start, end, lineOffset, localLine);
            return;
        }
        int hostId = envelope.host == null ? emptyString : out.strings.intern(envelope.host);
        int programId = out.strings.intern(envelope.program);
        byte tk = (byte) timeKind.ordinal();
        if (envelope.repeatCount > 0 && envelope.message.isEmpty()) {
            out.add(time, tk, ChunkEvents.REPEAT, -1, Math.min(envelope.repeatCount, MAX_REPEAT), 0, -1,
                    origin(hostId, programId), lineOffset);
            return;
        }
        byte[] messageBytes = envelope.message.getBytes(StandardCharsets.UTF_8);
        int copies = Math.max(1, Math.min(envelope.repeatCount, MAX_REPEAT));
        for (int c = 0; c < copies; c++) {
            message(messageBytes, 0, messageBytes.length, time, tk, hostId, programId, envelope.program,
                    envelope.pid, lineOffset, localLine);
        }
    }

    private void unparsed(byte[] buf, int start, int end, long lineOffset, long localLine) {
        if (end == start) {
            return; // blank lines carry nothing and are not worth a problem report
        }
        out.problem(looksBinary(buf, start, end) ? ProblemCategory.BINARY : ProblemCategory.NOT_SYSLOG, localLine);
        out.add(0, (byte) TimeKind.NONE.ordinal(), (byte) EventKind.UNPARSED.ordinal(), -1, -1, 0, -1,
                origin(emptyString, emptyString), lineOffset);
    }

    private static boolean looksBinary(byte[] buf, int start, int end) {
        int control = 0;
        for (int i = start; i < end; i++) {
            byte c = buf[i];
            if (c == 0) {
                return true;
            }
            if (c >= 0 && c < 0x20 && c != '\t') {
                control++;
            }
        }
        return control * 10 > end - start;
    }

    /** Blocklist tags repeat on nearly every connect and disconnect line: remember the last ones. */
    private int tags(byte[] buf, int from, int to, long localLine) {
        if (to - from != lastTags.length || !Bytes.equals(buf, from, lastTags, 0, lastTags.length)) {
            lastTags = Arrays.copyOfRange(buf, from, to);
            lastTagsId = text(buf, from, to, localLine);
        }
        return lastTagsId;
    }

    private int text(byte[] buf, int from, int to, long localLine) {
        if (to - from > MAX_TEXT) {
            out.problem(ProblemCategory.LONG_LINE, localLine);
            to = from + MAX_TEXT;
            // do not cut a UTF-8 sequence in half
            while (to > from && (buf[to] & 0xC0) == 0x80) {
                to--;
            }
        }
        int before = out.strings.size();
        int id = out.strings.intern(buf, from, to - from);
        if (id == before && !isUtf8(buf, from, to)) {
            out.problem(ProblemCategory.INVALID_UTF8, localLine);
        }
        return id;
    }

    private boolean isUtf8(byte[] buf, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (buf[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return true;
        }
        try {
            utf8.reset().decode(ByteBuffer.wrap(buf, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private int ip(byte[] buf, int from, int to) {
        long v4 = 0;
        int octet = 0;
        int digits = 0;
        int dots = 0;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c >= '0' && c <= '9') {
                octet = octet * 10 + (c - '0');
                if (++digits > 3) {
                    return ipSlow(buf, from, to);
                }
            } else if (c == '.' && digits > 0 && octet <= 255) {
                v4 = (v4 << 8) | octet;
                octet = 0;
                digits = 0;
                dots++;
            } else {
                return ipSlow(buf, from, to);
            }
        }
        if (dots != 3 || digits == 0 || octet > 255) {
            return ipSlow(buf, from, to);
        }
        return v4((int) ((v4 << 8) | octet));
    }

    private int v4(int address) {
        // a session's header and body lines come together: the same address many times in a row
        if (address != lastV4 || lastV4Id < 0) {
            lastV4 = address;
            lastV4Id = out.ips.internV4(address);
        }
        return lastV4Id;
    }

    private int ipSlow(byte[] buf, int from, int to) {
        String text = new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        return IpAddress.parse(text, ipScratch) ? out.ips.intern(ipScratch[0], ipScratch[1]) : -1;
    }

    private int host(byte[] buf, int from, int to) {
        if (to - from != lastHost.length || !Bytes.equals(buf, from, lastHost, 0, lastHost.length)) {
            lastHost = Arrays.copyOfRange(buf, from, to);
            lastHostId = out.strings.intern(buf, from, to - from);
        }
        return lastHostId;
    }

    private int program(byte[] buf, int from, int to) {
        if (to - from != lastProgram.length || !Bytes.equals(buf, from, lastProgram, 0, lastProgram.length)) {
            lastProgram = Arrays.copyOfRange(buf, from, to);
            lastProgramId = out.strings.intern(buf, from, to - from);
            lastProgramText = Arrays.equals(lastProgram, SPAMD) ? "spamd"
                    : new String(lastProgram, StandardCharsets.UTF_8);
        }
        return lastProgramId;
    }

    private int origin(int hostId, int programId) {
        if (hostId != lastOriginHost || programId != lastOriginProgram) {
            lastOriginHost = hostId;
            lastOriginProgram = programId;
            lastOrigin = out.origin(hostId, programId);
        }
        return lastOrigin;
    }

    private static boolean isTagChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '-' || c == '/';
    }
}
