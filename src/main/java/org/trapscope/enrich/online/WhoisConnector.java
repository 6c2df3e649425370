package org.trapscope.enrich.online;

import java.io.IOException;

/**
 * Sends one query line to a WHOIS server (RFC 3912: port 43, the server closes the connection
 * when done) and returns the raw bytes. Injected so that tests can use loopback servers and prove
 * that nothing goes online.
 */
public interface WhoisConnector {
    byte[] query(String server, String query) throws IOException;
}
