package id.zi.portal.tpi;

import id.zi.portal.web.PortalUser;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * {@code /tpi}: the units in the inspector's scope with where each stands in a year: plan status, evidence
 * waiting for review, coverage, the latest monev, and the LKE totals of both sides. A constant number of API
 * calls whatever the number of units, so a scope of dozens of units renders as fast as one.
 */
@Controller
class TpiUnitsController {

    private final TpiApi api;

    TpiUnitsController(TpiApi api) {
        this.api = api;
    }

    @GetMapping("/tpi")
    String units(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(required = false) @Nullable Integer year, Model model) {
        PortalUser me = PortalUser.of(user);
        String scope = me.scopePath() != null ? Paths.orgPath(me.scopePath()) : "/id";
        // the years that have plans in scope; without a year asked, the latest of them (the demo's plans are of past years)
        TreeSet<Integer> years = new TreeSet<>();
        JsonNode summaries = api.optional(client, "/api/planning/plans?size=200");
        if (summaries != null) {
            summaries.forEach(plan -> {
                if (plan.path("year").isNumber()) {
                    years.add(plan.path("year").asInt());
                }
            });
        }
        int current = Year.now().getValue();
        int shown = year != null ? year : years.isEmpty() ? current : years.last();
        years.add(current);
        years.add(shown);

        JsonNode status = api.gateway().read(client, "/api/planning/plans/status?year=" + shown);
        List<String> gaps = new ArrayList<>();
        JsonNode coverage = api.optional(client, "/api/evidence/coverage?orgPath=" + scope + "&year=" + shown);
        List<JsonNode> pending = api.all(client, "/api/evidence/items?orgPath=" + scope + "&year=" + shown + "&state=PENDING");
        List<JsonNode> monevs = api.all(client, "/api/monitoring/monev?orgPath=" + scope + "&year=" + shown);
        JsonNode self = api.optional(client, "/api/monitoring/rollups/ranking?orgPath=" + scope + "&year=" + shown + "&by=lkeSelf&limit=1000");
        JsonNode tpi = api.optional(client, "/api/monitoring/rollups/ranking?orgPath=" + scope + "&year=" + shown + "&by=lkeTpi&limit=1000");
        if (coverage == null || pending == null) {
            gaps.add("tpi.units.gap.evidence");
        }
        if (monevs == null) {
            gaps.add("tpi.units.gap.monev");
        }
        if (self == null || tpi == null) {
            gaps.add("tpi.units.gap.lke");
        }
        model.addAttribute("year", shown);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("scope", scope);
        model.addAttribute("byStatus", status.path("byStatus"));
        model.addAttribute("units", UnitStatus.merge(status, coverage, pending == null ? List.of() : pending,
                monevs == null ? null : jsonArray(monevs), self, tpi));
        model.addAttribute("gaps", gaps);
        return "tpi/units";
    }

    private static JsonNode jsonArray(List<JsonNode> nodes) {
        tools.jackson.databind.node.ArrayNode array = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        nodes.forEach(array::add);
        return array;
    }
}
