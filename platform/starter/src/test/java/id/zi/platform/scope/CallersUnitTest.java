package id.zi.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallersUnitTest {

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .subject("s");
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void anOperatorWritesInItsUnitAndSeesItsScope() {
        Caller caller = Callers.fromJwt(token(Map.of("preferred_username", "operator.magelang",
                "realm_access", Map.of("roles", List.of("unit-operator")), "zi_unit", "33.71.dpmptsp",
                "zi_unit_path", "/id/33/33.71/33.71.dpmptsp", "zi_scope_path", "/id/33/33.71/33.71.dpmptsp")));

        assertThat(caller.username()).isEqualTo("operator.magelang");
        assertThat(caller.hasRole("unit-operator")).isTrue();
        assertThat(caller.canWrite("/id/33/33.71/33.71.dpmptsp")).isTrue();
        assertThat(caller.canWrite("/id/33/33.71")).isFalse();
        assertThat(caller.canSee("/id/15/15.dpmptsp")).isFalse();
    }

    @Test
    void anEvaluatorSeesItsProvinceButWritesNowhereElse() {
        Caller caller = Callers.fromJwt(token(Map.of("preferred_username", "evaluator.jateng",
                "realm_access", Map.of("roles", List.of("regional-evaluator")), "zi_unit", "33", "zi_unit_path", "/id/33",
                "zi_scope_path", "/id/33")));

        assertThat(caller.canSee("/id/33/33.75/33.75.dpmptsp")).isTrue();
        assertThat(caller.canSee("/id/15")).isFalse();
        assertThat(caller.isPlatformAdmin()).isFalse();
    }

    @Test
    void aTokenWithoutScopeSeesNothing() {
        Caller caller = Callers.fromJwt(token(Map.of("preferred_username", "someone")));

        assertThat(caller.canSee("/id")).isFalse();
        assertThat(caller.canWrite("/id")).isFalse();
        assertThat(caller.roles()).isEmpty();
    }
}
