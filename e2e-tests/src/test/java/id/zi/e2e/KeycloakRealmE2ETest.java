package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The realm file (deploy/local/keycloak/zi-realm.json) gives the tokens the claims of docs/CONVENTIONS.md. */
@ExtendWith(LocalStackExtension.class)
class KeycloakRealmE2ETest {

    private static E2EStack stack;

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
    }

    @Test
    void operatorTokenCarriesUnitPathScopeAndRole() {
        DocumentContext claims = E2EStack.claims(stack.token("operator.magelang"));

        assertThat((String) claims.read("$.iss")).isEqualTo(stack.urls().issuer().toString());
        assertThat((String) claims.read("$.preferred_username")).isEqualTo("operator.magelang");
        assertThat((List<String>) claims.read("$.realm_access.roles")).containsExactly("unit-operator");
        assertThat((String) claims.read("$.zi_unit")).isEqualTo("33.71.dpmptsp");
        assertThat((String) claims.read("$.zi_unit_path")).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        assertThat((String) claims.read("$.zi_scope_path")).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        long lifetime = ((Number) claims.read("$.exp")).longValue() - ((Number) claims.read("$.iat")).longValue();
        assertThat(lifetime).isEqualTo(15 * 60);
    }

    @Test
    void inspectorSeesTheirInstansiWhileWritingToTheInspectorate() {
        DocumentContext claims = E2EStack.claims(stack.token("inspektorat.magelang"));

        assertThat((List<String>) claims.read("$.realm_access.roles")).containsExactly("tpi-evaluator");
        assertThat((String) claims.read("$.zi_unit")).isEqualTo("33.71.inspektorat");
        assertThat((String) claims.read("$.zi_scope_path")).isEqualTo("/id/33/33.71");
    }

    @Test
    void evaluatorsAndAdminHaveTheirScopes() {
        assertThat((String) E2EStack.claims(stack.token("evaluator.jateng")).read("$.zi_scope_path")).isEqualTo("/id/33");
        assertThat((String) E2EStack.claims(stack.token("evaluator.nasional")).read("$.zi_scope_path")).isEqualTo("/id");
        DocumentContext admin = E2EStack.claims(stack.token("admin"));
        assertThat((List<String>) admin.read("$.realm_access.roles")).containsExactly("platform-admin");
        assertThat((String) admin.read("$.zi_scope_path")).isEqualTo("/id");
    }

    @Test
    void analyticsClientGetsAReadOnlyNationalToken() {
        HttpResponse<String> response = stack.postForm(stack.urls().tokenEndpoint(), Map.of(
                "grant_type", "client_credentials", "client_id", "zi-analytics", "client_secret", "zi-analytics-secret"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        DocumentContext claims = E2EStack.claims(JsonPath.read(response.body(), "$.access_token"));
        assertThat((List<String>) claims.read("$.realm_access.roles")).containsExactly("analytics-reader");
        assertThat((String) claims.read("$.zi_scope_path")).isEqualTo("/id");
    }

    @Test
    void portalClientCannotUseThePasswordGrant() {
        HttpResponse<String> response = stack.postForm(stack.urls().tokenEndpoint(), Map.of(
                "grant_type", "password", "client_id", "zi-portal", "client_secret", "zi-portal-secret",
                "username", "operator.magelang", "password", E2EStack.DEMO_PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void portalClientSendsUsersBackToThisStacksGatewayOnly() {
        String gateway = stack.urls().gateway().toString();
        String otherHost = gateway.replace("//localhost:", "//127.0.0.1:");

        HttpResponse<String> loginForm = portalAuthorization(gateway + "login/oauth2/code/keycloak");
        assertThat(loginForm.statusCode()).as(loginForm.body()).isEqualTo(200);
        assertThat(loginForm.body()).contains("kc-login");
        // the realm file's default (./zi up) is not this stack's gateway, and no other origin passes either
        assertThat(portalAuthorization("http://localhost:8080/login/oauth2/code/keycloak").statusCode()).isEqualTo(400);
        assertThat(portalAuthorization(otherHost + "login/oauth2/code/keycloak").statusCode()).isEqualTo(400);
        assertThat(portalAuthorization("https://zi.example.org/login/oauth2/code/keycloak").statusCode()).isEqualTo(400);
    }

    /** The start of the portal's sign-in at Keycloak: its login form, or an error page for a refused redirect. */
    private static HttpResponse<String> portalAuthorization(String redirectUri) {
        String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        return stack.get(URI.create(stack.urls().issuer() + "/protocol/openid-connect/auth"
                + "?client_id=zi-portal&response_type=code&scope=openid&state=s&code_challenge_method=S256"
                + "&code_challenge=" + challenge
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)));
    }

    @Test
    void wrongPasswordIsRefused() {
        // a user no other test logs in as: brute-force protection briefly locks a user after a failed login
        HttpResponse<String> response = stack.postForm(stack.urls().tokenEndpoint(), Map.of(
                "grant_type", "password", "client_id", "zi-cli", "username", "kepala.bangka",
                "password", "not-the-password"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }
}
