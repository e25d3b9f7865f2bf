package id.zi.survey;

import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the survey service over real HTTP: as a signed-in user with a token, or as a respondent without one. */
public record SurveyApi(String baseUrl, JsonMapper json) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .build();

    public record Reply(int status, Map<String, List<String>> headers, byte[] bytes, @Nullable JsonNode body) {

        public String field() {
            return body == null ? "" : body.path("field").asString();
        }

        public String type() {
            return body == null ? "" : body.path("type").asString();
        }

        public @Nullable String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().getFirst()).findFirst()
                    .orElse(null);
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public Reply call(String method, String path, @Nullable TestUser user, @Nullable Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Bearer " + TestIdentityProvider.shared().token(user));
        }
        headers.forEach(request::header);
        if (body != null) {
            String text = body instanceof String raw ? raw : json.writeValueAsString(body);
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

    public Reply get(String path, @Nullable TestUser user) {
        return call("GET", path, user, null, Map.of());
    }

    public Reply post(String path, @Nullable TestUser user, @Nullable Object body) {
        return call("POST", path, user, body, Map.of());
    }

    public Reply put(String path, @Nullable TestUser user, Object body) {
        return call("PUT", path, user, body, Map.of());
    }

    /** A respondent's submission through the public link, without a token. */
    public Reply answer(String publicId, @Nullable String idempotencyKey, Object body) {
        return call("POST", "/api/surveys/public/" + publicId + "/responses", null, body,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }
}
