package id.zi.monitoring.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * One published SPAK or SPKP result of a unit, as much of it as pooling needs.
 *
 * @param policy     how the answers became the 4-point scale (NATIVE_4, RATIO_6_TO_4, LINEAR_6_TO_4)
 * @param statements each statement's answer count and mean on the 4-point scale
 */
public record PublishedResult(String resultId, String surveyId, String instrument, String period, LocalDate from, LocalDate to, String policy,
        int respondents, List<Statement> statements) {

    public PublishedResult {
        statements = List.copyOf(statements);
    }

    public record Statement(String code, long answers, double converted) {
    }

    boolean overlaps(PublishedResult other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    long days() {
        return to.toEpochDay() - from.toEpochDay();
    }
}
