package org.trapscope.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.store.IpAddress;

/**
 * Reads the header of a saved message (RFC 5322, as mail clients save {@code .eml} files):
 * unfolds continuation lines, decodes the Subject's MIME encoded-words (RFC 2047) and collects
 * the relay addresses of the {@code Received:} headers. The body is not read.
 */
public final class SavedMessageReader {
    /** Headers beyond this are not a mail header any more; stops runaway reads of other files. */
    private static final int MAX_HEADER_BYTES = 1 << 20;
    private static final Pattern BRACKETED = Pattern.compile("\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]");
    private static final Pattern PARENTHESISED_ADDRESS = Pattern.compile("\\(([0-9]{1,3}(?:\\.[0-9]{1,3}){3})\\)");

    private SavedMessageReader() {
    }

    public static SavedMessage read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_HEADER_BYTES);
        }
        return parse(new String(head, StandardCharsets.ISO_8859_1));
    }

    /** Parses header text; bytes above ASCII arrive as Latin-1 characters and are decoded as UTF-8 where they form it. */
    public static SavedMessage parse(String text) {
        String subject = "";
        Set<String> relays = new LinkedHashSet<>();
        for (String header : unfold(text)) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("subject") && subject.isEmpty()) {
                subject = EncodedWords.decode(utf8(value));
            } else if (name.equals("received")) {
                relays.addAll(relayAddresses(value));
            }
        }
        return new SavedMessage(subject, new ArrayList<>(relays));
    }

    private static List<String> relayAddresses(String received) {
        int by = received.toLowerCase(Locale.ROOT).indexOf(" by ");
        String fromPart = by >= 0 ? received.substring(0, by) : received;
        List<String> found = new ArrayList<>();
        long[] parsed = new long[2];
        for (Pattern p : new Pattern[] {BRACKETED, PARENTHESISED_ADDRESS}) {
            Matcher m = p.matcher(fromPart);
            while (m.find()) {
                if (IpAddress.parse(m.group(1), parsed)) {
                    found.add(IpAddress.format(parsed[0], parsed[1]));
                }
            }
        }
        return found;
    }

    private static List<String> unfold(String text) {
        List<String> headers = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break; // the blank line ends the header
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                current.append(' ').append(line.trim());
            } else {
                if (current != null) {
                    headers.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            headers.add(current.toString());
        }
        return headers;
    }

    private static String utf8(String latin1) {
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
