package org.trapscope.enrich.online;

import java.io.IOException;
import java.net.URI;

/**
 * One HTTP GET, without following redirects (the RDAP client follows them itself, to bound the
 * hops). Injected so that tests can serve canned answers and prove that nothing goes online.
 */
public interface HttpFetcher {

    /**
     * @param status     HTTP status code
     * @param body       the body, at most the fetcher's size limit
     * @param location   the Location header, or null
     * @param retryAfter the Retry-After header, or null
     */
    record Response(int status, byte[] body, String location, String retryAfter) {
    }

    Response get(URI uri) throws IOException;
}
