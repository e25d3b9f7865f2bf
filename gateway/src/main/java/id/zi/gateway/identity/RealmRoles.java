package id.zi.gateway.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.oauth2.jwt.Jwt;

/** The realm roles a Keycloak token grants ({@code realm_access.roles}). */
public final class RealmRoles {

    private RealmRoles() {
    }

    public static Set<String> of(Jwt jwt) {
        Set<String> roles = new TreeSet<>();
        if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> granted) {
            for (Object role : granted) {
                String name = String.valueOf(role);
                // the roles travel to the services as one comma-separated header value
                if (!name.contains(",")) {
                    roles.add(name);
                }
            }
        }
        return roles;
    }
}
