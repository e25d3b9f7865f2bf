package id.zi.evidence;

import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the evidence service over real HTTP as a signed-in user would. Multipart bodies are written by
 * hand, so a test controls the order of the parts and can send the file names a hostile client would.
 */
public record EvidenceApi(String baseUrl, JsonMapper json) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public record Reply(int status, Map<String, List<String>> headers, byte[] bytes, JsonNode body) {

        public String field() {
            return body.path("field").asString();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().getFirst()).findFirst()
                    .orElse(null);
        }
    }

    /** A multipart form in the order it is built: fields, then files. */
    public static final class Form {

        private final String boundary = "zi-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        public Form field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(value);
            write("\r\n");
            return this;
        }

        public Form fields(Map<String, ?> fields) {
            fields.forEach((name, value) -> {
                if (value instanceof List<?> list) {
                    list.forEach(v -> field(name, String.valueOf(v)));
                } else {
                    field(name, String.valueOf(value));
                }
            });
            return this;
        }

        /** @param claimedType what the client says the file is; the service must not believe it */
        public Form file(String fileName, byte[] content, String claimedType) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                    + claimedType + "\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        public byte[] bytes() {
            ByteArrayOutputStream done = new ByteArrayOutputStream();
            done.writeBytes(body.toByteArray());
            done.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return done.toByteArray();
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    public Reply upload(TestUser user, Form form) {
        return multipart("/api/evidence/uploads", user, form, Map.of());
    }

    public Reply multipart(String path, TestUser user, Form form, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, user, headers).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
        return send(request.build());
    }

    public Reply call(String method, String path, TestUser user, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, user, headers);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    public Reply get(String path, TestUser user) {
        return call("GET", path, user, null, Map.of());
    }

    private HttpRequest.Builder request(String path, TestUser user, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Bearer " + TestIdentityProvider.shared().token(user));
        }
        headers.forEach(request::header);
        return request;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            JsonNode body = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (bytes.length > 0 && type.contains("json")) {
                body = json.readTree(bytes);
            }
            return new Reply(response.statusCode(), response.headers().map(), bytes, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
