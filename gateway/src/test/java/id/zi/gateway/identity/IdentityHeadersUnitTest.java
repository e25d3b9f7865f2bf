package id.zi.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;

class IdentityHeadersUnitTest {

    @Test
    void dropsEveryInboundIdentityHeaderWhateverItsCase() {
        HttpHeaders headers = new HttpHeaders();
        for (String name : List.of("X-Zi-Unit", "x-zi-user", "X-ZI-SCOPE-PATH", "X-Tenant-Id", "x-user-email", "X-Auth-Roles",
                "X-Forwarded-User", "X-Forwarded-Email", "Remote-User")) {
            headers.add(name, "spoofed");
        }
        headers.add("Authorization", "Bearer t");
        headers.add("X-Request-Id", "r-1");

        IdentityHeaders.NONE.replaceIn(headers);

        assertThat(headers.headerNames()).containsExactlyInAnyOrder("Authorization", "X-Request-Id");
    }

    @Test
    void setsTheHeadersFromTheTokensClaims() {
        Jwt jwt = jwt(Map.of("preferred_username", "inspektorat.magelang", "zi_unit", "33.71.inspektorat",
                "zi_scope_path", "/id/33/33.71", "realm_access", Map.of("roles", List.of("unit-head", "tpi-evaluator"))));
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Zi-Unit", "15.dpmptsp");

        IdentityHeaders.from(jwt).replaceIn(headers);

        assertThat(headers.get("X-Zi-User")).containsExactly("inspektorat.magelang");
        assertThat(headers.get("X-Zi-Unit")).containsExactly("33.71.inspektorat");
        assertThat(headers.get("X-Zi-Scope-Path")).containsExactly("/id/33/33.71");
        assertThat(headers.get("X-Zi-Roles")).containsExactly("tpi-evaluator,unit-head");
    }

    @Test
    void fallsBackToTheSubjectAndLeavesOutWhatCannotBeAHeaderValue() {
        Jwt jwt = jwt(Map.of("sub", "service-account-zi-analytics", "zi_unit", "33.71\r\nX-Zi-Scope-Path: /id"));
        HttpHeaders headers = new HttpHeaders();

        IdentityHeaders.from(jwt).replaceIn(headers);

        assertThat(headers.get("X-Zi-User")).containsExactly("service-account-zi-analytics");
        assertThat(headers.headerNames()).containsExactly("X-Zi-User");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("subject").claims(all -> all.putAll(claims))
                .build();
    }
}
