package org.trapscope.enrich.online;

import java.io.IOException;
import java.time.Duration;

/** A server said "too many queries" (HTTP 429, RIPE's %ERROR:201): wait before asking it again. */
public final class RateLimitedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String server;
    private final transient Duration retryAfter;

    /** @param retryAfter what the server asked for, or null when it did not say */
    public RateLimitedException(String server, Duration retryAfter, String message) {
        super(server + ": " + message);
        this.server = server;
        this.retryAfter = retryAfter;
    }

    public String server() {
        return server;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
