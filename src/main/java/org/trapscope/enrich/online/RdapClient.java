package org.trapscope.enrich.online;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.trapscope.enrich.IpNumbers;

/**
 * Asks the RDAP server that the bootstrap names for an address, following the registries'
 * redirects (a RIR redirects for space it does not hold) up to {@link #MAX_REDIRECTS} hops.
 */
final class RdapClient {
    static final int MAX_REDIRECTS = 3;

    private final HttpFetcher http;
    private final RdapBootstrap bootstrap;
    private final Clock clock;
    private final ServerPacer pacer;

    RdapClient(HttpFetcher http, RdapBootstrap bootstrap, Clock clock, ServerPacer pacer) {
        this.http = http;
        this.bootstrap = bootstrap;
        this.clock = clock;
        this.pacer = pacer;
    }

    /** The server that would be asked first, for rate limiting; null when no RDAP server is known. */
    URI baseFor(long hi, long lo) {
        return bootstrap.baseFor(hi, lo);
    }

    /**
     * @return the answer, or null when the server has no object for the address (404)
     * @throws RateLimitedException on HTTP 429
     * @throws IOException          when no server is known, the redirects do not end, or the
     *                              answer is an error or unreadable
     */
    OnlineAnswer lookup(long hi, long lo) throws IOException {
        URI base = bootstrap.baseFor(hi, lo);
        if (base == null) {
            throw new IOException("no RDAP server is known for " + IpNumbers.format(hi, lo));
        }
        URI uri = base.resolve("ip/" + IpNumbers.format(hi, lo));
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            pacer.await(uri.getHost());
            HttpFetcher.Response response = http.get(uri);
            int status = response.status();
            if (status == 200) {
                pacer.answered(uri.getHost());
                return RdapParser.parse(response.body(), uri.getHost(), clock.instant());
            }
            if (status == 404) {
                return null;
            }
            if (status == 429) {
                throw new RateLimitedException(uri.getHost(), retryAfter(response.retryAfter()), "RDAP rate limit (HTTP 429)");
            }
            if (status >= 300 && status < 400 && response.location() != null) {
                uri = uri.resolve(response.location());
                continue;
            }
            throw new IOException(uri.getHost() + " answered HTTP " + status);
        }
        throw new IOException("more than " + MAX_REDIRECTS + " RDAP redirects for " + IpNumbers.format(hi, lo));
    }

    /** Retry-After in seconds; the HTTP-date form is rare for RDAP and treated as "not said". */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
