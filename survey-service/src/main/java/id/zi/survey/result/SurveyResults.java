package id.zi.survey.result;

import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxRelay;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.survey.period.PeriodKey;
import id.zi.survey.response.PublicAnswering;
import id.zi.survey.response.ResponseStore;
import id.zi.survey.response.SurveyResponse;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyConflict;
import id.zi.survey.survey.SurveyLifecycle;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results of a survey's periods: computed from the stored responses whenever asked, and published (frozen
 * with their improvement plan) as numbered revisions, each announced on {@code zi.survey.result.v1}.
 */
public class SurveyResults {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    /** @param newRevision false when nothing changed since the last publication, which stands */
    public record Publication(PeriodResult result, boolean newRevision) {
    }

    private final SurveyLifecycle surveys;
    private final ResponseStore responses;
    private final PublishedResults published;
    private final OrgUnitProjection units;
    private final EventFactory events;
    private final OutboxRelay relay;
    private final JsonMapper json;
    private final Clock clock;

    public SurveyResults(SurveyLifecycle surveys, ResponseStore responses, PublishedResults published, OrgUnitProjection units,
            EventFactory events, OutboxRelay relay, JsonMapper json, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.published = published;
        this.units = units;
        this.events = events;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    /** The period's result from every response so far, with the latest publication of the period if there is one. */
    public PeriodResult live(Survey survey, PeriodKey period) {
        PeriodResult result = compute(survey, period);
        return result.withPublication(published.find(ResultEvents.resultId(survey.id(), period.toString()))
                .map(PeriodResult::published).orElse(null));
    }

    /**
     * Freezes the period's result with its improvement plan as the next revision and announces it. Publishing
     * again when nothing changed keeps the current revision.
     */
    public Publication publish(Caller caller, String surveyId, PeriodKey period) {
        Survey survey = surveys.writable(caller, surveyId);
        SurveyLifecycle.requireReportable(survey, period);
        PeriodResult result = normalized(compute(survey, period));
        if (result.respondents() == 0) {
            throw new SurveyConflict("Survey " + surveyId + " has no responses in " + period + "; there is nothing to publish", null);
        }
        String resultId = ResultEvents.resultId(survey.id(), period.toString());
        Optional<PeriodResult> before = published.find(resultId);
        if (before.isPresent() && before.get().withPublication(null).equals(result)) {
            return new Publication(before.get(), false);
        }
        long previous = before.map(r -> Objects.requireNonNull(r.published()).revision()).orElse(0L);
        Instant now = clock.instant();
        PeriodResult frozen = result.withPublication(new PeriodResult.Publication(previous + 1, now, caller.username()));
        PendingEvent event = events.create("result", "published", resultId, survey.unitId(), survey.orgPath(), previous + 1,
                ResultEvents.of(frozen, previous + 1, caller.username(), now));
        if (!published.save(frozen, previous, event)) {
            throw Problems.preconditionFailed("The result of " + period + " was published by someone else meanwhile; reload it");
        }
        relay.wakeUp();
        return new Publication(frozen, true);
    }

    /** The survey's responses of the period, oldest first; {@code upTo} leaves out those given after a publication. */
    public void responses(Survey survey, PeriodKey period, Instant upTo, Consumer<SurveyResponse> action) {
        responses.forEach(survey.unitId(), survey.id(), period.months(), response -> {
            if (!response.recordedAt().isAfter(upTo)) {
                action.accept(response);
            }
        });
    }

    private PeriodResult compute(Survey survey, PeriodKey period) {
        YearMonth asOf = YearMonth.from(clock.instant().atZone(PublicAnswering.WIB));
        Set<YearMonth> months = new LinkedHashSet<>(period.months());
        if (!survey.instrument().isSkm()) {
            months.addAll(period.lastThreeMonths(asOf));
        }
        Pool pool = new Pool();
        responses.forEach(survey.unitId(), survey.id(), months, pool::add);
        return ResultCalculator.compute(survey, units.nameOf(survey.unitId()), period, pool, asOf);
    }

    /** The result as it reads back from the store, so a stored publication and a fresh result compare equal when nothing changed. */
    private PeriodResult normalized(PeriodResult result) {
        return json.readValue(Document.parse(json.writeValueAsString(result)).toJson(RELAXED), PeriodResult.class);
    }
}
