package id.zi.portal.survey.setup;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.web.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * A unit team's surveys (SKM, SPAK, SPKP per service type): set one up, print its QR poster, watch the responses
 * of the current period come in against the minimum sample, enter the population, and publish the period's result.
 * Everything goes to the survey API with the user's token, which decides what the user may do.
 */
@Controller
class SurveySetupController {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-S[12])?");

    private final Gateway gateway;

    SurveySetupController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/survei")
    String list(@AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        PortalUser me = PortalUser.of(user);
        List<Row> rows = new ArrayList<>();
        if (me.unitId() != null) {
            JsonNode surveys = gateway.read(client, "/api/surveys/surveys?size=100&unitId=" + encode(me.unitId()));
            LocalDate today = LocalDate.now(JAKARTA);
            for (JsonNode survey : surveys) {
                String period = Periods.current(survey.path("periodicity").asString("QUARTER"), today);
                rows.add(new Row(survey, period, result(client, survey.path("id").asString(), period)));
            }
        }
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("instrument", "SKM", "serviceCode", "", "serviceName", ""));
        }
        return "survey/setup/list";
    }

    /** A survey with the result of the period it is collecting now (absent while the API has none). */
    record Row(JsonNode survey, String period, @Nullable JsonNode result) {
    }

    @PostMapping("/survei")
    String create(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @RequestParam String instrument,
            @RequestParam String serviceCode, @RequestParam String serviceName, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrument", instrument);
        body.put("serviceType", Map.of("code", serviceCode.strip(), "name", serviceName.strip()));
        ApiResponse created = gateway.exchange(client, HttpMethod.POST, "/api/surveys/surveys", body, Map.of());
        if (created.ok() && created.body() != null) {
            redirect.addFlashAttribute("done", "survey.setup.created");
            return "redirect:/survei/" + created.body().path("id").asString();
        }
        redirect.addFlashAttribute("problem", created.problem());
        redirect.addFlashAttribute("form", Map.of("instrument", instrument, "serviceCode", serviceCode, "serviceName", serviceName));
        return "redirect:/survei";
    }

    @GetMapping("/survei/{id}")
    String survey(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            @RequestParam(required = false) @Nullable String period, Model model) {
        requireShape(ID, id);
        JsonNode survey = gateway.read(client, "/api/surveys/surveys/" + id);
        String shown = period != null && PERIOD.matcher(period).matches() ? period
                : Periods.current(survey.path("periodicity").asString("QUARTER"), LocalDate.now(JAKARTA));
        model.addAttribute("survey", survey);
        model.addAttribute("period", shown);
        model.addAttribute("result", result(client, id, shown));
        model.addAttribute("population", survey.path("populations").path(shown).isNumber() ? survey.path("populations").path(shown).asLong() : null);
        return "survey/setup/survey";
    }

    /** The response count against the minimum, which the page polls while a counter is collecting answers. */
    @GetMapping("/survei/{id}/jumlah")
    String count(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            @RequestParam String period, Model model) {
        requireShape(ID, id);
        requireShape(PERIOD, period);
        model.addAttribute("result", result(client, id, period));
        model.addAttribute("surveyId", id);
        model.addAttribute("period", period);
        return "survey/setup/survey :: count";
    }

    @PostMapping("/survei/{id}/populasi")
    String population(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            @RequestParam String period, @RequestParam String population, RedirectAttributes redirect) {
        requireShape(ID, id);
        requireShape(PERIOD, period);
        Object value;
        try {
            value = Long.parseLong(population.strip());
        } catch (NumberFormatException e) {
            value = population; // the API names the field and says what it takes
        }
        ApiResponse saved = gateway.exchange(client, HttpMethod.PUT, "/api/surveys/surveys/" + id + "/periods/" + period + "/population",
                Map.of("population", value), Map.of());
        flash(redirect, saved, "survey.setup.populationSaved");
        return "redirect:/survei/" + id + "?period=" + period;
    }

    @PostMapping("/survei/{id}/terbitkan")
    String publish(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            @RequestParam String period, RedirectAttributes redirect) {
        requireShape(ID, id);
        requireShape(PERIOD, period);
        ApiResponse published = gateway.exchange(client, HttpMethod.POST, "/api/surveys/surveys/" + id + "/periods/" + period + "/publish",
                null, Map.of());
        flash(redirect, published, published.status() == 200 ? "survey.setup.unchanged" : "survey.setup.published");
        return "redirect:/survei/" + id + "?period=" + period;
    }

    /** The printable A4 poster with the QR code of the public link, streamed from the survey API. */
    @GetMapping("/survei/{id}/poster.pdf")
    void poster(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String id,
            HttpServletResponse response) throws Exception {
        requireShape(ID, id);
        ApiResponse answer = gateway.download(client, "/api/surveys/surveys/" + id + "/poster.pdf", (headers, body) -> {
            response.setContentType("application/pdf");
            String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition : "inline; filename=\"poster.pdf\"");
            try (OutputStream out = response.getOutputStream()) {
                body.transferTo(out);
            }
        });
        if (!answer.ok()) {
            response.sendError(answer.status());
        }
    }

    private @Nullable JsonNode result(OAuth2AuthorizedClient client, String surveyId, String period) {
        ApiResponse result = gateway.get(client, "/api/surveys/surveys/" + surveyId + "/results?period=" + period);
        return result.ok() ? result.body() : null;
    }

    private static void flash(RedirectAttributes redirect, ApiResponse response, String doneKey) {
        if (response.ok()) {
            redirect.addFlashAttribute("done", doneKey);
        } else {
            ApiProblem problem = response.problem();
            redirect.addFlashAttribute("problem", problem);
        }
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

    private static void requireShape(Pattern shape, String value) {
        if (!shape.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
