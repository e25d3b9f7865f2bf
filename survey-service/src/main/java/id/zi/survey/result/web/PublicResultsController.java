package id.zi.survey.result.web;

import id.zi.platform.problem.Problems;
import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.survey.period.PeriodKey;
import id.zi.survey.report.ResponseExport;
import id.zi.survey.report.SurveyReport;
import id.zi.survey.result.PeriodResult;
import id.zi.survey.result.PublishedResults;
import id.zi.survey.result.SurveyResults;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The open results (no token): what each unit published, per period, as PermenPANRB 14/2017 asks units to
 * publish their IKM; the Laporan SKM as a PDF; and the anonymised responses behind a publication. Only
 * published periods are shown, each as its latest revision, and a publication shows the responses it
 * counted, not those that came after it.
 */
@RestController
@RequestMapping("/api/surveys/public/results/units/{unitId}")
class PublicResultsController {

    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    /** SKM first, as the Laporan is named after it, then the perception surveys. */
    private static final List<String> INSTRUMENT_ORDER = List.of("SKM", "SPKP", "SPAK");

    private final PublishedResults published;
    private final SurveyStore surveys;
    private final SurveyResults results;
    private final OrgUnitProjection units;

    PublicResultsController(PublishedResults published, SurveyStore surveys, SurveyResults results, OrgUnitProjection units) {
        this.published = published;
        this.surveys = surveys;
        this.results = results;
        this.units = units;
    }

    record Summary(String surveyId, String instrument, String indexName, String title, PeriodResult.ServiceTypeView serviceType, String period,
            long respondents, @Nullable Double index, @Nullable Double ikm, @Nullable BigDecimal ikmDisplayed, @Nullable String grade,
            @Nullable String performance, @Nullable Double conversion, @Nullable Double lkeValue, long revision, Instant publishedAt) {
    }

    record UnitResults(String unitId, String unitName, List<Summary> results) {
    }

    record PeriodResults(String unitId, String unitName, String period, List<PeriodResult> results) {
    }

    @GetMapping
    ResponseEntity<UnitResults> unit(@PathVariable String unitId) {
        List<Summary> summaries = published.ofUnit(unitId).stream().map(PublicResultsController::summary).toList();
        return ResponseEntity.ok().cacheControl(SHORT).body(new UnitResults(unitId, units.nameOf(unitId), summaries));
    }

    @GetMapping("/periods/{period}")
    ResponseEntity<PeriodResults> period(@PathVariable String unitId, @PathVariable String period) {
        PeriodKey key = PeriodKey.parse(period, "period");
        List<PeriodResult> found = publishedIn(unitId, key);
        return ResponseEntity.ok().cacheControl(SHORT).body(new PeriodResults(unitId, units.nameOf(unitId), key.toString(), found));
    }

    @GetMapping("/periods/{period}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String unitId, @PathVariable String period) {
        PeriodKey key = PeriodKey.parse(period, "period");
        List<PeriodResult> found = publishedIn(unitId, key);
        byte[] pdf = SurveyReport.render(found.getFirst().unitName(), units.parentNameOf(unitId).orElse(null), key.toString(), found);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(SHORT)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("laporan-survei-" + unitId + "-" + key + ".pdf").build()
                        .toString())
                .body(pdf);
    }

    /** The responses a publication counted, anonymised; {@code surveyId} picks the survey when the unit published several. */
    @GetMapping("/periods/{period}/responses/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String unitId, @PathVariable String period,
            @RequestParam(required = false) @Nullable String surveyId, @RequestParam(required = false) @Nullable String format) {
        PeriodKey key = PeriodKey.parse(period, "period");
        ResponseExport.Format chosen = ResponseExport.Format.named(format);
        List<PeriodResult> found = publishedIn(unitId, key);
        PeriodResult result;
        if (surveyId != null) {
            result = found.stream().filter(r -> r.surveyId().equals(surveyId)).findFirst()
                    .orElseThrow(() -> Problems.notFound("Published result of survey", surveyId + " in " + key));
        } else if (found.size() == 1) {
            result = found.getFirst();
        } else {
            throw new InvalidSurveyInput("surveyId", "unit " + unitId + " published " + found.size() + " surveys for " + key + "; choose one of "
                    + String.join(", ", found.stream().map(PeriodResult::surveyId).toList()));
        }
        Survey survey = surveys.findById(result.surveyId()).orElseThrow(() -> Problems.notFound("Survey", result.surveyId()));
        Instant upTo = Objects.requireNonNull(result.published()).publishedAt();
        StreamingResponseBody body = out -> ResponseExport.write(chosen, survey, key.toString(), row -> results.responses(survey, key, upTo, row), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.contentType())).cacheControl(SHORT)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("responden-" + unitId + "-" + survey.serviceType().code() + "-" + key + "." + chosen.extension()).build().toString())
                .body(body);
    }

    /** The unit's published results of the period, without who pressed publish; 404 when nothing was published. */
    private List<PeriodResult> publishedIn(String unitId, PeriodKey key) {
        List<PeriodResult> found = published.ofUnit(unitId, key.toString()).stream()
                .sorted(Comparator.comparingInt((PeriodResult r) -> INSTRUMENT_ORDER.indexOf(r.instrument()))
                        .thenComparing(r -> r.serviceType().code()))
                .map(PublicResultsController::withoutPublisher).toList();
        if (found.isEmpty()) {
            throw Problems.notFound("Published result of unit " + unitId + " for", key.toString());
        }
        return found;
    }

    private static PeriodResult withoutPublisher(PeriodResult result) {
        PeriodResult.Publication publication = Objects.requireNonNull(result.published());
        return result.withPublication(new PeriodResult.Publication(publication.revision(), publication.publishedAt(), null));
    }

    private static Summary summary(PeriodResult result) {
        PeriodResult.Publication publication = Objects.requireNonNull(result.published());
        return new Summary(result.surveyId(), result.instrument(), result.indexName(), result.title(), result.serviceType(), result.period().key(),
                result.respondents(), result.index(), result.ikm(), result.ikmDisplayed(), result.grade(), result.performance(), result.conversion(),
                result.lkeValue(), publication.revision(), publication.publishedAt());
    }
}
