package id.zi.portal.tpi;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.web.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * {@code /tpi/reviu}: the evidence of the inspector's scope waiting for review (or in any state), filtered by
 * unit, year, area, kind and state; each row decided on its own (htmx swaps the row; without JavaScript the
 * form posts and the queue comes back), or many at once through the evidence API's bulk review. A reason is
 * required to reject or ask for changes: the page's script says so before sending, and the API's problem is
 * shown next to the reason when it is sent anyway.
 */
@Controller
class ReviewController {

    static final List<String> KINDS = List.of("SK", "NOTULEN", "DAFTAR_HADIR", "FOTO", "LAPORAN", "SCREENSHOT", "SOP", "LAINNYA");
    static final List<String> STATES = List.of("PENDING", "ACCEPTED", "REJECTED", "CHANGES_REQUESTED");
    static final Set<String> DECISIONS = Set.of("ACCEPT", "REJECT", "REQUEST_CHANGES");
    /** One row of the queue alone: what a decision made through htmx answers. */
    static final String ROW_TEMPLATE = "tpi/reviu-row";
    private static final int PAGE = 100;

    private final TpiApi api;
    private final Gateway gateway;

    ReviewController(TpiApi api) {
        this.api = api;
        this.gateway = api.gateway();
    }

    /** The queue's filters, carried through every form so a decision comes back to the same view. */
    public record Filters(@Nullable String unitId, @Nullable Integer year, @Nullable Integer area, @Nullable String kind, @Nullable String state) {

        public Filters {
            unitId = Paths.isId(unitId) ? unitId : null;
            kind = kind != null && KINDS.contains(kind) ? kind : null;
            // no state asked: the queue proper (PENDING); "ALL" (or anything unknown): every state
            state = state == null ? "PENDING" : STATES.contains(state) ? state : "ALL";
            area = area != null && area >= 1 && area <= 6 ? area : null;
        }

        String apiQuery(String scope) {
            StringBuilder query = new StringBuilder("/api/evidence/items?orgPath=").append(scope);
            if (unitId != null) {
                query.append("&unitId=").append(unitId);
            }
            if (year != null) {
                query.append("&year=").append(year);
            }
            if (kind != null) {
                query.append("&kind=").append(kind);
            }
            if (!"ALL".equals(state)) {
                query.append("&state=").append(state);
            }
            return query.toString();
        }

        String pageUrl() {
            UriComponentsBuilder url = UriComponentsBuilder.fromPath("/tpi/reviu");
            if (unitId != null) {
                url.queryParam("unitId", unitId);
            }
            if (year != null) {
                url.queryParam("year", year);
            }
            if (area != null) {
                url.queryParam("area", area);
            }
            if (kind != null) {
                url.queryParam("kind", kind);
            }
            url.queryParam("state", state);
            return url.build().toUriString();
        }
    }

    @ModelAttribute("filters")
    Filters filters(@RequestParam(required = false) @Nullable String unitId, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer area, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String state) {
        return new Filters(blank(unitId), year, area, blank(kind), blank(state));
    }

    @GetMapping("/tpi/reviu")
    String queue(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("filters") Filters filters, Model model) {
        String scope = scope(user);
        ApiResponse response = gateway.get(client, filters.apiQuery(scope) + "&size=" + (filters.area() != null ? 200 : PAGE));
        if (!response.ok() || response.body() == null) {
            throw new ApiProblemException(response.problem() != null ? response.problem() : new ApiProblem(response.status(), "HTTP " + response.status(), null, null, List.of()));
        }
        Map<String, String> unitNames = unitNames(client);
        List<JsonNode> items = new ArrayList<>();
        response.body().forEach(items::add);
        Map<String, Map<String, JsonNode>> planRows = planRows(client, items);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> errors = (Map<String, Map<String, String>>) model.getAttribute("rowErrors");
        List<ReviewRow> rows = new ArrayList<>();
        for (JsonNode item : items) {
            ReviewRow row = ReviewRow.of(item, unitNames, planRows);
            if (filters.area() != null && !row.inArea(filters.area())) {
                continue;
            }
            Map<String, String> error = errors == null ? null : errors.get(row.id());
            rows.add(error == null ? row : row.withError(error.get("message"), error.get("field"), error.get("reason")));
        }
        String total = response.headers().getFirst("X-Total-Count");
        model.addAttribute("rows", rows);
        model.addAttribute("total", total != null ? Long.parseLong(total) : rows.size());
        model.addAttribute("units", unitNames);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("states", STATES);
        return "tpi/reviu";
    }

