package id.zi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a free port in front of a real HTTP service (an echo of what it receives), with tokens
 * from the test kit's identity provider. Planning, evidence, survey and the portal are the echo;
 * monitoring is an address where nothing listens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

    private static final EchoServer SERVICE = new EchoServer();

    private static final URI NOTHING_LISTENS = EchoServer.refusingUri();

    private static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String TRUSTED_ORIGIN = "https://zi.example.go.id";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IDP.registerProperties(registry);
        registry.add("zi.gateway.downstream.planning", () -> SERVICE.uri().toString());
        registry.add("zi.gateway.downstream.evidence", () -> SERVICE.uri().toString());
        registry.add("zi.gateway.downstream.survey", () -> SERVICE.uri().toString());
        registry.add("zi.gateway.downstream.portal", () -> SERVICE.uri().toString());
        registry.add("zi.gateway.downstream.monitoring", NOTHING_LISTENS::toString);
        registry.add("zi.gateway.body-limit.upload", () -> "4MB");
        // short enough to wait for in a test; the echo's /slow takes three seconds
        registry.add("resilience4j.timelimiter.instances.planning.timeout-duration", () -> "1s");
        registry.add("zi.gateway.rate-limit.per-client.capacity", () -> "5");
        registry.add("zi.gateway.rate-limit.per-client.period", () -> "1h");
        registry.add("zi.gateway.rate-limit.per-survey.capacity", () -> "3");
        registry.add("zi.gateway.rate-limit.per-survey.period", () -> "1h");
        registry.add("zi.gateway.cors.allowed-origins", () -> TRUSTED_ORIGIN);
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void apiWithoutTokenIs401ProblemAndNeverReachesTheService() throws Exception {
        HttpResponse<String> response = send(request("/api/planning/units/no-token").GET());

        assertProblem(response, 401, "Unauthorized", "/api/planning/units/no-token");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(SERVICE.calls("/api/planning/units/no-token")).isZero();
    }

    @Test
    void expiredTamperedAndForeignTokensAre401() throws Exception {
        TestUser user = TestUser.operatorMagelang();
        for (String token : List.of(IDP.expiredToken(user), IDP.tamperedToken(user), IDP.tokenFromUnknownKey(user),
                IDP.tokenForAnotherAudience(user))) {
            HttpResponse<String> response = send(request("/api/planning/units/bad-token")
                    .header("Authorization", "Bearer " + token).GET());

            assertProblem(response, 401, "Unauthorized", "/api/planning/units/bad-token");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).contains("invalid_token"));
        }
        assertThat(SERVICE.calls("/api/planning/units/bad-token")).isZero();
    }

    @Test
    void serviceSeesIdentityFromTheTokenAndNoneOfTheCallersOwn() throws Exception {
        String token = IDP.token(TestUser.operatorMagelang());
        HttpResponse<String> response = send(request("/api/planning/units")
                .header("Authorization", "Bearer " + token)
                .header("X-Zi-Unit", "15.dpmptsp")
                .header("x-zi-scope-path", "/id")
                .header("X-Tenant-Id", "15")
                .header("X-User-Id", "admin")
                .header("X-Auth-Request-User", "admin")
                .header("X-Forwarded-User", "admin")
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, List<String>> seen = echoedHeaders(response);
        assertThat(seen.get("x-zi-unit")).containsExactly("33.71.dpmptsp");
        assertThat(seen.get("x-zi-scope-path")).containsExactly("/id/33/33.71/33.71.dpmptsp");
        assertThat(seen.get("x-zi-user")).containsExactly("operator.magelang");
        assertThat(seen.get("x-zi-roles")).containsExactly("unit-operator");
        assertThat(seen.get("authorization")).containsExactly("Bearer " + token);
        assertThat(seen).doesNotContainKeys("x-tenant-id", "x-user-id", "x-auth-request-user", "x-forwarded-user");
        assertThat(seen).containsKey("traceparent");
    }

    @Test
    void pathThatIsNotNormalizedIs400ProblemBeforeAnyRouteSeesIt() throws Exception {
        HttpResponse<String> response = send(request("/api/surveys/public/x/../../../planning/units").GET());

        assertProblem(response, 400, "Bad request", null);
        assertThat(SERVICE.calls("/api/planning/units")).isZero();
    }

    @Test
    void portalPagesPassWithoutTokenWithTheBrowsersHostAndNoIdentity() throws Exception {
        HttpResponse<String> response = send(request("/login").header("X-Zi-Unit", "15.dpmptsp").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, List<String>> seen = echoedHeaders(response);
        assertThat(seen.get("host")).containsExactly("localhost:" + port);
        assertThat(seen).doesNotContainKeys("x-zi-unit", "x-zi-user");
    }

    @Test
    void apiDocsArePublic() throws Exception {
        HttpResponse<String> response = send(request("/api/planning/v3/api-docs").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("path").asString()).isEqualTo("/api/planning/v3/api-docs");
    }

    @Test
    void unknownApiPathIs404ProblemAndDoesNotFallThroughToThePortal() throws Exception {
        HttpResponse<String> response = send(request("/api/unknown/things")
                .header("Authorization", IDP.bearer(TestUser.operatorMagelang())).GET());

        assertProblem(response, 404, "Not found", "/api/unknown/things");
        assertThat(SERVICE.calls("/api/unknown/things")).isZero();
    }

    @Test
    void serviceThatIsDownIs503ProblemAtOnce() throws Exception {
        for (HttpRequest.Builder call : List.of(request("/api/monitoring/readiness").GET(),
                request("/api/monitoring/monev").POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json"))) {
            long started = System.nanoTime();
            HttpResponse<String> response = send(call.header("Authorization", IDP.bearer(TestUser.operatorMagelang())));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertProblem(response, 503, "Service unavailable", null);
            assertThat(JSON.readTree(response.body()).get("detail").asString())
                    .isEqualTo("monitoring did not answer in time or is down");
            assertThat(took).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void publicScoreNeedsNoToken() throws Exception {
        HttpResponse<String> response = send(request("/api/monitoring/lke/score")
                .POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));

        // monitoring is down in this test: reaching the breaker, not the 401, shows the route is public
        assertProblem(response, 503, "Service unavailable", "/api/monitoring/lke/score");
    }

    @Test
    void anExpiredTokenOnThePublicApiIsIgnoredNotRefused() throws Exception {
        HttpResponse<String> response = send(request("/api/monitoring/lke/score")
                .header("Authorization", "Bearer " + IDP.expiredToken(TestUser.operatorMagelang()))
                .POST(BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));

        assertProblem(response, 503, "Service unavailable", "/api/monitoring/lke/score");
    }

    @Test
    void slowServiceIs504OnceItsTimeLimitRunsOut() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = send(request("/api/planning/reports/slow")
                .header("Authorization", IDP.bearer(TestUser.operatorMagelang())).GET());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertProblem(response, 504, "Gateway timeout", "/api/planning/reports/slow");
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("planning did not answer in time or is down");
        assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(2900));
    }

    @Test
    void bodyOverTheApiLimitIs413Problem() throws Exception {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        HttpResponse<String> response = send(request("/api/planning/units/big")
                .header("Authorization", IDP.bearer(TestUser.operatorMagelang()))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(twoMegabytes)));

        assertProblem(response, 413, "Payload too large", "/api/planning/units/big");
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("body");
        assertThat(SERVICE.calls("/api/planning/units/big")).isZero();
    }

    @Test
    void chunkedBodyOverTheApiLimitIs413Problem() throws Exception {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        // no length known up front: the client sends the body chunked
        HttpResponse<String> response = send(request("/api/planning/units/chunked")
                .header("Authorization", IDP.bearer(TestUser.operatorMagelang()))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes))));

        assertProblem(response, 413, "Payload too large", "/api/planning/units/chunked");
    }

    @Test
    void evidenceUploadsMayBeLargerThanOtherRequests() throws Exception {
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        String bearer = IDP.bearer(TestUser.operatorMagelang());

        HttpResponse<String> upload = send(request("/api/evidence/items/e-1/files")
                .header("Authorization", bearer).header("Content-Type", "application/pdf")
                .POST(BodyPublishers.ofByteArray(threeMegabytes)));
        HttpResponse<String> elsewhere = send(request("/api/evidence/items/e-1/notes")
                .header("Authorization", bearer).header("Content-Type", "application/pdf")
                .POST(BodyPublishers.ofByteArray(threeMegabytes)));

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(upload.body()).get("bodyBytes").asLong()).isEqualTo(threeMegabytes.length);
        assertProblem(elsewhere, 413, "Payload too large", "/api/evidence/items/e-1/notes");
    }

    @Test
    void chunkedUploadOverTheUploadLimitIs413Problem() throws Exception {
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        // the upload route streams to the service without buffering: the limit is counted on the way
        HttpResponse<String> response = send(request("/api/evidence/uploads/u-1")
                .header("Authorization", IDP.bearer(TestUser.operatorMagelang()))
                .header("Content-Type", "application/octet-stream")
                .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fiveMegabytes))));

        assertProblem(response, 413, "Payload too large", "/api/evidence/uploads/u-1");
    }

    @Test
    void onlyGetIsRetried() throws Exception {
        String bearer = IDP.bearer(TestUser.operatorMagelang());

        HttpResponse<String> read = send(request("/api/planning/read/unavailable").header("Authorization", bearer).GET());
        HttpResponse<String> write = send(request("/api/planning/write/unavailable").header("Authorization", bearer)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")));

        assertThat(read.statusCode()).isEqualTo(503);
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(SERVICE.calls("/api/planning/read/unavailable")).isEqualTo(3);
        assertThat(SERVICE.calls("/api/planning/write/unavailable")).isEqualTo(1);
    }

    @Test
    void publicCalculatorWorksWithoutTokenThenAnswers429PerClient() throws Exception {
        for (int i = 0; i < 5; i++) {
            // a forwarded-for header from an untrusted peer must not make a new client
            HttpResponse<String> allowed = send(request("/api/surveys/calculator/sample-size")
                    .header("X-Forwarded-For", "10.0.0." + i).GET());
            assertThat(allowed.statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send(request("/api/surveys/calculator/sample-size")
                .header("X-Forwarded-For", "10.0.0.99").GET());

        assertProblem(refused, 429, "Too many requests", "/api/surveys/calculator/sample-size");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(SERVICE.calls("/api/surveys/calculator/sample-size")).isEqualTo(5);
    }

    @Test
    void publicSurveyAnswersAreLimitedPerSurvey() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(answer("s-full")).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send(answer("s-full"));
        HttpResponse<String> otherSurvey = send(answer("s-other"));

        assertProblem(refused, 429, "Too many requests", "/api/surveys/public/s-full/responses");
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("survey s-full");
        assertThat(otherSurvey.statusCode()).isEqualTo(200);
    }

    @Test
    void corsPreflightFromTheConfiguredOriginOnly() throws Exception {
        HttpResponse<String> trusted = send(preflight(TRUSTED_ORIGIN));
        HttpResponse<String> foreign = send(preflight("https://elsewhere.example"));

        assertThat(trusted.statusCode()).isEqualTo(200);
        assertThat(trusted.headers().firstValue("Access-Control-Allow-Origin")).hasValue(TRUSTED_ORIGIN);
        assertProblem(foreign, 403, "Forbidden", "/api/planning/units");
    }

    @Test
    void fallbackHandlerIsNotAnEntryOfItsOwn() throws Exception {
        assertProblem(send(request("/gateway/fallback/planning").GET()), 404, "Not found", "/gateway/fallback/planning");
    }

    @Test
    void healthIsPublicButMetricsAreForAdmins() throws Exception {
        HttpResponse<String> health = send(request("/actuator/health").GET());
        HttpResponse<String> anonymous = send(request("/actuator/prometheus").GET());
        HttpResponse<String> operator = send(request("/actuator/prometheus").header("Authorization", IDP.bearer(TestUser.operatorMagelang())).GET());
        HttpResponse<String> metrics = send(request("/actuator/prometheus").header("Authorization", IDP.bearer(TestUser.admin())).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(operator.statusCode()).isEqualTo(403);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("resilience4j_circuitbreaker_state");
    }

    private HttpRequest.Builder answer(String surveyId) {
        return request("/api/surveys/public/" + surveyId + "/responses").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"answers\":[]}"));
    }

    private HttpRequest.Builder preflight(String origin) {
        return request("/api/planning/units").method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static Map<String, List<String>> echoedHeaders(HttpResponse<String> response) {
        Map<String, Object> echoed = JSON.readValue(response.body(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> headers = (Map<String, List<String>>) echoed.get("headers");
        return headers;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title, String instance) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("type").asString()).startsWith("https://zi.id/problems/");
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (instance != null) {
            assertThat(problem.get("instance").asString()).isEqualTo(instance);
        }
    }
}
