package org.trapscope.enrich.online;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/** An RDAP server on 127.0.0.1 for tests: canned responses by path, queued per path, all requests recorded. */
final class LoopbackRdapServer implements AutoCloseable {
    record Canned(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, ConcurrentLinkedDeque<Canned>> responses = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    LoopbackRdapServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            ConcurrentLinkedDeque<Canned> queue = responses.get(path);
            Canned canned = queue == null || queue.isEmpty() ? new Canned(404, "{}", Map.of())
                    : queue.size() > 1 ? queue.poll() : queue.peek();
            byte[] body = canned.body.getBytes(StandardCharsets.UTF_8);
            canned.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/rdap+json");
            exchange.sendResponseHeaders(canned.status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Responses for a path, served in order; the last one repeats. */
    LoopbackRdapServer on(String path, Canned... cannedResponses) {
        responses.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(cannedResponses));
        return this;
    }

    static Canned ok(String json) {
        return new Canned(200, json, Map.of());
    }

    URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
