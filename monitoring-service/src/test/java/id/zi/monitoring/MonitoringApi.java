package id.zi.monitoring;

import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the monitoring service over real HTTP as a signed-in user would. */
public record MonitoringApi(String baseUrl, JsonMapper json) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .build();

    public record Reply(int status, Map<String, List<String>> headers, byte[] bytes, JsonNode body) {

        public String field() {
            return body.path("field").asString();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().getFirst()).findFirst()
                    .orElse(null);
        }

        /** The ETag as If-Match takes it back. */
        public String etag() {
            return header("ETag");
        }
    }

    public Reply get(String path, TestUser user) {
        return call("GET", path, user, null, null);
    }

    public Reply post(String path, TestUser user, Object body) {
        return call("POST", path, user, body, null);
    }

    public Reply call(String method, String path, TestUser user, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Bearer " + TestIdentityProvider.shared().token(user));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            // A string is sent as written: JSON the mapper would change (a null in a map) stays as the test means it.
            String text = body instanceof String written ? written : json.writeValueAsString(body);
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode parsed = response.body().length > 0 && type.contains("json") ? json.readTree(response.body()) : null;
            return new Reply(response.statusCode(), response.headers().map(), response.body(), parsed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
