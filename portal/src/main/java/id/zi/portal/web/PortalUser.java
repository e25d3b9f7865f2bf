package id.zi.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as the pages need them: who, which roles, which unit they belong to and which part of the
 * org tree they may see. The pages only choose what to show from this; every API call is still checked by the
 * services against the user's own token.
 *
 * @param unitId    the user's own unit ({@code zi_unit}), e.g. {@code 33.71.dpmptsp}
 * @param scopePath what they may read ({@code zi_scope_path}), e.g. {@code /id/33}
 */
public record PortalUser(String username, String name, Set<String> roles, @Nullable String unitId, @Nullable String unitPath,
        @Nullable String scopePath) {

    public static final String UNIT_OPERATOR = "unit-operator";
    public static final String UNIT_HEAD = "unit-head";
    public static final String TPI_EVALUATOR = "tpi-evaluator";
    public static final String REGIONAL_EVALUATOR = "regional-evaluator";
    public static final String NATIONAL_EVALUATOR = "national-evaluator";
    public static final String PLATFORM_ADMIN = "platform-admin";

    public static PortalUser of(OidcUser user) {
        return new PortalUser(user.getPreferredUsername(), user.getFullName() != null ? user.getFullName() : user.getPreferredUsername(),
                roles(user), user.getClaimAsString("zi_unit"), user.getClaimAsString("zi_unit_path"), user.getClaimAsString("zi_scope_path"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** An operator or head of a unit: plans, evidence, monev, self-assessment and surveys of their own unit. */
    public boolean unitTeam() {
        return has(UNIT_OPERATOR) || has(UNIT_HEAD);
    }

    public boolean tpi() {
        return has(TPI_EVALUATOR);
    }

    public boolean evaluator() {
        return has(REGIONAL_EVALUATOR) || has(NATIONAL_EVALUATOR) || has(TPI_EVALUATOR);
    }

    public boolean admin() {
        return has(PLATFORM_ADMIN);
    }

    private static Set<String> roles(OidcUser user) {
        Object realmAccess = user.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof List<?> roles) {
            return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
