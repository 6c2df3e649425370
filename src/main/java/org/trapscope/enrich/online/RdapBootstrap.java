package org.trapscope.enrich.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trapscope.enrich.IpRange;

/**
 * IANA's RDAP bootstrap registries for IPv4 and IPv6 (RFC 9224): which RDAP server answers for
 * which block. A copy is bundled; {@link #refresh} replaces it with IANA's current files when the
 * user allows online lookups.
 */
public final class RdapBootstrap {
    public static final URI IANA_IPV4 = URI.create("https://data.iana.org/rdap/ipv4.json");
    public static final URI IANA_IPV6 = URI.create("https://data.iana.org/rdap/ipv6.json");
    static final String IPV4_FILE = "rdap-bootstrap-ipv4.json";
    static final String IPV6_FILE = "rdap-bootstrap-ipv6.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Service(IpRange block, List<URI> bases) {
    }

    private final List<Service> services;

    private RdapBootstrap(List<Service> services) {
        this.services = List.copyOf(services);
    }

    /** Parses bootstrap files in the RFC 9224 shape. */
    public static RdapBootstrap parse(List<byte[]> files) throws IOException {
        List<Service> services = new ArrayList<>();
        for (byte[] file : files) {
            JsonNode root = JSON.readTree(file);
            JsonNode entries = root == null ? null : root.get("services");
            if (entries == null || !entries.isArray()) {
                throw new IOException("not an RDAP bootstrap file: no \"services\" array");
            }
            for (JsonNode entry : entries) {
                List<URI> bases = new ArrayList<>();
                for (JsonNode url : entry.path(1)) {
                    String text = url.asText();
                    bases.add(URI.create(text.endsWith("/") ? text : text + "/"));
                }
                for (JsonNode block : entry.path(0)) {
                    services.add(new Service(block(block.asText()), bases));
                }
            }
        }
        return new RdapBootstrap(services);
    }

    /** The copy shipped with the application. */
    public static RdapBootstrap bundled() {
        try {
            return parse(List.of(resource(IPV4_FILE), resource(IPV6_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled RDAP bootstrap files cannot be read", e);
        }
    }

    /** The refreshed copy in the cache folder when there is one, else the bundled copy. */
    public static RdapBootstrap load(Path cacheDirectory) {
        if (cacheDirectory != null) {
            Path v4 = cacheDirectory.resolve(IPV4_FILE);
            Path v6 = cacheDirectory.resolve(IPV6_FILE);
            if (Files.isRegularFile(v4) && Files.isRegularFile(v6)) {
                try {
                    return parse(List.of(Files.readAllBytes(v4), Files.readAllBytes(v6)));
                } catch (IOException | RuntimeException e) {
                    // A damaged refreshed copy must not stop online lookups: the bundled one still works.
                    return bundled();
                }
            }
        }
        return bundled();
    }

    /** Fetches IANA's current files, checks that they parse, and keeps them in the cache folder. */
    public static RdapBootstrap refresh(HttpFetcher http, Path cacheDirectory) throws IOException {
        byte[] v4 = fetch(http, IANA_IPV4);
        byte[] v6 = fetch(http, IANA_IPV6);
        RdapBootstrap fresh = parse(List.of(v4, v6));
        Files.createDirectories(cacheDirectory);
        Files.write(cacheDirectory.resolve(IPV4_FILE), v4);
        Files.write(cacheDirectory.resolve(IPV6_FILE), v6);
        return fresh;
    }

    /** The RDAP base URL for the address: longest matching block, https preferred; null if none. */
    public URI baseFor(long hi, long lo) {
        Service best = null;
        for (Service service : services) {
            if (service.block.contains(hi, lo) && (best == null || service.block.isNarrowerThan(best.block))) {
                best = service;
            }
        }
        if (best == null || best.bases.isEmpty()) {
            return null;
        }
        for (URI base : best.bases) {
            if ("https".equalsIgnoreCase(base.getScheme())) {
                return base;
            }
        }
        return best.bases.get(0);
    }

    /** IANA's IPv4 file has used a bare "8" for 8.0.0.0/8. */
    private static IpRange block(String text) {
        if (text.matches("\\d{1,3}")) {
            return IpRange.parse(text + ".0.0.0/8");
        }
        return IpRange.parse(text);
    }

    private static byte[] fetch(HttpFetcher http, URI uri) throws IOException {
        HttpFetcher.Response response = http.get(uri);
        if (response.status() != 200) {
            throw new IOException(uri + " answered HTTP " + response.status());
        }
        return response.body();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RdapBootstrap.class.getResourceAsStream("/org/trapscope/enrich/" + name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }
}
