package id.zi.survey.response;

import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxRelay;
import id.zi.platform.events.PendingEvent;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyLifecycle;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Takes a respondent's answers through the public link, without login. A submission is identified by its
 * idempotency key: the first one is stored with its event in one insert; a retry with the same answers gets
 * the stored response back and counts nothing; a different submission under the same key is refused.
 */
public class PublicAnswering {

    /** Indonesia's western time: a response at 00:30 on 1 April in Jakarta counts in the second quarter. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** @param replayed whether the key had been used before for the same submission: nothing new was stored */
    public record Outcome(SurveyResponse response, boolean replayed) {
    }

    /** The key was used before for a different submission (409). */
    public static class KeyReused extends RuntimeException {

        KeyReused(String responseId) {
            super("This Idempotency-Key was already used for a different submission (response " + responseId
                    + "); make a new key for a new submission and reuse a key only to retry the same one");
        }
    }

    private final SurveyLifecycle surveys;
    private final ResponseStore store;
    private final EventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public PublicAnswering(SurveyLifecycle surveys, ResponseStore store, EventFactory events, OutboxRelay relay, Clock clock) {
        this.surveys = surveys;
        this.store = store;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Outcome submit(String publicId, @Nullable String idempotencyKey, @Nullable JsonNode answers, @Nullable JsonNode profile) {
        Survey survey = surveys.publicSurvey(publicId);
        return answer(survey, IdempotencyKey.check(idempotencyKey), answers, profile, clock.instant());
    }

    /**
     * Records a response given at {@code at}. A retry is recognised before the answers are checked again, so a
     * response accepted under one instrument version is still returned after the unit moved to the next.
     */
    public Outcome answer(Survey survey, String key, @Nullable JsonNode answers, @Nullable JsonNode profile, Instant at) {
        String id = IdempotencyKey.responseId(survey.id(), key);
        String fingerprint = IdempotencyKey.fingerprint(answers, profile);
        Optional<Outcome> earlier = earlier(id, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ResponseRules.Checked checked = ResponseRules.check(survey.current(), answers, profile);
        YearMonth month = YearMonth.from(at.atZone(WIB));
        SurveyResponse response = new SurveyResponse(id, survey.id(), survey.unitId(), survey.orgPath(), survey.instrument(),
                survey.current().version(), survey.serviceType().code(), month, at, checked.answers(), checked.profile(), fingerprint);
        if (!store.insert(response, recorded(survey, response))) {
            // two retries raced: the other one stored it
            return earlier(id, fingerprint).orElseThrow(() -> new IllegalStateException("response " + id + " exists and vanished"));
        }
        relay.wakeUp();
        return new Outcome(response, false);
    }

    private Optional<Outcome> earlier(String id, String fingerprint) {
        return store.find(id).map(stored -> {
            if (!stored.fingerprint().equals(fingerprint)) {
                throw new KeyReused(id);
            }
            return new Outcome(stored, true);
        });
    }

    private PendingEvent recorded(Survey survey, SurveyResponse response) {
        YearMonth month = response.month();
        ResponseEvents.Recorded payload = new ResponseEvents.Recorded(response.id(), survey.id(), survey.unitId(), survey.orgPath(),
                ResponseEvents.ancestors(survey.orgPath()), survey.instrument().name(), response.instrumentVersion(),
                survey.current().highestAnswer(), new ResponseEvents.ServiceTypeRef(survey.serviceType().code(), survey.serviceType().name()),
                new ResponseEvents.Period(month.getYear(), (month.getMonthValue() - 1) / 3 + 1, (month.getMonthValue() - 1) / 6 + 1,
                        month.toString()), response.answers(), response.profile().isEmpty() ? null : response.profile().given(),
                response.recordedAt());
        return events.create("response", "recorded", response.id(), survey.unitId(), survey.orgPath(), 1, payload);
    }
}
