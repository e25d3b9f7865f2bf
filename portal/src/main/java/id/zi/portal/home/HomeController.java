package id.zi.portal.home;

import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.gateway.GatewayUnavailableException;
import id.zi.portal.web.PortalUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);
    /** In the order the home page lists them. */
    static final List<String> ROLES = List.of(PortalUser.UNIT_OPERATOR, PortalUser.UNIT_HEAD, PortalUser.TPI_EVALUATOR,
            PortalUser.REGIONAL_EVALUATOR, PortalUser.NATIONAL_EVALUATOR, PortalUser.PLATFORM_ADMIN);

    private final Gateway gateway;
    private final UnitStanding standing;

    HomeController(Gateway gateway, UnitStanding standing) {
        this.gateway = gateway;
        this.standing = standing;
    }

    @GetMapping("/")
    String landing(@AuthenticationPrincipal OidcUser user) {
        return user != null ? "redirect:/beranda" : "landing";
    }

    @GetMapping("/beranda")
    String home(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        PortalUser me = PortalUser.of(user);
        model.addAttribute("roles", ROLES.stream().filter(me::has).toList());
        List<JsonNode> units = new ArrayList<>();
        try {
            ApiResponse response = gateway.get(client, "/api/planning/units?size=500");
            if (response.ok() && response.body() != null) {
                response.body().forEach(units::add);
            } else {
                model.addAttribute("unitsError", true);
            }
        } catch (GatewayUnavailableException e) {
            log.warn("could not list units for {}: {}", me.username(), e.getMessage());
            model.addAttribute("unitsError", true);
        }
        model.addAttribute("units", units);
        if (me.unitTeam() && me.unitId() != null) {
            model.addAttribute("standing", standing.of(me, client, LocalDate.now()));
        }
        return "home";
    }
}
