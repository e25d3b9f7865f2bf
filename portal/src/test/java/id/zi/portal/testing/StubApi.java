package id.zi.portal.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform's APIs as the portal's pages see them through the gateway, for page tests: a real HTTP server on a free
 * port answering each path-and-query a test sets with its status, type, body and headers (anything else: 404
 * problem+json), and remembering what was asked and with which bearer token. The portal's real {@code Gateway} calls it.
 */
public final class StubApi implements AutoCloseable {

    /** One answer. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    /** What the portal asked: path with query, and the Authorization header. */
    public record Asked(String pathAndQuery, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Asked> asked = new CopyOnWriteArrayList<>();

    public StubApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            asked.add(new Asked(pathAndQuery, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
            Answer answer = answers.getOrDefault(pathAndQuery, new Answer(404, "application/problem+json",
                    ("{\"status\":404,\"title\":\"Not Found\",\"detail\":\"no stub for " + pathAndQuery + "\"}").getBytes(StandardCharsets.UTF_8),
                    Map.of()));
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code pathAndQuery} answers 200 with this JSON. */
    public void json(String pathAndQuery, String json) {
        answer(pathAndQuery, 200, "application/json", json, Map.of());
    }

    /** {@code pathAndQuery} answers {@code status} with this problem+json. */
    public void problem(String pathAndQuery, int status, String json) {
        answer(pathAndQuery, status, "application/problem+json", json, Map.of());
    }

    public void answer(String pathAndQuery, int status, String contentType, String body, Map<String, String> headers) {
        answers.put(pathAndQuery, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers));
    }

    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    public void reset() {
        answers.clear();
        asked.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
