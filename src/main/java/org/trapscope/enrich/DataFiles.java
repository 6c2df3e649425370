package org.trapscope.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.trapscope.source.LogInputs;

/** Opening the registries' text files, gzip'd or not, and decoding their mixed charsets. */
final class DataFiles {
    private DataFiles() {
    }

    /**
     * Lines decoded as ISO-8859-1, which maps every byte to one char and so never fails;
     * {@link #fixCharset} then turns UTF-8 sequences back into the characters they mean.
     */
    static BufferedReader openLines(Path file) throws IOException {
        // compression by content, like every input of Trapscope: a renamed .gz still reads
        InputStream in = LogInputs.open(file);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
    }

    /**
     * RIPE writes UTF-8 and APNIC ISO-8859-1, and older objects mix them: a value that is valid
     * UTF-8 is decoded as such, anything else stays Latin-1.
     */
    static String fixCharset(String latin1) {
        boolean ascii = true;
        for (int i = 0; i < latin1.length() && ascii; i++) {
            ascii = latin1.charAt(i) < 0x80;
        }
        if (ascii) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return latin1;
        }
    }

    /** Decodes raw bytes as UTF-8 when they are valid UTF-8, else in the fallback charset. */
    static String decode(byte[] raw, Charset fallback) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(raw, fallback);
        }
    }

    static LocalDate lastModified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
