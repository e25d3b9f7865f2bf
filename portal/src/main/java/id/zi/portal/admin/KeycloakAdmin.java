package id.zi.portal.admin;

import id.zi.portal.gateway.GatewayUnavailableException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak's admin REST API of the realm, called with the signed-in administrator's own token: Keycloak itself
 * decides (the user's {@code realm-management} roles) whether they may read or change users. The portal holds no
 * admin credentials of its own.
 */
@Component
class KeycloakAdmin {

    /** The realm roles the platform knows; other roles of a user (Keycloak's defaults) are left as they are. */
    static final List<String> ZI_ROLES = List.of("unit-operator", "unit-head", "tpi-evaluator", "regional-evaluator", "national-evaluator",
            "platform-admin");

    private final RestClient http;

    KeycloakAdmin(RestClient.Builder builder, @Value("${zi.identity.issuer-uri}") String issuerUri) {
        // http://host:8180/realms/zi → http://host:8180/admin/realms/zi
        int realms = issuerUri.lastIndexOf("/realms/");
        String admin = issuerUri.substring(0, realms) + "/admin" + issuerUri.substring(realms);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = builder.clone().baseUrl(admin).requestFactory(requests).build();
    }

    record User(String id, String username, String name, String unitId, List<String> roles) {
    }

    /** The realm's users (at most {@code max}), each with the platform roles they hold: one call per role, not per user. */
    List<User> users(OAuth2AuthorizedClient client, int max) {
        Map<String, List<String>> rolesOf = new HashMap<>();
        for (String role : ZI_ROLES) {
            for (JsonNode holder : call(() -> http.get().uri("/roles/{role}/users?briefRepresentation=true&max={max}", role, max)
                    .headers(h -> auth(h, client)).retrieve().body(JsonNode.class))) {
                rolesOf.computeIfAbsent(holder.path("id").asString(), id -> new ArrayList<>()).add(role);
            }
        }
        List<User> users = new ArrayList<>();
        for (JsonNode user : call(() -> http.get().uri("/users?briefRepresentation=false&max={max}", max).headers(h -> auth(h, client))
                .retrieve().body(JsonNode.class))) {
            String id = user.path("id").asString();
            String name = (user.path("firstName").asString("") + " " + user.path("lastName").asString("")).strip();
            users.add(new User(id, user.path("username").asString(), name, user.path("attributes").path("zi_unit").path(0).asString(""),
                    List.copyOf(rolesOf.getOrDefault(id, List.of()))));
        }
        return users;
    }

    /**
     * Gives the user exactly {@code roles} among the platform's roles and files them under the unit: their own unit
     * ({@code zi_unit}, {@code zi_unit_path}) and the subtree they may read ({@code zi_scope_path}, the unit's path).
     */
    void assign(OAuth2AuthorizedClient client, String userId, List<String> roles, String unitId, String unitPath) {
        ObjectNode user = (ObjectNode) call(() -> http.get().uri("/users/{id}", userId).headers(h -> auth(h, client)).retrieve().body(JsonNode.class));
        ObjectNode attributes = user.has("attributes") && user.get("attributes").isObject() ? (ObjectNode) user.get("attributes")
                : user.putObject("attributes");
        attributes.putArray("zi_unit").add(unitId);
        attributes.putArray("zi_unit_path").add(unitPath);
        attributes.putArray("zi_scope_path").add(unitPath);
        call(() -> http.put().uri("/users/{id}", userId).headers(h -> auth(h, client)).body(user).retrieve().toBodilessEntity());

        List<JsonNode> held = new ArrayList<>();
        call(() -> http.get().uri("/users/{id}/role-mappings/realm", userId).headers(h -> auth(h, client)).retrieve().body(JsonNode.class))
                .forEach(held::add);
        List<JsonNode> remove = held.stream().filter(role -> ZI_ROLES.contains(role.path("name").asString())
                && !roles.contains(role.path("name").asString())).toList();
        List<String> heldNames = held.stream().map(role -> role.path("name").asString()).toList();
        List<JsonNode> add = new ArrayList<>();
        for (String role : roles) {
            if (ZI_ROLES.contains(role) && !heldNames.contains(role)) {
                add.add(call(() -> http.get().uri("/roles/{name}", role).headers(h -> auth(h, client)).retrieve().body(JsonNode.class)));
            }
        }
        if (!remove.isEmpty()) {
            call(() -> http.method(HttpMethod.DELETE).uri("/users/{id}/role-mappings/realm", userId)
                    .headers(h -> auth(h, client)).body(remove).retrieve().toBodilessEntity());
        }
        if (!add.isEmpty()) {
            call(() -> http.post().uri("/users/{id}/role-mappings/realm", userId).headers(h -> auth(h, client)).body(add).retrieve()
                    .toBodilessEntity());
        }
    }

    private static void auth(HttpHeaders headers, OAuth2AuthorizedClient client) {
        headers.setBearerAuth(client.getAccessToken().getTokenValue());
    }

    /** Keycloak refused: the administrator lacks the realm-management role, or the user is gone. */
    static final class Refused extends RuntimeException {

        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static <T> T call(Supplier<T> request) {
        try {
            T answer = request.get();
            if (answer == null) {
                throw new GatewayUnavailableException("Keycloak answered without a body");
            }
            return answer;
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().is4xxClientError()) {
                throw new Refused(e.getStatusCode().value(), e.getResponseBodyAsString());
            }
            throw new GatewayUnavailableException("Keycloak's admin API answered " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new GatewayUnavailableException("Keycloak's admin API did not answer: " + e.getMessage(), e);
        }
    }
}
