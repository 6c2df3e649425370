package org.trapscope.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded-words ({@code =?UTF-8?B?...?=}, {@code =?iso-8859-1?Q?...?=}), the
 * way spam subjects usually arrive. Whitespace between two adjacent encoded-words is dropped, as
 * the RFC says. A word that cannot be decoded is kept as it was.
 */
public final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private EncodedWords() {
    }

    public static String decode(String text) {
        String joined = BETWEEN_WORDS.matcher(text).replaceAll("$1$2");
        Matcher m = WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decodeWord(m.group(1), m.group(2), m.group(3), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decodeWord(String charsetName, String encoding, String payload, String original) {
        try {
            String name = charsetName.contains("*") ? charsetName.substring(0, charsetName.indexOf('*')) : charsetName;
            Charset charset = Charset.forName(name);
            byte[] bytes = encoding.equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(payload) : quoted(payload);
            return new String(bytes, charset);
        } catch (IllegalArgumentException unknownCharsetOrBadPayload) {
            return original;
        }
    }

    private static byte[] quoted(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length());
        byte[] in = payload.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < in.length) {
                out.write(Integer.parseInt(payload.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