    /** One decision on one item; the answer is its row again (htmx) or the queue with a notice. */
    @PostMapping("/tpi/reviu/{id}")
    String review(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @PathVariable String id, @RequestParam(required = false) @Nullable String decision, @RequestParam(required = false) @Nullable String reason,
            @RequestParam long version, @ModelAttribute("filters") Filters filters,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model, RedirectAttributes redirect) {
        Paths.id(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision != null && DECISIONS.contains(decision) ? decision : null);
        body.put("reason", blank(reason));
        ApiResponse answer = gateway.exchange(client, HttpMethod.POST, "/api/evidence/items/" + id + "/review", body,
                Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        ApiProblem problem = answer.problem();
        if (htmx != null) {
            JsonNode item = answer.ok() && answer.body() != null ? answer.body() : gateway.read(client, "/api/evidence/items/" + id);
            ReviewRow row = ReviewRow.of(item, unitNames(client), planRows(client, List.of(item)));
            model.addAttribute("row", problem == null ? row : row.withError(problem.message(), problem.field(), reason));
            model.addAttribute("justReviewed", problem == null);
            return ROW_TEMPLATE + " :: row";
        }
        if (problem == null) {
            redirect.addFlashAttribute("notice", "tpi.review.done." + (decision != null && DECISIONS.contains(decision) ? decision : null));
            redirect.addFlashAttribute("noticeTitle", answer.body() == null ? id : answer.body().path("title").asString(id));
        } else {
            Map<String, String> error = new HashMap<>();
            error.put("message", problem.message());
            error.put("field", problem.field() == null ? "" : problem.field());
            error.put("reason", reason == null ? "" : reason);
            redirect.addFlashAttribute("rowErrors", Map.of(id, error));
            // the item stays in view whatever the state filter, so the reason can be given
            filters = new Filters(filters.unitId(), filters.year(), filters.area(), filters.kind(), "ALL");
        }
        return "redirect:" + filters.pageUrl();
    }

    /** The same decision for the ticked items, through the API's bulk review (each item still checked on its own). */
    @PostMapping("/tpi/reviu/massal")
    String bulk(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(name = "ids", required = false) @Nullable List<String> ids, @RequestParam(required = false) @Nullable String decision,
            @RequestParam(required = false) @Nullable String reason, @ModelAttribute("filters") Filters filters, RedirectAttributes redirect) {
        List<String> chosen = ids == null ? List.of() : ids.stream().filter(Paths::isId).toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("bulkError", "tpi.review.bulk.noneChosen");
            return "redirect:" + filters.pageUrl();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filter", Map.of("ids", chosen));
        body.put("decision", decision != null && DECISIONS.contains(decision) ? decision : null);
        body.put("reason", blank(reason));
        ApiResponse answer = gateway.exchange(client, HttpMethod.POST, "/api/evidence/reviews", body, Map.of());
        ApiProblem problem = answer.problem();
        if (problem != null) {
            redirect.addFlashAttribute("bulkProblem", problem.message());
            redirect.addFlashAttribute("bulkProblemField", problem.field());
            redirect.addFlashAttribute("bulkReason", reason);
        } else if (answer.body() != null) {
            redirect.addFlashAttribute("bulkReviewed", answer.body().path("reviewed").size());
            List<String> skipped = new ArrayList<>();
            answer.body().path("skipped").forEach(skip -> skipped.add(skip.path("id").asString() + ": " + skip.path("reason").asString()));
            redirect.addFlashAttribute("bulkSkipped", skipped);
        }
        return "redirect:" + filters.pageUrl();
    }

    /**
     * The item's current file streamed through the portal with the inspector's token; {@code lihat} shows a PDF
     * or picture in the browser instead of saving it.
     */
    @GetMapping("/tpi/bukti/{id}/berkas")
    void file(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            @RequestParam(required = false) @Nullable String lihat, HttpServletResponse response) {
        Paths.id(id);
        api.stream(client, "/api/evidence/items/" + id + "/files/current", lihat != null, response);
    }

    private Map<String, String> unitNames(OAuth2AuthorizedClient client) {
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode units = api.optional(client, "/api/planning/units?kind=UNIT&size=500");
        if (units != null) {
            units.forEach(unit -> names.put(unit.path("id").asString(), unit.path("name").asString()));
        }
        return names;
    }

    /** The plan rows of each unit and year among the items, from that unit's coverage (one call per unit-year). */
    private Map<String, Map<String, JsonNode>> planRows(OAuth2AuthorizedClient client, List<JsonNode> items) {
        Map<String, Map<String, JsonNode>> rows = new HashMap<>();
        for (JsonNode item : items) {
            String unitId = item.path("unitId").asString();
            int year = item.path("year").asInt();
            String key = unitId + ":" + year;
            if (rows.containsKey(key) || !Paths.isId(unitId)) {
                continue;
            }
            Map<String, JsonNode> byId = new HashMap<>();
            JsonNode coverage = api.optional(client, "/api/evidence/coverage/units/" + unitId + "/years/" + year);
            if (coverage != null) {
                coverage.path("rows").forEach(row -> byId.put(row.path("rowId").asString(), row));
            }
            rows.put(key, byId);
        }
        return rows;
    }

    private static String scope(OidcUser user) {
        PortalUser me = PortalUser.of(user);
        return me.scopePath() != null ? Paths.orgPath(me.scopePath()) : "/id";
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
