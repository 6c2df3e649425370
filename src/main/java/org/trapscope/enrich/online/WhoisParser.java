package org.trapscope.enrich.online;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trapscope.enrich.IpRange;

/**
 * Reads the free text of a WHOIS answer in the registries' three styles (RPSL at RIPE, APNIC and
 * AFRINIC; ARIN's; LACNIC's) into one {@link OnlineAnswer}, plus any referral to another server.
 * Keys are folded to lower case ({@code NetName} = {@code netname}); an object ends at a blank line.
 */
final class WhoisParser {
    private static final Pattern ABUSE_COMMENT = Pattern.compile("% Abuse contact for .* is '([^']+)'");

    /**
     * @param answer      what the answer says about the network, or null when it names none
     * @param referral    the next server to ask, or null
     * @param stub        the answer is a registry's placeholder for space it does not hold
     * @param rateLimited the server refused because of too many queries
     */
    record Parsed(OnlineAnswer answer, String referral, boolean stub, boolean rateLimited) {
    }

    private WhoisParser() {
    }

    static Parsed parse(byte[] raw, String server, Instant fetchedAt) {
        // RIPE, AFRINIC and LACNIC write UTF-8, APNIC Latin-1: UTF-8 when valid, else Latin-1.
        String text = decode(raw);
        List<Map<String, List<String>>> objects = new ArrayList<>();
        Map<String, List<String>> current = new LinkedHashMap<>();
        String abuse = null;
        boolean rateLimited = false;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    objects.add(current);
                    current = new LinkedHashMap<>();
                }
                continue;
            }
            if (line.startsWith("%") || line.startsWith("#")) {
                Matcher matcher = ABUSE_COMMENT.matcher(line);
                if (matcher.find()) {
                    abuse = matcher.group(1);
                }
                rateLimited |= line.startsWith("%ERROR:201");
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (!key.contains(" ") && !value.isEmpty()) {
                current.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        if (!current.isEmpty()) {
            objects.add(current);
        }
        return interpret(objects, abuse, rateLimited, server, fetchedAt, text);
    }

    private static Parsed interpret(List<Map<String, List<String>>> objects, String abuseComment, boolean rateLimited,
                                    String server, Instant fetchedAt, String text) {
        String referral = null;
        Map<String, List<String>> network = null;
        for (Map<String, List<String>> object : objects) {
            if (referral == null && object.containsKey("refer")) {
                referral = WhoisServers.referralHost(first(object, "refer"));
            }
            if (referral == null && object.containsKey("referralserver")) {
                referral = WhoisServers.referralHost(first(object, "referralserver"));
            }
            // ARIN lists its blocks from less to more specific: the last one is the network.
            if (object.containsKey("inetnum") || object.containsKey("inet6num") || object.containsKey("netrange")) {
                network = object;
            }
        }
        if (network == null) {
            return new Parsed(null, referral, false, rateLimited);
        }
        String netname = first(network, "netname");
        String descr = first(network, "descr");
        boolean stub = "NON-RIPE-NCC-MANAGED-ADDRESS-BLOCK".equals(netname)
                || descr != null && descr.startsWith("Transferred to the");
        IpRange range = range(network);
        if (stub || range == null) {
            return new Parsed(null, referral, stub, rateLimited);
        }
        String country = first(network, "country");
        String holder = anywhere(objects, "orgname");
        holder = holder != null ? holder : first(network, "owner");
        holder = holder != null ? holder : anywhere(objects, "org-name");
        holder = holder != null ? holder : descr;
        String abuse = abuseComment != null ? abuseComment : anywhere(objects, "orgabuseemail");
        abuse = abuse != null ? abuse : anywhere(objects, "abuse-mailbox");
        OnlineAnswer answer = new OnlineAnswer(range, netname, holder,
                country != null ? country : anywhere(objects, "country"), abuse, asn(objects),
                "WHOIS", server, fetchedAt, text);
        return new Parsed(answer, referral, false, rateLimited);
    }

    private static IpRange range(Map<String, List<String>> network) {
        String text = first(network, "netrange");
        if (text == null) {
            text = first(network, "inetnum");
        }
        if (text == null) {
            text = first(network, "inet6num");
        }
        try {
            return IpRange.parse(expandShortenedV4(text));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** LACNIC shortens prefixes: {@code 138.36.24/22} is {@code 138.36.24.0/22}. */
    static String expandShortenedV4(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || text.contains(":") || text.contains("-")) {
            return text;
        }
        StringBuilder address = new StringBuilder(text.substring(0, slash).trim());
        long dots = address.chars().filter(c -> c == '.').count();
        for (long i = dots; i < 3; i++) {
            address.append(".0");
        }
        return address + text.substring(slash);
    }

    /** RPSL route objects say {@code origin: AS3333}, ARIN {@code OriginAS: AS3333}, LACNIC {@code aut-num}. */
    private static long asn(List<Map<String, List<String>>> objects) {
        for (String key : new String[] {"origin", "originas", "aut-num"}) {
            String value = anywhere(objects, key);
            if (value != null) {
                String digits = value.replaceFirst("(?i)^AS", "").split("[,\\s]")[0];
                try {
                    return Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    // Not a plain AS number (an AS set, or text): look for another key.
                }
            }
        }
        return 0;
    }

    private static String first(Map<String, List<String>> object, String key) {
        List<String> values = object.get(key);
        return values == null ? null : values.get(0);
    }

    private static String anywhere(List<Map<String, List<String>>> objects, String key) {
        for (Map<String, List<String>> object : objects) {
            String value = first(object, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String decode(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
    }
}
