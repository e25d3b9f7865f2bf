package id.zi.portal.survey;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The survey results units published, open to everyone as PermenPANRB 14/2017 asks: per unit, and per period in detail. */
@Controller
class PublicResultsController {

    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-S[12])?");

    private final PublicSurveys surveys;

    PublicResultsController(PublicSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/hasil/{unitId}")
    String unit(@PathVariable String unitId, Model model) {
        requireShape(UNIT_ID, unitId);
        model.addAttribute("unitId", unitId);
        model.addAttribute("results", surveys.results("/api/surveys/public/results/units/{unitId}", unitId).orElse(null));
        return "survey/results";
    }

    @GetMapping("/hasil/{unitId}/{period}")
    String period(@PathVariable String unitId, @PathVariable String period, Model model) {
        requireShape(UNIT_ID, unitId);
        requireShape(PERIOD, period);
        model.addAttribute("unitId", unitId);
        model.addAttribute("period", period);
        model.addAttribute("results", surveys.results("/api/surveys/public/results/units/{unitId}/periods/{period}", unitId, period).orElse(null));
        return "survey/period";
    }

    private static void requireShape(Pattern shape, String value) {
        if (!shape.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
