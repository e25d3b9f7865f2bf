package id.zi.gateway.security;

import id.zi.gateway.identity.RealmRoles;
import id.zi.gateway.problem.ProblemWriter;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * {@code /api/**} needs a valid JWT from the realm's issuer, except the public endpoints. The portal's
 * pages pass without one: the portal runs its own OIDC login.
 *
 * <p>The gateway keeps no session: no saved requests, no security context in a session, no CSRF token.
 * A session cookie of its own would clash with the portal's on the same origin.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** Endpoints anyone may call; the public survey, calculator and score routes are rate-limited. */
    static final String[] PUBLIC_API = {"/api/surveys/public/**", "/api/surveys/calculator/**", "/api/monitoring/lke/score",
            "/api/*/v3/api-docs", "/api/*/v3/api-docs/**"};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemSecurityHandlers problems,
            CorsConfigurationSource cors) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(Customizer.withDefaults())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // the services and the portal decide how their answers may be cached
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .addFilterAt(new ProblemCorsFilter(cors), SecurityWebFiltersOrder.CORS)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_API).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // The gateway is the public entry: its metrics name routes and downstream addresses.
                        .pathMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole("platform-admin")
                        .pathMatchers("/actuator/**").denyAll()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(tokenIgnoredOnPublicApi())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoleAuthorities()))
                        .authenticationEntryPoint(problems)
                        .authenticationFailureHandler(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * The public API answers everyone, so a token sent there is not read: a portal user whose token has
     * just expired still sees published results and the calculators instead of a 401.
     */
    static ServerAuthenticationConverter tokenIgnoredOnPublicApi() {
        ServerBearerTokenAuthenticationConverter tokens = new ServerBearerTokenAuthenticationConverter();
        ServerWebExchangeMatcher open = ServerWebExchangeMatchers.pathMatchers(PUBLIC_API);
        return exchange -> open.matches(exchange).flatMap(match -> match.isMatch() ? Mono.empty() : tokens.convert(exchange));
    }

    /** Realm roles as {@code ROLE_<role>}, as in every service. */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> realmRoleAuthorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> RealmRoles.of(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemWriter writer) {
        return new ProblemSecurityHandlers(writer);
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(properties.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-Match", "If-None-Match",
                "Idempotency-Key", "traceparent"));
        api.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "Content-Disposition", "WWW-Authenticate"));
        // bearer tokens, not cookies: cross-origin calls carry no credentials of the browser's
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}
