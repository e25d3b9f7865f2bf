package id.zi.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Decodes the minted tokens the way Spring Boot's resource server does (JWKS fetched over HTTP, issuer
 * checked), both from {@code jwk-set-uri} and from issuer discovery.
 */
class TestIdentityProviderIntegrationTest {

    private final TestIdentityProvider idp = TestIdentityProvider.shared();

    private JwtDecoder decoderFromJwkSetUri() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(idp.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(idp.issuerUri()));
        return decoder;
    }

    @Test
    void tokenCarriesTheRealmClaims() {
        Jwt jwt = decoderFromJwkSetUri().decode(idp.token(TestUser.inspektoratMagelang()));

        assertThat(jwt.getIssuer()).hasToString(idp.issuerUri());
        assertThat(jwt.getSubject()).isEqualTo("inspektorat.magelang");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("inspektorat.magelang");
        assertThat(jwt.getClaimAsString("azp")).isEqualTo("zi-cli");
        assertThat(jwt.getClaimAsMap("realm_access")).containsEntry("roles", List.of("tpi-evaluator"));
        assertThat(jwt.getClaimAsString("zi_unit")).isEqualTo("33.71.inspektorat");
        assertThat(jwt.getClaimAsString("zi_unit_path")).isEqualTo("/id/33/33.71/33.71.inspektorat");
        assertThat(jwt.getClaimAsString("zi_scope_path")).isEqualTo("/id/33/33.71");
        assertThat(jwt.getExpiresAt()).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", "zi-test-key");
    }

    @Test
    void issuerDiscoveryFindsTheKeys() {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(idp.issuerUri());

        Jwt jwt = decoder.decode(idp.token(TestUser.admin()));

        assertThat(jwt.getClaimAsString("zi_scope_path")).isEqualTo("/id");
    }

    @Test
    void expiredTokenIsRejected() {
        String token = idp.expiredToken(TestUser.operatorMagelang());

        assertThatThrownBy(() -> decoderFromJwkSetUri().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void tamperedTokenIsRejected() {
        String token = idp.tamperedToken(TestUser.operatorJambi());

        assertThatThrownBy(() -> decoderFromJwkSetUri().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void tokenFromUnknownKeyIsRejected() {
        String token = idp.tokenFromUnknownKey(TestUser.admin());

        assertThatThrownBy(() -> decoderFromJwkSetUri().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void servesOnlyThePublicKey() throws Exception {
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(HttpRequest.newBuilder(URI.create(idp.jwkSetUri())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"kid\":\"zi-test-key\"").contains("\"n\":")
                .doesNotContain("\"d\":").doesNotContain("\"p\":");
    }

    @Test
    void registersTheResourceServerProperties() {
        Map<String, Object> properties = new HashMap<>();
        DynamicPropertyRegistry registry = (name, value) -> properties.put(name, value.get());

        idp.registerProperties(registry);

        assertThat(properties)
                .containsEntry("spring.security.oauth2.resourceserver.jwt.issuer-uri", idp.issuerUri())
                .containsEntry("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                        idp.issuerUri() + "/protocol/openid-connect/certs");
        assertThat(idp.issuerUri()).matches("http://127\\.0\\.0\\.1:\\d+/realms/zi");
    }
}
