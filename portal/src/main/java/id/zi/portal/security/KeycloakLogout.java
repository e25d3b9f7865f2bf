package id.zi.portal.security;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * "Keluar" ends the user's Keycloak session too (RP-initiated logout), not only the portal's: on a shared
 * computer the next "Masuk" must ask for a password instead of signing the same person in again.
 *
 * <p>The provider is configured without discovery, so that the portal starts before Keycloak; Spring then does
 * not know Keycloak's end-session endpoint and would silently skip it. It is named here, from the issuer.
 */
final class KeycloakLogout {

    private KeycloakLogout() {
    }

    static LogoutSuccessHandler successHandler(ClientRegistrationRepository registrations, String issuerUri) {
        String endSession = issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/logout";
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(
                registrationId -> withEndSession(registrations.findByRegistrationId(registrationId), endSession));
        // back to the landing page, on the host the browser used (the gateway's, which Keycloak allows)
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }

    private static ClientRegistration withEndSession(ClientRegistration registration, String endSession) {
        if (registration == null) {
            return null;
        }
        Map<String, Object> metadata = new HashMap<>(registration.getProviderDetails().getConfigurationMetadata());
        metadata.putIfAbsent("end_session_endpoint", endSession);
        return ClientRegistration.withClientRegistration(registration).providerConfigurationMetadata(metadata).build();
    }
}
