package id.zi.survey.response;

import id.zi.survey.survey.Instrument;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

/**
 * One anonymised response: the answers by element code, the optional profile, the instrument version it
 * answered and when (the month decides its periods). No address, no browser, no name is kept.
 *
 * @param id          derived from the survey and the client's idempotency key, so a retry finds it
 * @param fingerprint of the answers and profile as sent: a retry must send the same ones
 */
public record SurveyResponse(String id, String surveyId, String unitId, String orgPath, Instrument instrument, int instrumentVersion,
        String serviceTypeCode, YearMonth month, Instant recordedAt, Map<String, Integer> answers, Profile profile, String fingerprint) {

    public SurveyResponse {
        answers = Map.copyOf(answers);
    }
}
