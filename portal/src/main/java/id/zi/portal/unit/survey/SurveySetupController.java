package id.zi.portal.unit.survey;

import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.unit.UnitPages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The unit's surveys (SKM, SPAK, SPKP): creating one per service type, its public link and printable QR poster,
 * and a period's live result: responses against the minimum sample (refreshed by htmx while the page is open),
 * the index, the population, publishing, and the SKM report once published.
 */
@Controller
class SurveySetupController {

    private final Gateway gateway;

    SurveySetupController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record SurveyLine(String id, String instrument, String title, String serviceCode, String serviceName, String periodicity,
            String publicUrl) {

        static SurveyLine of(JsonNode survey) {
            return new SurveyLine(survey.path("id").asString(), survey.path("instrument").asString(), survey.path("title").asString(""),
                    survey.path("serviceType").path("code").asString(""), survey.path("serviceType").path("name").asString(""),
                    survey.path("periodicity").asString("QUARTER"), survey.path("publicUrl").asString(""));
        }
    }

    /** A period's result as the page shows it; {@code value} is the IKM (SKM) or the converted index (SPAK/SPKP). */
    public record Result(String period, long respondents, @Nullable Long population, @Nullable Long minimumSample, @Nullable Double progress,
            @Nullable Long stillNeeded, String indexName, @Nullable Double value, @Nullable String grade, @Nullable String performance,
            List<Element> elements, boolean published, long surveyVersion) {

        static Result of(JsonNode result, long surveyVersion) {
            JsonNode sample = result.path("sample");
            List<Element> elements = new ArrayList<>();
            result.path("elements").forEach(element -> elements.add(new Element(element.path("code").asString(), element.path("name").asString(""),
                    element.path("answers").asLong(), number(element.path("nrr")) != null ? number(element.path("nrr")) : number(element.path("converted")))));
            boolean skm = "SKM".equals(result.path("instrument").asString());
            return new Result(result.path("period").path("key").asString(), result.path("respondents").asLong(), longOrNull(sample.path("population")),
                    longOrNull(sample.path("minimumSample")), number(sample.path("progress")), longOrNull(sample.path("stillNeeded")),
                    result.path("indexName").asString(""), skm ? number(result.path("ikm")) : number(result.path("conversion")),
                    UnitPages.text(result, "grade"), UnitPages.text(result, "performance"), elements,
                    !result.path("published").isMissingNode() && !result.path("published").isNull(), surveyVersion);
        }

        /** Share of the minimum sample reached, 0-100, for the progress bar. */
        public int percent() {
            return progress == null ? 0 : (int) Math.min(100, Math.round(progress * 100));
        }
    }

    public record Element(String code, String name, long answers, @Nullable Double value) {
    }

    @GetMapping("/survei")
    String list(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        String unit = UnitPages.unitOf(user);
        List<SurveyLine> surveys = new ArrayList<>();
        gateway.read(client, "/api/surveys/surveys?unitId=" + unit + "&size=100").forEach(survey -> surveys.add(SurveyLine.of(survey)));
        model.addAttribute("surveys", surveys);
        model.addAttribute("instruments", List.of("SKM", "SPAK", "SPKP"));
        model.addAttribute("fields", UnitPages.fieldsOf(model));
        return "unit/surveys";
    }

    @PostMapping("/survei")
    String create(@RequestParam String instrument, @RequestParam String serviceCode, @RequestParam String serviceName,
            @RequestParam(defaultValue = "QUARTER") String periodicity, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, RedirectAttributes redirect) {
        UnitPages.unitOf(user);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrument", instrument);
        body.put("serviceType", Map.of("code", serviceCode.strip(), "name", serviceName.strip()));
        body.put("periodicity", periodicity);
        ApiResponse created = gateway.exchange(client, HttpMethod.POST, "/api/surveys/surveys", body, Map.of());
        if (!created.ok() || created.body() == null) {
            UnitPages.problem(redirect, created.problem());
            return "redirect:/survei";
        }
        UnitPages.success(redirect, "unit.survey.created");
        return "redirect:/survei/" + created.body().path("id").asString();
    }

