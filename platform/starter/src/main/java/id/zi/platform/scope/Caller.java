package id.zi.platform.scope;

import java.util.Set;

/**
 * Who is calling, as derived from a validated token, never from request headers.
 *
 * @param username  the user (or service account) name
 * @param roles     realm roles ({@code unit-operator}, {@code platform-admin}, ...)
 * @param unitId    the unit where the caller may write, if any
 * @param writeScope the subtree where the caller may write: its own unit, or everything for an admin
 * @param readScope the subtree the caller may see
 */
public record Caller(String username, Set<String> roles, String unitId, OrgScope writeScope, OrgScope readScope) {

    public static final String PLATFORM_ADMIN = "platform-admin";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return hasRole(PLATFORM_ADMIN);
    }

    public boolean canSee(String orgPath) {
        return readScope.contains(orgPath);
    }

    public boolean canWrite(String orgPath) {
        return writeScope != null && writeScope.contains(orgPath);
    }
}
