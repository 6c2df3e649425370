package org.trapscope.enrich.online;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@link HttpFetcher} on the JDK's HTTP client, with timeouts and a cap on the answer's size. */
public final class JdkHttpFetcher implements HttpFetcher {
    private final HttpClient client;
    private final Duration readTimeout;
    private final int maxBytes;
    private final String userAgent;

    public JdkHttpFetcher(Duration connectTimeout, Duration readTimeout, int maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    /** 5 s to connect, 15 s to answer, 1 MiB at most: RDAP answers for one network are a few kB. */
    public static JdkHttpFetcher withDefaults() {
        return new JdkHttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(15), 1 << 20,
                "Trapscope IP enrichment (RDAP client)");
    }

    @Override
    public Response get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Accept", "application/rdap+json, application/json")
                .header("User-Agent", userAgent)
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("RDAP query to " + uri.getHost() + " was cancelled");
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new IOException("RDAP answer from " + uri.getHost() + " is larger than " + maxBytes + " bytes");
        }
        return new Response(response.statusCode(), body,
                response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null));
    }
}
