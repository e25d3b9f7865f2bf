package id.zi.portal.unit.monev;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.unit.UnitPages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The unit's monev: the list of its periods, creating the monev of a period, and the form of one monev (each
 * row due, follow-ups of earlier recommendations), saved with the version read and then submitted. A refusal
 * shows the API's message next to the field it names, with what the user typed kept.
 */
@Controller
class MonevController {

    private final Gateway gateway;

    MonevController(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The row statuses in the order the form offers them. */
    @ModelAttribute("rowStatuses")
    List<String> rowStatuses() {
        return List.of("NOT_STARTED", "IN_PROGRESS", "DONE");
    }

    public record Line(String id, String period, String status, int rowsDue, int rowsDone, double averageRealisation) {
    }

    @GetMapping("/monev")
    String list(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        String unit = UnitPages.unitOf(user);
        List<Line> lines = new ArrayList<>();
        gateway.read(client, "/api/monitoring/monev?unitId=" + unit + "&size=100").forEach(line -> lines.add(new Line(line.path("id").asString(),
                line.path("period").asString(), line.path("status").asString(), line.path("rowsDue").asInt(), line.path("rowsDone").asInt(),
                line.path("averageRealisation").asDouble())));
        lines.sort(Comparator.comparing(Line::period).reversed());
        model.addAttribute("monevs", lines);
        model.addAttribute("periods", periods(client, unit, lines, LocalDate.now()));
        return "unit/monev-list";
    }

    /**
     * The quarters a monev may be created for: those of the unit's plan years up to today, without a monev yet.
     * The API still decides (a unit on semesters, a period without rows): its refusal is shown.
     */
    private List<String> periods(OAuth2AuthorizedClient client, String unit, List<Line> existing, LocalDate today) {
        Set<Integer> years = new java.util.TreeSet<>(Comparator.reverseOrder());
        gateway.read(client, "/api/planning/plans?unitId=" + unit + "&size=50").forEach(plan -> years.add(plan.path("year").asInt()));
        Set<String> taken = new LinkedHashSet<>();
        existing.forEach(line -> taken.add(line.period()));
        List<String> periods = new ArrayList<>();
        for (int year : years) {
            int last = year < today.getYear() ? 4 : year == today.getYear() ? (today.getMonthValue() - 1) / 3 + 1 : 0;
            for (int quarter = 1; quarter <= last; quarter++) {
                String period = year + "-Q" + quarter;
                if (!taken.contains(period)) {
                    periods.add(period);
                }
            }
        }
        return periods;
    }

    @PostMapping("/monev")
    String create(@RequestParam String period, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, RedirectAttributes redirect) {
        String unit = UnitPages.unitOf(user);
        ApiResponse response = gateway.exchange(client, HttpMethod.POST, "/api/monitoring/monev", Map.of("unitId", unit, "period", period),
                Map.of());
        if (!response.ok() || response.body() == null) {
            UnitPages.problem(redirect, response.problem());
            return "redirect:/monev";
        }
        UnitPages.success(redirect, "unit.monev.created");
        return "redirect:/monev/" + response.body().path("id").asString();
    }

    @GetMapping("/monev/{id}")
    String monev(@PathVariable String id, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        UnitPages.unitOf(user);
        model.addAttribute("monev", read(client, id));
        model.addAttribute("fields", UnitPages.fieldsOf(model));
        return "unit/monev";
    }

    /** Save, and with {@code action=submit} hand in: the rows and follow-ups as the form has them, then the step. */
    @PostMapping("/monev/{id}")
    String save(@PathVariable String id, @RequestParam long version, @RequestParam(defaultValue = "save") String action,
            @RequestParam Map<String, String> form, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        UnitPages.unitOf(user);
        MonevPage stored = read(client, id);
        Map<String, Object> body = body(stored, form);
        String path = "/api/monitoring/monev/" + id;
        ApiResponse saved = gateway.exchange(client, HttpMethod.PUT, path, body, Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        if (!saved.ok()) {
            return refused(saved.problem(), stored.typed(form), model, response);
        }
        if ("submit".equals(action)) {
            ApiResponse submitted = gateway.exchange(client, HttpMethod.POST, path + "/submit", null,
                    Map.of(HttpHeaders.IF_MATCH, "\"" + saved.etag() + "\""));
            if (!submitted.ok()) {
                // saved, not submitted: show what is stored now, with what blocks the submission
                return refused(submitted.problem(), read(client, id), model, response);
            }
            UnitPages.success(redirect, "unit.monev.submitted");
        } else {
            UnitPages.success(redirect, "unit.monev.saved");
        }
        return "redirect:/monev/" + id;
    }

    @GetMapping("/monev/{id}/laporan.pdf")
    void report(@PathVariable String id, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletResponse response) {
        UnitPages.unitOf(user);
        gateway.streamTo(client, "/api/monitoring/monev/" + id + "/report.pdf", response, false);
    }

    private String refused(@Nullable ApiProblem problem, MonevPage shown, Model model, HttpServletResponse response) {
        ApiProblem told = problem != null ? problem : new ApiProblem(400, "HTTP 400", null, null, List.of());
        response.setStatus(told.status() == 412 ? 409 : 422);
        model.addAttribute("monev", shown);
        model.addAttribute("notice", UnitPages.notice(told));
        model.addAttribute("fields", UnitPages.fields(told));
        model.addAttribute("stale", told.status() == 412);
        return "unit/monev";
    }

    /** The API's edit: every row and follow-up in the monev's own order, so {@code rows[i]} in a problem is row i of the form. */
    static Map<String, Object> body(MonevPage stored, Map<String, String> form) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < stored.rows().size(); i++) {
            String prefix = "rows[" + i + "].";
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rowId", stored.rows().get(i).rowId());
            row.put("status", form.getOrDefault(prefix + "status", stored.rows().get(i).status()));
            row.put("realisation", number(form.getOrDefault(prefix + "realisation", stored.rows().get(i).realisation())));
            String obstacles = form.getOrDefault(prefix + "obstacles", stored.rows().get(i).obstacles());
            row.put("obstacles", obstacles == null || obstacles.isBlank() ? null : obstacles.strip());
            rows.add(row);
        }
        List<Map<String, Object>> followUps = new ArrayList<>();
        for (int i = 0; i < stored.followUps().size(); i++) {
            String prefix = "followUps[" + i + "].";
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("recommendationId", stored.followUps().get(i).recommendationId());
            item.put("status", form.getOrDefault(prefix + "status", stored.followUps().get(i).status()));
            String note = form.getOrDefault(prefix + "note", stored.followUps().get(i).note());
            item.put("note", note == null || note.isBlank() ? null : note.strip());
            followUps.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", rows);
        body.put("followUps", followUps);
        return body;
    }

    /** A whole number as the API takes it; anything else goes as typed, for the API to name the field. */
    private static @Nullable Object number(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    private MonevPage read(OAuth2AuthorizedClient client, String id) {
        ApiResponse response = gateway.get(client, "/api/monitoring/monev/" + id);
        if (!response.ok() || response.body() == null) {
            throw new ApiProblemException(response.problem());
        }
        JsonNode body = response.body();
        String etag = response.etag();
        long version = etag != null && etag.matches("\\d+") ? Long.parseLong(etag) : body.path("version").asLong();
        return MonevPage.of(body, version);
    }
}
