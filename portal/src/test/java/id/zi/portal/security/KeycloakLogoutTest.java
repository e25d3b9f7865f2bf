package id.zi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.util.UriComponentsBuilder;

class KeycloakLogoutTest {

    private static final String ISSUER = "http://keycloak.test:8180/realms/zi";

    /** As application.yml configures it: explicit endpoints, no discovery, so no end-session endpoint known. */
    private final InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(
            ClientRegistration.withRegistrationId("keycloak")
                    .clientId("zi-portal")
                    .clientSecret("secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    .authorizationUri(ISSUER + "/protocol/openid-connect/auth")
                    .tokenUri(ISSUER + "/protocol/openid-connect/token")
                    .jwkSetUri(ISSUER + "/protocol/openid-connect/certs")
                    .userNameAttributeName("preferred_username")
                    .build());

    @Test
    void signingOutEndsTheKeycloakSessionAndComesBackToTheGatewaysLandingPage() throws Exception {
        OidcIdToken idToken = new OidcIdToken("the-id-token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", "u-1", "iss", ISSUER, "preferred_username", "operator.magelang"));
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("OIDC_USER"));
        OAuth2AuthenticationToken signedIn = new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, idToken, "preferred_username"), authorities, "keycloak");
        // what the portal sees behind the gateway, which keeps the browser's Host
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(18080);
        MockHttpServletResponse response = new MockHttpServletResponse();

        KeycloakLogout.successHandler(registrations, ISSUER + "/").onLogoutSuccess(request, response, signedIn);

        var location = UriComponentsBuilder.fromUriString(response.getRedirectedUrl()).build();
        assertThat(location.getScheme() + "://" + location.getHost() + ":" + location.getPort() + location.getPath())
                .isEqualTo(ISSUER + "/protocol/openid-connect/logout");
        assertThat(location.getQueryParams().getFirst("id_token_hint")).isEqualTo("the-id-token");
        assertThat(URLDecoder.decode(location.getQueryParams().getFirst("post_logout_redirect_uri"), StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:18080/");
    }
}
