package id.zi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's public face and its hand-over to Keycloak, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ZI_ISSUER_URI=http://keycloak.test:8180/realms/zi")
class PortalIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLandingPageSpeaksIndonesianAndOffersSignIn() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"id\"", "Membangun Zona Integritas menuju WBK dan WBBM", ">Masuk<");
    }

    @Test
    void signingInGoesToKeycloakWithPkceAndComesBackThroughTheGateway() throws Exception {
        HttpResponse<String> home = get("/beranda");
        assertThat(home.statusCode()).isEqualTo(302);

        // Reached through the gateway, which forwards its own host: the callback must name the gateway.
        HttpResponse<String> start = get("/oauth2/authorization/keycloak", "X-Forwarded-Host", "localhost:8080", "X-Forwarded-Proto", "http");
        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://keycloak.test:8180/realms/zi/protocol/openid-connect/auth?")
                .contains("client_id=zi-portal", "code_challenge_method=S256", "code_challenge=",
                        "redirect_uri=http://localhost:8080/login/oauth2/code/keycloak");
    }

    @Test
    void theLandingPageSwitchesToEnglishAndKeepsItInACookie() throws Exception {
        HttpResponse<String> english = get("/?lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"", "Building the Integrity Zone toward WBK and WBBM", ">Sign in<");
        String cookie = english.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("zi-lang=")).findFirst().orElseThrow();
        HttpResponse<String> again = get("/", "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertThat(again.body()).contains("<html lang=\"en\"", ">Sign in<");
        assertThat(get("/?lang=id").body()).contains("<html lang=\"id\"", ">Masuk<");
    }

    @Test
    void theScriptsComeFromWebJarsWithoutSignIn() throws Exception {
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/chart.js/dist/chart.umd.js").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsPublic() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
