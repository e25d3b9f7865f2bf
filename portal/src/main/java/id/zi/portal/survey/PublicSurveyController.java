package id.zi.portal.survey;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The survey behind a unit's QR code, for a respondent's phone: no sign-in, large touch targets, in Bahasa
 * Indonesia. The page sends the answers itself, straight to the public API through the gateway, so the
 * gateway limits each respondent by their own address; a retry after a lost connection reuses the key the
 * page was rendered with, so the answers count once.
 */
@Controller
class PublicSurveyController {

    private static final Pattern PUBLIC_ID = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final PublicSurveys surveys;

    PublicSurveyController(PublicSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/s/{publicId}")
    String survey(@PathVariable String publicId, Model model) {
        if (!PUBLIC_ID.matcher(publicId).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PublicSurveys.Form form = surveys.form(publicId);
        if (!form.found()) {
            model.addAttribute("gone", form.status() == 410);
            return "survey/unavailable";
        }
        model.addAttribute("form", form.definition());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "survey/form";
    }
}
