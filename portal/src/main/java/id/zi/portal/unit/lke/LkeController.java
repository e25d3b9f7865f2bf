package id.zi.portal.unit.lke;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.unit.UnitPages;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's LKE self-assessment: every question with its criteria, the score recomputed by the public
 * calculator as answers change (htmx, nothing saved), and the save of the unit's side with its version.
 */
@Controller
class LkeController {

    private final Gateway gateway;

    LkeController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/lke")
    String page(@RequestParam(name = "tahun", required = false) @Nullable Integer year, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        String unit = UnitPages.unitOf(user);
        List<Integer> years = planYears(client, unit);
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.getFirst();
        model.addAttribute("lke", read(client, unit, shown));
        model.addAttribute("years", years);
        model.addAttribute("typed", Map.of());
        model.addAttribute("fields", UnitPages.fieldsOf(model));
        return "unit/lke";
    }

    /** The score of the answers as the form has them now, from the public calculator: nothing is saved. */
    @PostMapping("/lke/skor")
    String score(@RequestParam int year, @RequestParam Map<String, String> form, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model) {
        LkePage stored = read(client, UnitPages.unitOf(user), year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers(stored, form, false));
        body.put("hasWbk", form.containsKey("hasWbk"));
        ApiResponse response = gateway.exchange(null, HttpMethod.POST, "/api/monitoring/lke/score", body, Map.of());
        if (response.ok() && response.body() != null) {
            model.addAttribute("score", LkePage.Score.of(response.body()));
        } else {
            model.addAttribute("score", stored.score());
            model.addAttribute("scoreProblem", response.problem());
        }
        return "unit/lke :: score";
    }

    @PostMapping("/lke")
    String save(@RequestParam int year, @RequestParam long version, @RequestParam Map<String, String> form, @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        String unit = UnitPages.unitOf(user);
        LkePage stored = read(client, unit, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers(stored, form, true));
        body.put("hasWbk", form.containsKey("hasWbk"));
        ApiResponse saved = gateway.exchange(client, HttpMethod.PATCH, "/api/monitoring/assessments/" + unit + "/" + year + "/self", body,
                Map.of(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        if (saved.ok()) {
            UnitPages.success(redirect, "unit.lke.saved");
            return "redirect:/lke?tahun=" + year;
        }
        ApiProblem problem = saved.problem();
        response.setStatus(problem != null && problem.status() == 412 ? 409 : 422);
        model.addAttribute("lke", stored);
        model.addAttribute("years", planYears(client, unit));
        model.addAttribute("typed", form);
        model.addAttribute("notice", UnitPages.notice(problem));
        model.addAttribute("fields", UnitPages.fields(problem));
        return "unit/lke";
    }

    /**
     * The answers as the API takes them, from the form's {@code answer:<id>} and {@code count:<id>:<key>} fields.
     * On save each is an entry {@code {"answer": …}} and a question emptied in the form is sent as null (cleared); for the
     * calculator each is the bare answer and an empty one is left out.
     */
    static Map<String, Object> answers(LkePage stored, Map<String, String> form, boolean forSave) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (LkePage.Question question : stored.questions()) {
            Object answer = null;
            if ("COUNTS".equals(question.kind())) {
                Map<String, Object> counts = new LinkedHashMap<>();
                for (LkePage.Input input : question.inputs()) {
                    String typed = form.get("count:" + question.id() + ":" + input.key());
                    if (typed != null && !typed.isBlank()) {
                        counts.put(input.key(), number(typed));
                    }
                }
                answer = counts.isEmpty() ? null : counts;
            } else {
                String typed = form.get("answer:" + question.id());
                if (typed != null && !typed.isBlank()) {
                    answer = "INDEX".equals(question.kind()) ? number(typed) : typed;
                }
            }
            if (answer != null) {
                // the assessment takes an entry per question (answer, notes, evidence); the calculator the bare answer
                answers.put(question.id(), forSave ? Map.of("answer", answer) : answer);
            } else if (forSave && question.answered()) {
                answers.put(question.id(), null);
            }
        }
        return answers;
    }

    private static Object number(String typed) {
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    private LkePage read(OAuth2AuthorizedClient client, String unit, int year) {
        ApiResponse response = gateway.get(client, "/api/monitoring/assessments/" + unit + "/" + year);
        if (!response.ok() || response.body() == null) {
            throw new ApiProblemException(response.problem());
        }
        return LkePage.of(response.body());
    }

    private List<Integer> planYears(OAuth2AuthorizedClient client, String unit) {
        List<Integer> years = new ArrayList<>();
        gateway.read(client, "/api/planning/plans?unitId=" + unit + "&size=50").forEach(plan -> years.add(plan.path("year").asInt()));
        years.sort(Comparator.reverseOrder());
        return years;
    }
}
