package org.trapscope.syslog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes OpenBSD syslogd's vis(3) encoding of 8-bit bytes: {@code é} (C3 A9) arrives in the log
 * as {@code M-CM-)}. A spam subject in Norwegian or German is unreadable otherwise. Because
 * {@code M-} can also be literal text, a string is only decoded when every {@code M-} sequence
 * in it together forms valid UTF-8; otherwise it is kept exactly as logged.
 */
public final class VisText {
    private VisText() {
    }

    public static String decodeMeta(String text) {
        int first = text.indexOf("M-");
        if (first < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        boolean decodedAny = false;
        int i = 0;
        while (i < utf8.length) {
            if (utf8[i] == 'M' && i + 2 < utf8.length && utf8[i + 1] == '-') {
                int c = utf8[i + 2] & 0xFF;
                if (c == '^' && i + 3 < utf8.length) {
                    int x = utf8[i + 3] & 0xFF;
                    bytes.write(x == '?' ? 0xFF : 0x80 | (x ^ 0x40));
                    i += 4;
                    decodedAny = true;
                    continue;
                }
                if (c >= 0x20 && c < 0x7F) {
                    bytes.write(0x80 | c);
                    i += 3;
                    decodedAny = true;
                    continue;
                }
            }
            bytes.write(utf8[i++]);
        }
        if (!decodedAny) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notVis) {
            return text;
        }
    }
}
