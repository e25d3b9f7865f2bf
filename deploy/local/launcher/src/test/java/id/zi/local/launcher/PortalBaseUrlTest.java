package id.zi.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

/** Keycloak lets the portal's users back only to the gateway of the stack it belongs to. */
class PortalBaseUrlTest {

    private static final Path REALM = Path.of("../keycloak/zi-realm.json");

    @Test
    void followsTheGatewayPort() {
        Ports ports = Ports.defaults().offset(10000);

        assertThat(LocalStack.portalBaseUrl(ports)).isEqualTo("http://localhost:18080");
        assertThat(StackUrls.of(ports).gateway()).hasToString(LocalStack.portalBaseUrl(ports) + "/");
    }

    @Test
    void realmFileDefaultsToTheGatewayOfZiUp() throws IOException {
        String realm = Files.readString(REALM);
        String placeholder = "${ZI_PORTAL_BASE_URL:" + LocalStack.portalBaseUrl(Ports.defaults()) + "}";

        List<String> redirects = JsonPath.read(realm, "$.clients[?(@.clientId == 'zi-portal')].redirectUris[*]");
        List<String> logoutRedirects = JsonPath.read(realm,
                "$.clients[?(@.clientId == 'zi-portal')].attributes['post.logout.redirect.uris']");
        List<String> origins = JsonPath.read(realm, "$.clients[?(@.clientId == 'zi-portal')].webOrigins[*]");

        assertThat(redirects).containsExactly(placeholder + "/*");
        assertThat(logoutRedirects).containsExactly(placeholder + "/*");
        assertThat(origins).containsExactly(placeholder);
    }
}
