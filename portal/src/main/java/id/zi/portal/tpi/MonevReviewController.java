package id.zi.portal.tpi;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * {@code /tpi/monev/{id}}: a unit's monev as the TPI reviews it, each row with its realisation, obstacles and
 * evidence; the TPI approves it, or returns it with notes, either with recommendations (optionally for a row).
 * A refused decision comes back with what was typed and the API's problem next to the field it names.
 */
@Controller
class MonevReviewController {

    /** Recommendation slots the form offers at once. */
    static final int SLOTS = 3;
    private static final Pattern RECOMMENDATION_FIELD = Pattern.compile("recommendations\\[(\\d+)]\\.?(.*)");

    private final TpiApi api;
    private final Gateway gateway;

    MonevReviewController(TpiApi api) {
        this.api = api;
        this.gateway = api.gateway();
    }

    /** What the decision form shows: the notes, the recommendation slots (text, row), and errors by field. */
    public record DecisionForm(String notes, List<String> texts, List<String> rows, Map<String, String> errors, @Nullable String message) {

        static DecisionForm empty() {
            List<String> blank = new ArrayList<>();
            for (int i = 0; i < SLOTS; i++) {
                blank.add("");
            }
            return new DecisionForm("", blank, blank, Map.of(), null);
        }

        public @Nullable String error(String field) {
            return errors.get(field);
        }
    }

    @GetMapping("/tpi/monev/{id}")
    String monev(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DecisionForm.empty());
        }
        return page(client, gateway.read(client, "/api/monitoring/monev/" + Paths.id(id)), model);
    }

    @PostMapping("/tpi/monev/{id}/keputusan")
    String decide(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            @RequestParam String action, @RequestParam long version, @RequestParam(required = false) @Nullable String notes,
            @RequestParam(name = "recText", required = false) @Nullable List<String> texts,
            @RequestParam(name = "recRow", required = false) @Nullable List<String> rows, Model model, RedirectAttributes redirect) {
        Paths.id(id);
        List<String> typedTexts = padded(texts);
        List<String> typedRows = padded(rows);
        // only the slots with text are sent; sent[i] is the slot the API's recommendations[i] came from
        List<Map<String, Object>> recommendations = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < typedTexts.size(); i++) {
            if (!typedTexts.get(i).isBlank()) {
                Map<String, Object> recommendation = new LinkedHashMap<>();
                recommendation.put("text", typedTexts.get(i).strip());
                if (Paths.isId(typedRows.get(i))) {
                    recommendation.put("rowId", typedRows.get(i));
                }
                recommendations.add(recommendation);
                sent.add(i);
            }
        }
        boolean approve = "approve".equals(action);
        Map<String, Object> body = new LinkedHashMap<>();
        if (!approve) {
            body.put("notes", notes == null || notes.isBlank() ? null : notes.strip());
        }
        body.put("recommendations", recommendations);
        ApiResponse answer = gateway.exchange(client, HttpMethod.POST, "/api/monitoring/monev/" + id + (approve ? "/approve" : "/return"), body,
                Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        ApiProblem problem = answer.problem();
        if (problem == null) {
            redirect.addFlashAttribute("notice", approve ? "tpi.monev.approved" : "tpi.monev.returned");
            return "redirect:/tpi/monev/" + id;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<ApiProblem.FieldError> fieldErrors = problem.errors().isEmpty() && problem.field() != null
                ? List.of(new ApiProblem.FieldError(problem.field(), problem.message())) : problem.errors();
        for (ApiProblem.FieldError error : fieldErrors) {
            Matcher recommendation = RECOMMENDATION_FIELD.matcher(error.field());
            String field = error.field();
            if (recommendation.matches() && Integer.parseInt(recommendation.group(1)) < sent.size()) {
                field = "rec" + sent.get(Integer.parseInt(recommendation.group(1)));
            }
            errors.merge(field, error.message(), (a, b) -> a + "; " + b);
        }
        model.addAttribute("form", new DecisionForm(notes == null ? "" : notes, typedTexts, typedRows, errors,
                errors.isEmpty() || problem.status() == 412 || problem.status() == 409 ? problem.message() : null));
        model.addAttribute("failedAction", action);
        return page(client, gateway.read(client, "/api/monitoring/monev/" + id), model);
    }

    @GetMapping("/tpi/monev/{id}/laporan")
    void report(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            HttpServletResponse response) {
        api.stream(client, "/api/monitoring/monev/" + Paths.id(id) + "/report.pdf", false, response);
    }

    private String page(OAuth2AuthorizedClient client, JsonNode monev, Model model) {
        String unitId = monev.path("unitId").asString();
        JsonNode unit = Paths.isId(unitId) ? api.optional(client, "/api/planning/units/" + unitId) : null;
        model.addAttribute("monev", monev);
        model.addAttribute("unitName", unit == null ? unitId : unit.path("name").asString(unitId));
        model.addAttribute("decidable", "SUBMITTED".equals(monev.path("status").asString()));
        return "tpi/monev";
    }

    private static List<String> padded(@Nullable List<String> values) {
        List<String> padded = new ArrayList<>(values == null ? List.of() : values);
        while (padded.size() < SLOTS) {
            padded.add("");
        }
        return padded;
    }
}
