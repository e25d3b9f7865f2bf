package id.zi.portal.home;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClientException;

@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    /** The users' words for the roles. */
    static final Map<String, String> ROLE_LABELS = Map.of(
            "unit-operator", "Operator unit",
            "unit-head", "Kepala unit",
            "tpi-evaluator", "Tim Penilai Internal (TPI)",
            "regional-evaluator", "Evaluator provinsi",
            "national-evaluator", "Evaluator nasional",
            "platform-admin", "Administrator platform");

    static final Map<String, String> KIND_LABELS = Map.of(
            "NATIONAL", "Nasional", "PROVINCE", "Provinsi", "REGENCY", "Kabupaten", "CITY", "Kota", "MINISTRY", "Kementerian/Lembaga",
            "UNIT", "Unit kerja", "INSPECTORATE", "Inspektorat");

    private final GatewayClient gateway;

    HomeController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/")
    String landing(@AuthenticationPrincipal OidcUser user) {
        return user != null ? "redirect:/beranda" : "landing";
    }

    @GetMapping("/beranda")
    String home(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        model.addAttribute("name", user.getFullName() != null ? user.getFullName() : user.getPreferredUsername());
        model.addAttribute("username", user.getPreferredUsername());
        List<String> roles = ROLE_LABELS.keySet().stream().filter(role -> hasRole(user, role)).map(ROLE_LABELS::get).sorted().toList();
        model.addAttribute("roles", roles);
        model.addAttribute("scopePath", user.getClaimAsString("zi_scope_path"));
        model.addAttribute("kindLabels", KIND_LABELS);
        try {
            model.addAttribute("units", gateway.visibleUnits(client));
        } catch (RestClientException e) {
            log.warn("could not list units for {}: {}", user.getPreferredUsername(), e.getMessage());
            model.addAttribute("units", List.of());
            model.addAttribute("unitsError", "Daftar unit belum dapat dimuat. Coba muat ulang halaman sebentar lagi.");
        }
        return "home";
    }

    @SuppressWarnings("unchecked")
    private static boolean hasRole(OidcUser user, String role) {
        Object realmAccess = user.getClaims().get("realm_access");
        return realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof List<?> roles && roles.contains(role);
    }
}
