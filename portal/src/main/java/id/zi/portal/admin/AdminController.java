package id.zi.portal.admin;

import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.web.PortalUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The platform administrator's page: the org tree (add a unit under a parent), the users with their roles and
 * unit (changed through Keycloak's admin API), and every survey's public link. The APIs and Keycloak decide what
 * the administrator may do; the page is shown to platform administrators only.
 */
@Controller
class AdminController {

    static final List<String> KINDS = List.of("PROVINCE", "REGENCY", "CITY", "MINISTRY", "UNIT", "INSPECTORATE");

    private final Gateway gateway;
    private final KeycloakAdmin keycloak;

    AdminController(Gateway gateway, KeycloakAdmin keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    @GetMapping("/admin")
    String admin(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        requireAdmin(user);
        List<JsonNode> units = new ArrayList<>();
        gateway.read(client, "/api/planning/units?size=1000").forEach(units::add);
        model.addAttribute("units", units);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("roles", KeycloakAdmin.ZI_ROLES);
        try {
            model.addAttribute("users", keycloak.users(client, 500));
        } catch (KeycloakAdmin.Refused e) {
            model.addAttribute("users", List.of());
            model.addAttribute("usersRefused", e.status);
        }
        List<JsonNode> surveys = new ArrayList<>();
        ApiResponse listed = gateway.get(client, "/api/surveys/surveys?size=200");
        if (listed.ok() && listed.body() != null) {
            listed.body().forEach(surveys::add);
        }
        model.addAttribute("surveys", surveys);
        if (!model.containsAttribute("unitForm")) {
            model.addAttribute("unitForm", Map.of("code", "", "name", "", "kind", "UNIT", "parentId", ""));
        }
        return "admin/index";
    }

    @PostMapping("/admin/unit")
    String createUnit(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam String code, @RequestParam String name, @RequestParam String kind, @RequestParam String parentId,
            RedirectAttributes redirect) {
        requireAdmin(user);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.strip());
        body.put("name", name.strip());
        body.put("kind", kind);
        body.put("parentId", parentId);
        ApiResponse created = gateway.exchange(client, HttpMethod.POST, "/api/planning/admin/units", body, Map.of());
        if (created.ok()) {
            redirect.addFlashAttribute("done", "admin.unit.created");
        } else {
            redirect.addFlashAttribute("problem", created.problem());
            redirect.addFlashAttribute("unitForm", Map.of("code", code, "name", name, "kind", kind, "parentId", parentId));
        }
        return "redirect:/admin#unit-baru";
    }

    @PostMapping("/admin/pengguna/{userId}")
    String assign(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @PathVariable String userId, @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            @RequestParam String unitId, RedirectAttributes redirect) {
        requireAdmin(user);
        ApiResponse unit = gateway.get(client, "/api/planning/units/" + unitId);
        if (!unit.ok() || unit.body() == null) {
            redirect.addFlashAttribute("problem", unit.problem());
            return "redirect:/admin#pengguna";
        }
        try {
            keycloak.assign(client, userId, roles == null ? List.of() : roles, unitId, unit.body().path("path").asString());
            redirect.addFlashAttribute("done", "admin.user.saved");
        } catch (KeycloakAdmin.Refused e) {
            redirect.addFlashAttribute("refused", e.status);
        }
        return "redirect:/admin#pengguna";
    }

    private static void requireAdmin(OidcUser user) {
        if (!PortalUser.of(user).admin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "platform administrators only");
        }
    }
}
