package org.trapscope.enrich.online;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WHOIS server on 127.0.0.1 for tests: answers canned bytes by query line, records the queries,
 * and serves a bounded number of connections before it stops by itself.
 */
final class LoopbackWhoisServer implements AutoCloseable {
    /** Bytes to send, then close. */
    static byte[] text(String answer) {
        return answer.getBytes(StandardCharsets.UTF_8);
    }

    /** A marker answer: hold the connection open and never answer (a timeout). */
    static final byte[] SILENCE = new byte[0];

    private static final int MAX_CONNECTIONS = 50;

    private final ServerSocket socket;
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final Thread thread;

    LoopbackWhoisServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "loopback-whois-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    LoopbackWhoisServer answer(String query, byte[] bytes) {
        answers.put(query, bytes);
        return this;
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    List<String> queries() {
        return queries;
    }

    private void serve() {
        for (int served = 0; served < MAX_CONNECTIONS && !socket.isClosed(); served++) {
            try (Socket client = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                String query = in.readLine();
                queries.add(query);
                byte[] answer = answers.getOrDefault(query, text("% No entries found for " + query + "\n"));
                if (answer == SILENCE) {
                    Thread.sleep(3000);
                    continue;
                }
                OutputStream out = client.getOutputStream();
                out.write(answer);
                out.flush();
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
