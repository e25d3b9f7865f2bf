package id.zi.portal.tpi;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * {@code /tpi/lke/{unitId}/{year}}: the unit's self-assessment and the TPI's side by side, question by question
 * with the evidence inline; the TPI saves one question at a time ({@code PATCH …/tpi} with the side's version as
 * If-Match). With htmx the question and both scores are swapped in place; without, the page comes back at the
 * question.
 */
@Controller
class TpiLkeController {

    private final TpiApi api;
    private final Gateway gateway;

    TpiLkeController(TpiApi api) {
        this.api = api;
        this.gateway = api.gateway();
    }

    @GetMapping("/tpi/lke/{unitId}/{year}")
    String sheet(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String unitId,
            @PathVariable int year, Model model) {
        LkeSheet sheet = load(client, unitId, year, gateway.read(client, assessment(unitId, year)));
        model.addAttribute("sheet", sheet);
        model.addAttribute("policies", List.of("NATIVE_4", "RATIO_6_TO_4", "LINEAR_6_TO_4"));
        return "tpi/lke";
    }

    @PostMapping("/tpi/lke/{unitId}/{year}/{questionId}")
    String save(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String unitId,
            @PathVariable int year, @PathVariable String questionId, @RequestParam Map<String, String> params,
            @RequestParam(name = "evidence", required = false) @Nullable List<String> evidence,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model, RedirectAttributes redirect) {
        Paths.id(unitId);
        Paths.id(questionId);
        String kind = params.getOrDefault("kind", LkeSheet.CHOICE);
        Map<String, Object> body = LkeAnswerForm.body(questionId, kind, params,
                evidence == null ? List.of() : evidence.stream().filter(Paths::isId).toList());
        ApiResponse answer = gateway.exchange(client, HttpMethod.PATCH, assessment(unitId, year) + "/tpi", body,
                Map.of(HttpHeaders.IF_MATCH, "\"" + params.getOrDefault("version", "0").strip() + "\""));
        ApiProblem problem = answer.problem();
        if (htmx == null) {
            if (problem == null) {
                redirect.addFlashAttribute("saved", questionId);
            } else {
                redirect.addFlashAttribute("problemQuestion", questionId);
                redirect.addFlashAttribute("problemTyped", LkeAnswerForm.typed(params));
                redirect.addFlashAttribute("problemErrors", errors(questionId, problem));
            }
            return "redirect:/tpi/lke/" + unitId + "/" + year + "#q-" + questionId.replace('.', '-');
        }
        JsonNode fresh = problem == null && answer.body() != null ? answer.body() : gateway.read(client, assessment(unitId, year));
        LkeSheet sheet = load(client, unitId, year, fresh);
        LkeSheet.Question question = sheet.question(questionId);
        if (question != null && problem != null) {
            question = question.withForm(LkeAnswerForm.typed(params), errors(questionId, problem));
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("q", question);
        model.addAttribute("sa", sheet.subAreaOf(questionId));
        model.addAttribute("saved", problem == null ? questionId : null);
        model.addAttribute("policies", List.of("NATIVE_4", "RATIO_6_TO_4", "LINEAR_6_TO_4"));
        return "tpi/lke-saved";
    }

    /** Whether the unit already holds the Menuju WBK predicate, as the TPI records it: it decides the WBBM conditions. */
    @PostMapping("/tpi/lke/{unitId}/{year}/predikat")
    String predicate(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String unitId,
            @PathVariable int year, @RequestParam(required = false) @Nullable String hasWbk, @RequestParam long version,
            RedirectAttributes redirect) {
        ApiResponse answer = gateway.exchange(client, HttpMethod.PATCH, assessment(unitId, year) + "/tpi", Map.of("hasWbk", hasWbk != null),
                Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        ApiProblem problem = answer.problem();
        if (problem != null) {
            redirect.addFlashAttribute("predicateProblem", problem.status() == 412 ? null : problem.message());
            redirect.addFlashAttribute("predicateStale", problem.status() == 412);
        }
        return "redirect:/tpi/lke/" + unitId + "/" + year + "#skor";
    }

    /** The problem's errors for the question; a stale version (412) or any problem without fields is the question's own. */
    private static Map<String, String> errors(String questionId, ApiProblem problem) {
        List<String[]> pairs = new ArrayList<>();
        problem.errors().forEach(error -> pairs.add(new String[] {error.field(), error.message()}));
        if (pairs.isEmpty()) {
            pairs.add(new String[] {problem.field(), problem.message()});
        }
        Map<String, String> errors = new LinkedHashMap<>(LkeAnswerForm.errors(questionId, pairs));
        if (problem.status() == 412) {
            errors.put("stale", "true");
        }
        return errors;
    }

    private LkeSheet load(OAuth2AuthorizedClient client, String unitId, int year, JsonNode assessment) {
        JsonNode unit = api.optional(client, "/api/planning/units/" + unitId);
        List<JsonNode> items = api.all(client, "/api/evidence/items?unitId=" + unitId + "&year=" + year);
        JsonNode coverage = api.optional(client, "/api/evidence/coverage/units/" + unitId + "/years/" + year);
        List<JsonNode> rows = new ArrayList<>();
        if (coverage != null) {
            coverage.path("rows").forEach(rows::add);
        }
        return LkeSheet.of(assessment, unit == null ? unitId : unit.path("name").asString(unitId), items == null ? List.of() : items, rows);
    }

    private static String assessment(String unitId, int year) {
        return "/api/monitoring/assessments/" + Paths.id(unitId) + "/" + year;
    }
}
