package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import id.zi.local.launcher.LocalStack;
import id.zi.local.launcher.Ports;
import id.zi.local.launcher.StackUrls;

/**
 * The whole platform, started once for all e2e tests of this JVM on free ports and a temporary data folder, with
 * what the tests need to talk to it: tokens from the real Keycloak and requests through the gateway.
 */
final class E2EStack implements AutoCloseable {

    static final String DEMO_PASSWORD = "zi-demo";

    private final Path dataDir;
    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private E2EStack(Path dataDir, LocalStack stack) {
        this.dataDir = dataDir;
        this.stack = stack;
    }

    static E2EStack start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("zi-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalStack stack = LocalStack.builder()
                .dataDir(dataDir)
                .ports(Ports.free())
                .stopOnJvmExit(true)
                .build();
        E2EStack e2e = new E2EStack(dataDir, stack);
        try {
            stack.start();
        } catch (RuntimeException e) {
            e2e.close();
            throw e;
        }
        return e2e;
    }

    StackUrls urls() {
        return stack.urls();
    }

    /** An access token of a demo user, from Keycloak's password grant for the public {@code zi-cli} client. */
    String token(String username) {
        return token("zi-cli", username);
    }

    String token(String clientId, String username) {
        HttpResponse<String> response = postForm(urls().tokenEndpoint(), Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", DEMO_PASSWORD));
        assertThat(response.statusCode()).as("password grant for %s: %s", username, response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.access_token");
    }

    /** The ID token Keycloak issues with an access token: about the user, for the client, never for the APIs. */
    String idToken(String username) {
        HttpResponse<String> response = postForm(urls().tokenEndpoint(), Map.of(
                "grant_type", "password", "client_id", "zi-cli", "scope", "openid", "username", username, "password", DEMO_PASSWORD));
        assertThat(response.statusCode()).as("password grant for %s: %s", username, response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.id_token");
    }

    /** A token of the Keycloak administrator (master realm), for the admin REST API. */
    String adminToken() {
        URI endpoint = urls().keycloak().resolve("realms/master/protocol/openid-connect/token");
        HttpResponse<String> response = postForm(endpoint, Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        assertThat(response.statusCode()).as("admin token: %s", response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.access_token");
    }

    /** {@code GET} through the gateway, with a bearer token unless it is null, plus extra headers. */
    HttpResponse<String> get(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(urls().gateway().resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> get(String path, String token) {
        return get(path, token, Map.of());
    }

    /** {@code GET} of any address of the stack as a browser would ask, without following redirects. */
    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    HttpResponse<String> postJson(URI uri, String token, String json) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Any method through the gateway with a JSON body (or none) and extra headers. */
    HttpResponse<String> call(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(urls().gateway().resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> postForm(URI uri, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The claims of a JWT, read without checking its signature (what a client sees). */
    static DocumentContext claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            stack.stop();
        } finally {
            deleteTree(dataDir);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