    @GetMapping("/survei/{id}")
    String survey(@PathVariable String id, @RequestParam(name = "periode", required = false) @Nullable String period,
            @AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        String unit = UnitPages.unitOf(user);
        model.addAttribute("survey", SurveyLine.of(gateway.read(client, "/api/surveys/surveys/" + id)));
        model.addAttribute("result", result(client, id, period));
        model.addAttribute("unitId", unit);
        model.addAttribute("fields", UnitPages.fieldsOf(model));
        return "unit/survey";
    }

    /** The live count alone, for the page to refresh while responses come in. */
    @GetMapping("/survei/{id}/hitungan")
    String count(@PathVariable String id, @RequestParam(name = "periode", required = false) @Nullable String period,
            @AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        UnitPages.unitOf(user);
        model.addAttribute("survey", SurveyLine.of(gateway.read(client, "/api/surveys/surveys/" + id)));
        model.addAttribute("result", result(client, id, period));
        return "unit/survey :: count";
    }

    @PostMapping("/survei/{id}/populasi")
    String population(@PathVariable String id, @RequestParam String period, @RequestParam long version, @RequestParam String population,
            @AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes redirect) {
        UnitPages.unitOf(user);
        Object value;
        try {
            value = Long.parseLong(population.strip());
        } catch (NumberFormatException e) {
            value = population;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("population", value);
        ApiResponse saved = gateway.exchange(client, HttpMethod.PUT, "/api/surveys/surveys/" + id + "/periods/" + period + "/population", body,
                Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        step(saved, "unit.survey.populationSaved", redirect);
        return "redirect:/survei/" + id + "?periode=" + period;
    }

    @PostMapping("/survei/{id}/terbitkan")
    String publish(@PathVariable String id, @RequestParam String period, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, RedirectAttributes redirect) {
        UnitPages.unitOf(user);
        ApiResponse published = gateway.exchange(client, HttpMethod.POST, "/api/surveys/surveys/" + id + "/periods/" + period + "/publish", null,
                Map.of());
        step(published, "unit.survey.published", redirect);
        return "redirect:/survei/" + id + "?periode=" + period;
    }

    @GetMapping("/survei/{id}/poster.{format:pdf|png}")
    void poster(@PathVariable String id, @PathVariable String format, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletResponse response) {
        UnitPages.unitOf(user);
        stream(client, "/api/surveys/surveys/" + id + "/poster." + format, response);
    }

    /** The published SKM report of a period (the public one), streamed through. */
    @GetMapping("/survei/laporan/{period}.pdf")
    void report(@PathVariable String period, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletResponse response) {
        String unit = UnitPages.unitOf(user);
        stream(client, "/api/surveys/public/results/units/" + unit + "/periods/" + period + "/report.pdf", response);
    }

    private Result result(OAuth2AuthorizedClient client, String id, @Nullable String period) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/api/surveys/surveys/" + id + "/results");
        if (period != null && !period.isBlank()) {
            path.queryParam("period", period);
        }
        ApiResponse response = gateway.get(client, path.build().toUriString());
        if (!response.ok() || response.body() == null) {
            throw new ApiProblemException(response.problem());
        }
        String etag = response.etag();
        long version = etag != null && etag.matches("\\d+") ? Long.parseLong(etag) : 0;
        return Result.of(response.body(), version);
    }

    private void stream(OAuth2AuthorizedClient client, String path, HttpServletResponse response) {
        gateway.streamTo(client, path, response, false);
    }

    private static void step(ApiResponse response, String done, RedirectAttributes redirect) {
        if (response.ok()) {
            UnitPages.success(redirect, done);
        } else {
            UnitPages.problem(redirect, response.problem());
        }
    }

    private static @Nullable Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static @Nullable Long longOrNull(JsonNode node) {
        return node.isNumber() ? node.asLong() : null;
    }
}
