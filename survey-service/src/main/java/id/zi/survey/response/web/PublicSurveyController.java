package id.zi.survey.response.web;

import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.survey.response.FormDefinition;
import id.zi.survey.response.IdempotencyKey;
import id.zi.survey.response.PublicAnswering;
import id.zi.survey.response.SurveyResponse;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyLifecycle;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The public side of a survey (no token; the gateway limits it per client and per survey): the form behind
 * the QR code, and the submission of answers. Nothing about the client is stored: no address, no browser.
 */
@RestController
@RequestMapping("/api/surveys/public")
class PublicSurveyController {

    private final SurveyLifecycle surveys;
    private final PublicAnswering answering;
    private final OrgUnitProjection units;

    PublicSurveyController(SurveyLifecycle surveys, PublicAnswering answering, OrgUnitProjection units) {
        this.surveys = surveys;
        this.answering = answering;
        this.units = units;
    }

    /** @param answers element code → answer; @param profile optional respondent profile */
    record Submission(@Nullable JsonNode answers, @Nullable JsonNode profile) {
    }

    /**
     * @param replayed true when this key was already used for the same answers: nothing new was counted
     * @param month    the month the response counts in
     */
    record Receipt(String responseId, boolean replayed, int instrumentVersion, String month, String message) {
    }

    @GetMapping("/{publicId}")
    ResponseEntity<FormDefinition> form(@PathVariable String publicId) {
        Survey survey = surveys.publicSurvey(publicId);
        FormDefinition form = FormDefinition.of(survey, units.nameOf(survey.unitId()), units.parentNameOf(survey.unitId()).orElse(null));
        // short: a revoked link or a new instrument version reaches phones within a minute
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()).body(form);
    }

    /** 201 for a new response; 200 with the same response for a retry; 409 for other answers under a used key. */
    @PostMapping("/{publicId}/responses")
    ResponseEntity<Receipt> submit(@PathVariable String publicId, @RequestHeader(value = IdempotencyKey.HEADER, required = false) @Nullable String key,
            @RequestBody(required = false) @Nullable Submission submission) {
        PublicAnswering.Outcome outcome = answering.submit(publicId, key, submission == null ? null : submission.answers(),
                submission == null ? null : submission.profile());
        SurveyResponse response = outcome.response();
        Receipt receipt = new Receipt(response.id(), outcome.replayed(), response.instrumentVersion(), response.month().toString(),
                outcome.replayed() ? "Jawaban Anda sudah kami terima sebelumnya. Terima kasih." : "Terima kasih, jawaban Anda sudah kami terima.");
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(receipt);
    }
}
