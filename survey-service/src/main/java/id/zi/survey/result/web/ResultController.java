package id.zi.survey.result.web;

import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import id.zi.survey.period.PeriodKey;
import id.zi.survey.response.PublicAnswering;
import id.zi.survey.report.ResponseExport;
import id.zi.survey.result.PeriodResult;
import id.zi.survey.result.SurveyResults;
import id.zi.survey.survey.FollowUpItem;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyLifecycle;
import id.zi.survey.survey.web.Versions;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A survey's periods for the unit and its evaluators (within scope): the result computed from every response
 * so far, the population and improvement plan the unit enters (own unit), the publication, and the export of
 * the anonymised responses.
 */
@RestController
@RequestMapping("/api/surveys/surveys/{id}")
class ResultController {

    private final SurveyLifecycle surveys;
    private final SurveyResults results;
    private final Clock clock;

    ResultController(SurveyLifecycle surveys, SurveyResults results, Clock clock) {
        this.surveys = surveys;
        this.results = results;
        this.clock = clock;
    }

    record Population(@Nullable Long population, @Nullable Long version) {
    }

    record FollowUpPlan(@Nullable List<SurveyLifecycle.FollowUpInput> items, @Nullable Long version) {
    }

    record FollowUpView(String surveyId, String period, List<FollowUpItem> items, List<String> lowestElements, long version) {
    }

    /** @param period {@code 2026-Q1}, {@code 2026-S1} or {@code 2026}; the survey's current period when absent */
    @GetMapping("/results")
    ResponseEntity<PeriodResult> result(@PathVariable String id, @RequestParam(required = false) @Nullable String period) {
        Survey survey = readable(id);
        PeriodKey key = period == null ? PeriodKey.of(YearMonth.from(clock.instant().atZone(PublicAnswering.WIB)), survey.periodicity())
                : PeriodKey.parse(period, "period");
        return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(results.live(survey, key));
    }

    /** The service users of the period; the result then shows the minimum sample and the progress towards it. */
    @PutMapping("/periods/{period}/population")
    ResponseEntity<PeriodResult> population(@PathVariable String id, @PathVariable String period,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch, @RequestBody Population request) {
        PeriodKey key = PeriodKey.parse(period, "period");
        Survey survey = surveys.setPopulation(Callers.current(), id, key, request.population(), Versions.expected(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(results.live(survey, key));
    }

    @GetMapping("/periods/{period}/follow-up")
    ResponseEntity<FollowUpView> followUp(@PathVariable String id, @PathVariable String period) {
        Survey survey = readable(id);
        PeriodKey key = PeriodKey.parse(period, "period");
        return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(followUpView(survey, key));
    }

    /** The improvement plan of the period, replacing the saved one; it is published with the result. */
    @PutMapping("/periods/{period}/follow-up")
    ResponseEntity<FollowUpView> setFollowUp(@PathVariable String id, @PathVariable String period,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch, @RequestBody FollowUpPlan request) {
        PeriodKey key = PeriodKey.parse(period, "period");
        Survey survey = surveys.setFollowUp(Callers.current(), id, key, request.items(), Versions.expected(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(followUpView(survey, key));
    }

    /** 201 with a new revision; 200 with the standing one when nothing changed since it was published. */
    @PostMapping("/periods/{period}/publish")
    ResponseEntity<PeriodResult> publish(@PathVariable String id, @PathVariable String period) {
        SurveyResults.Publication publication = results.publish(Callers.current(), id, PeriodKey.parse(period, "period"));
        PeriodResult result = publication.result();
        URI location = URI.create("/api/surveys/public/results/units/" + result.unitId() + "/periods/" + result.period().key());
        return publication.newRevision() ? ResponseEntity.created(location).body(result) : ResponseEntity.ok().location(location).body(result);
    }

    /** Every response of the period so far, anonymised, as CSV or XLSX. */
    @GetMapping("/responses/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String id, @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String format) {
        Survey survey = readable(id);
        PeriodKey key = PeriodKey.parse(period, "period");
        ResponseExport.Format chosen = ResponseExport.Format.named(format);
        Instant upTo = clock.instant();
        StreamingResponseBody body = out -> ResponseExport.write(chosen, survey, key.toString(),
                row -> results.responses(survey, key, upTo, row), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.contentType())).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("responden-" + survey.serviceType().code() + "-" + key + "." + chosen.extension()).build().toString())
                .body(body);
    }

    private FollowUpView followUpView(Survey survey, PeriodKey key) {
        List<FollowUpItem> items = survey.followUp(key.toString()).map(plan -> plan.items()).orElse(List.of());
        return new FollowUpView(survey.id(), key.toString(), items, results.live(survey, key).lowestElements(), survey.version());
    }

    private Survey readable(String id) {
        Caller caller = Callers.current();
        return surveys.get(caller, id).orElseThrow(() -> Problems.notFound("Survey", id));
    }
}
