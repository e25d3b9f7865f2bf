package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway lets only valid Keycloak tokens through, and identity comes from the token alone: headers a caller
 * sends to claim a wider scope are dropped.
 */
@ExtendWith(LocalStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayAuthenticationE2ETest {

    /** Spring Security accepts tokens up to 60 s past their expiry (clock skew): wait a little longer. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(65);

    private static E2EStack stack;
    private static String shortLivedToken;

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
        // taken first so that it has expired by the time the last test of this class runs
        shortLivedToken = oneSecondToken("operator.magelang");
    }

    @Test
    @Order(1)
    void requestWithoutTokenIsUnauthorized() {
        HttpResponse<String> response = stack.get("/api/planning/units", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void tokenWithAlteredClaimsIsUnauthorized() {
        String token = stack.token("operator.magelang");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"zi_scope_path\":\"/id/33/33.71/33.71.dpmptsp\"", "\"zi_scope_path\":\"/id\"");
        assertThat(payload).contains("\"zi_scope_path\":\"/id\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        HttpResponse<String> response = stack.get("/api/planning/units/15.dpmptsp", tampered);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void anIdTokenIsNotAnAccessToken() {
        // Signed by the realm and carrying the same org claims, but issued to the client, not the APIs.
        HttpResponse<String> response = stack.get("/api/planning/units/33.71.dpmptsp", stack.idToken("operator.magelang"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(stack.get("/api/planning/units/33.71.dpmptsp", stack.token("operator.magelang")).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void unsignedTokenIsUnauthorized() {
        String token = stack.token("admin");
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = stack.get("/api/planning/units", header + "." + parts[1] + ".");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void inboundIdentityHeadersAreIgnored() {
        String token = stack.token("operator.magelang");
        Map<String, String> spoofed = Map.of(
                "X-Zi-Scope-Path", "/id",
                "X-Zi-Unit", "15.dpmptsp",
                "X-Zi-Roles", "platform-admin,national-evaluator",
                "X-Zi-User", "admin",
                "X-Tenant-Id", "15.dpmptsp",
                "X-User-Id", "admin");

        HttpResponse<String> other = stack.get("/api/planning/units/15.dpmptsp", token, spoofed);
        HttpResponse<String> list = stack.get("/api/planning/units", token, spoofed);
        HttpResponse<String> listWithoutHeaders = stack.get("/api/planning/units", token);

        assertThat(other.statusCode()).as(other.body()).isIn(403, 404);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> ids = JsonPath.read(list.body(), "$[*].id");
        List<String> idsWithoutHeaders = JsonPath.read(listWithoutHeaders.body(), "$[*].id");
        assertThat(ids).containsExactlyInAnyOrderElementsOf(idsWithoutHeaders).doesNotContain("15.dpmptsp");
    }

    @Test
    @Order(5)
    void identityHeadersWithoutTokenAreUnauthorized() {
        HttpResponse<String> response = stack.get("/api/planning/units", null,
                Map.of("X-Zi-Scope-Path", "/id", "X-Zi-User", "admin", "X-Zi-Roles", "platform-admin"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    }

    @Test
    @Order(100)
    void expiredTokenIsUnauthorized() throws InterruptedException {
        Instant expiry = Instant.ofEpochSecond(((Number) E2EStack.claims(shortLivedToken).read("$.exp")).longValue());
        Duration wait = Duration.between(Instant.now(), expiry.plus(CLOCK_SKEW));
        if (!wait.isNegative()) {
            Thread.sleep(wait);
        }

        HttpResponse<String> response = stack.get("/api/planning/units/33.71.dpmptsp", shortLivedToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    }

    /**
     * A real Keycloak token that expires after one second: from a public client made for this test through the
     * admin API, whose access token lifespan is one second.
     */
    private static String oneSecondToken(String username) {
        String clientId = "zi-e2e-short-lived";
        String client = """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "1"}}"""
                .formatted(clientId);
        HttpResponse<String> created = stack.postJson(
                stack.urls().keycloak().resolve("admin/realms/zi/clients"), stack.adminToken(), client);
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        String token = stack.token(clientId, username);
        long lifetime = ((Number) E2EStack.claims(token).read("$.exp")).longValue()
                - ((Number) E2EStack.claims(token).read("$.iat")).longValue();
        assertThat(lifetime).isLessThanOrEqualTo(1);
        return token;
    }
}
