package org.trapscope.enrich.online;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/** {@link WhoisConnector} on a plain socket: no library needed for one line out, text back. */
public final class SocketWhoisConnector implements WhoisConnector {
    private final Function<String, InetSocketAddress> resolver;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final int maxBytes;

    /**
     * @param resolver server name to socket address; the default is port 43 of that name, tests
     *                 map names to loopback ports
     */
    public SocketWhoisConnector(Function<String, InetSocketAddress> resolver, Duration connectTimeout,
                                Duration readTimeout, int maxBytes) {
        this.resolver = resolver;
        this.connectTimeoutMillis = (int) connectTimeout.toMillis();
        this.readTimeoutMillis = (int) readTimeout.toMillis();
        this.maxBytes = maxBytes;
    }

    /** Port 43, 5 s to connect, 15 s between reads, 256 KiB at most. */
    public static SocketWhoisConnector withDefaults() {
        return new SocketWhoisConnector(name -> new InetSocketAddress(name, 43),
                Duration.ofSeconds(5), Duration.ofSeconds(15), 256 << 10);
    }

    @Override
    public byte[] query(String server, String query) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(resolver.apply(server), connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write((query + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (answer.size() + read > maxBytes) {
                    throw new IOException("WHOIS answer from " + server + " is larger than " + maxBytes + " bytes");
                }
                answer.write(buffer, 0, read);
            }
            return answer.toByteArray();
        }
    }
}
