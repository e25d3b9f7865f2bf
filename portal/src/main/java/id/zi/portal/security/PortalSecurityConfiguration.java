package id.zi.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal signs users in at Keycloak with the authorization code flow and PKCE (also for this
 * confidential client: a stolen code is then useless), keeps the tokens in the server session, and
 * signs out at Keycloak too.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            @Value("${zi.identity.issuer-uri}") String issuerUri) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/css/**", "/js/**", "/webjars/**", "/s/**", "/hasil/**", "/favicon.ico", "/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/keycloak")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .defaultSuccessUrl("/beranda", true))
                .logout(out -> out.logoutSuccessHandler(KeycloakLogout.successHandler(registrations, issuerUri)));
        return http.build();
    }
}
