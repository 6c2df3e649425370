package org.trapscope.enrich.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.trapscope.enrich.IpRange;

/**
 * Reads an RDAP "ip network" object (RFC 9083 §5.4): range from startAddress/endAddress, name,
 * country (ARIN leaves it out), holder from the registrant entity's vCard "fn", abuse e-mail from
 * the entity with role "abuse", which is often nested inside the registrant.
 */
final class RdapParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RdapParser() {
    }

    static OnlineAnswer parse(byte[] body, String server, Instant fetchedAt) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException(server + ": the RDAP answer is not a JSON object");
        }
        String start = root.path("startAddress").asText(null);
        String end = root.path("endAddress").asText(null);
        if (start == null || end == null) {
            throw new IOException(server + ": the RDAP answer has no startAddress/endAddress");
        }
        IpRange range;
        try {
            range = IpRange.parse(start + " - " + end);
        } catch (IllegalArgumentException e) {
            throw new IOException(server + ": the RDAP answer's range " + start + " - " + end + " cannot be read", e);
        }
        JsonNode registrant = entityWithRole(root.path("entities"), "registrant");
        JsonNode abuse = entityWithRole(root.path("entities"), "abuse");
        long asn = root.path("arin_originas0_originautnums").path(0).asLong(0);
        return new OnlineAnswer(range, text(root.path("name")), registrant == null ? null : vcard(registrant, "fn"),
                text(root.path("country")), abuse == null ? null : vcard(abuse, "email"), asn,
                "RDAP", server, fetchedAt, new String(body, StandardCharsets.UTF_8));
    }

    /** Depth-first through nested entities: abuse contacts hang under the registrant at ARIN. */
    private static JsonNode entityWithRole(JsonNode entities, String role) {
        for (JsonNode entity : entities) {
            for (JsonNode r : entity.path("roles")) {
                if (role.equals(r.asText())) {
                    return entity;
                }
            }
        }
        for (JsonNode entity : entities) {
            JsonNode nested = entityWithRole(entity.path("entities"), role);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    /** A vCard property's value: {@code ["vcard", [["fn", {}, "text", "Colgate University"], ...]]}. */
    private static String vcard(JsonNode entity, String property) {
        for (JsonNode field : entity.path("vcardArray").path(1)) {
            if (property.equals(field.path(0).asText()) && field.path(3).isTextual()) {
                return field.path(3).asText();
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
