package id.zi.survey.response;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The payload of {@code recorded} on {@code zi.survey.response.v1} (schema in contracts/): the anonymised
 * answers with the unit's place in the tree, the instrument version and the periods the response counts in,
 * so a roll-up can tally responses across units without asking this service.
 */
public final class ResponseEvents {

    private ResponseEvents() {
    }

    public record ServiceTypeRef(String code, String name) {
    }

    /** @param month the calendar month (WIB) the response was given in, e.g. 2026-02 */
    public record Period(int year, int quarter, int semester, String month) {
    }

    public record Recorded(String responseId, String surveyId, String unitId, String orgPath, List<String> ancestors, String instrument,
            int instrumentVersion, int highestAnswer, ServiceTypeRef serviceType, Period period, Map<String, Integer> answers,
            @Nullable Map<String, String> profile, Instant occurredAt) {
    }

    /** The ids above the unit, root first: {@code /id/33/33.71/33.71.dpmptsp} → {@code [id, 33, 33.71]}. */
    public static List<String> ancestors(String orgPath) {
        List<String> segments = Arrays.stream(orgPath.split("/")).filter(s -> !s.isEmpty()).toList();
        return segments.subList(0, segments.size() - 1);
    }
}
