package id.zi.gateway.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The identity headers the services receive (docs/CONVENTIONS.md), taken from a validated token.
 * Services never trust them alone: they validate the relayed token again.
 */
record IdentityHeaders(@Nullable String user, @Nullable String unit, @Nullable String scopePath, Set<String> roles) {

    static final String USER = "X-Zi-User";
    static final String UNIT = "X-Zi-Unit";
    static final String SCOPE_PATH = "X-Zi-Scope-Path";
    static final String ROLES = "X-Zi-Roles";

    static final IdentityHeaders NONE = new IdentityHeaders(null, null, null, Set.of());

    private static final List<String> SPOOFABLE_PREFIXES = List.of("x-zi-", "x-tenant-", "x-user-", "x-auth-");

    /** Names other proxies (oauth2-proxy, Apache, nginx auth_request) use for a logged-in user. */
    private static final Set<String> SPOOFABLE_NAMES = Set.of("x-forwarded-user", "x-forwarded-email",
            "x-forwarded-preferred-username", "x-forwarded-groups", "x-forwarded-access-token", "x-remote-user",
            "remote-user", "x-zi", "x-tenant", "x-user");

    static IdentityHeaders from(Jwt jwt) {
        String user = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        return new IdentityHeaders(user, jwt.getClaimAsString("zi_unit"), jwt.getClaimAsString("zi_scope_path"),
                RealmRoles.of(jwt));
    }

    /** Whether a caller may have written {@code name} to pass as someone else or into another unit. */
    static boolean spoofable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SPOOFABLE_NAMES.contains(lower) || SPOOFABLE_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    /** Drops every inbound identity header, then sets ours from the token. */
    void replaceIn(HttpHeaders headers) {
        List<String> inbound = new ArrayList<>();
        for (String name : headers.headerNames()) {
            if (spoofable(name)) {
                inbound.add(name);
            }
        }
        inbound.forEach(headers::remove);
        set(headers, USER, user);
        set(headers, UNIT, unit);
        set(headers, SCOPE_PATH, scopePath);
        if (!roles.isEmpty()) {
            set(headers, ROLES, String.join(",", roles));
        }
    }

    private static void set(HttpHeaders headers, String name, @Nullable String value) {
        // a claim that cannot be a header value is left out rather than mangled
        if (value != null && !value.isEmpty() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            headers.set(name, value);
        }
    }
}
