package id.zi.platform.scope;

import id.zi.platform.problem.Problems;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Derives the {@link Caller} from the validated JWT of the current request. */
public final class Callers {

    public static final String CLAIM_UNIT = "zi_unit";
    public static final String CLAIM_UNIT_PATH = "zi_unit_path";
    public static final String CLAIM_SCOPE_PATH = "zi_scope_path";

    private Callers() {
    }

    /** The caller of the current request; 401 when the request carries no validated token. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken());
        }
        throw Problems.unauthorized("This endpoint needs a valid access token");
    }

    public static Caller fromJwt(Jwt jwt) {
        Set<String> roles = realmRoles(jwt);
        String scopePath = jwt.getClaimAsString(CLAIM_SCOPE_PATH);
        String unitPath = jwt.getClaimAsString(CLAIM_UNIT_PATH);
        String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        // A token without a scope sees nothing rather than everything: the narrowest safe reading.
        OrgScope readScope = scopePath != null ? new OrgScope(scopePath) : OrgScope.NOTHING;
        OrgScope writeScope;
        if (roles.contains(Caller.PLATFORM_ADMIN)) {
            writeScope = readScope;
        } else if (unitPath != null) {
            writeScope = new OrgScope(unitPath);
        } else {
            writeScope = null;
        }
        return new Caller(username, roles, jwt.getClaimAsString(CLAIM_UNIT), writeScope, readScope);
    }

    @SuppressWarnings("unchecked")
    public static Set<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        Set<String> roles = new HashSet<>();
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> list) {
            for (Object role : list) {
                roles.add(String.valueOf(role));
            }
        }
        return roles;
    }
}
