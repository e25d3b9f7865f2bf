package id.zi.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every ZI service must do before it has any feature: report health to the launcher and the
 * orchestrator, expose metrics, reject requests without a valid token, and answer errors as
 * problem+json. A service's test extends this with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}
 * and names one of its API paths.
 */
public abstract class ServiceBaselineTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    /** A path under the service's API prefix, e.g. {@code /api/evidence/items}. */
    protected abstract String apiPath();

    protected HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsHealthWithoutAToken() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void rejectsMissingForgedAndMisdirectedTokensAsProblems() throws Exception {
        TestIdentityProvider idp = TestIdentityProvider.shared();
        for (String bearer : new String[] {null, idp.expiredToken(TestUser.admin()), idp.tamperedToken(TestUser.admin()),
                idp.tokenForAnotherAudience(TestUser.admin())}) {
            HttpResponse<String> response = get(apiPath(), bearer);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void answersUnknownPathsAsProblems() throws Exception {
        HttpResponse<String> response = get(apiPath() + "/no-such-thing-" + System.nanoTime(), TestIdentityProvider.shared().token(TestUser.admin()));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
