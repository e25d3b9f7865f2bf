package id.zi.monitoring.monev;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The payload of every event on {@code zi.monitoring.monev.v1} (created, submitted, returned, approved); their
 * JSON Schemas are in contracts/. Each carries the unit's place in the tree, the period, and the numbers a
 * roll-up pools (rows due and done, Σ realisation over rows due, open recommendations), so no consumer needs a
 * lookup.
 */
public final class MonevEvents {

    private MonevEvents() {
    }

    /** Average realisation = numerator ÷ denominator (in %): pooled across units by summing both. */
    public record Ratio(int numerator, int denominator) {
    }

    /** A recommendation as the events carry it. */
    public record Given(String recommendationId, String text, @Nullable String rowId) {

        static Given of(Recommendation recommendation) {
            return new Given(recommendation.id(), recommendation.text(), recommendation.rowId());
        }
    }

    /**
     * @param openRecommendations the unit's recommendations still open after the event: those of earlier periods
     *                            not yet closed and those given in this period
     * @param notes               on {@code returned}: what the TPI asks the unit to change
     * @param recommendations     on {@code returned} and {@code approved}: the recommendations given with this step
     * @param recommendationsClosed on {@code approved}: earlier recommendations this approval closes
     */
    public record Payload(String monevId, String unitId, String orgPath, List<String> ancestors, int year, String period, String cadence,
            LocalDate periodStart, LocalDate periodEnd, String planId, int planRevision, String status, int rowsDue, int rowsDone,
            int rowsInProgress, int rowsNotStarted, Ratio realisation, int openRecommendations, @Nullable String notes,
            @Nullable List<Given> recommendations, @Nullable List<String> recommendationsClosed, Instant occurredAt) {

        static Payload of(Monev monev, int openRecommendations, Instant at) {
            Monev.Summary summary = monev.summary();
            MonevPeriod period = monev.span();
            return new Payload(monev.id(), monev.unitId(), monev.orgPath(), MonevEvents.ancestors(monev.orgPath()), monev.year(), monev.period(),
                    period.cadence().name(), period.start(), period.end(), monev.planId(), monev.planRevision(), monev.status().name(),
                    summary.rowsDue(), summary.rowsDone(), summary.rowsInProgress(), summary.rowsNotStarted(),
                    new Ratio(summary.realisationSum(), summary.rowsDue()), openRecommendations, null, null, null, at);
        }

        Payload returned(String why, List<Given> given) {
            return new Payload(monevId, unitId, orgPath, ancestors, year, period, cadence, periodStart, periodEnd, planId, planRevision,
                    status, rowsDue, rowsDone, rowsInProgress, rowsNotStarted, realisation, openRecommendations, why, given, null, occurredAt);
        }

        Payload approved(List<Given> given, List<String> closed) {
            return new Payload(monevId, unitId, orgPath, ancestors, year, period, cadence, periodStart, periodEnd, planId, planRevision,
                    status, rowsDue, rowsDone, rowsInProgress, rowsNotStarted, realisation, openRecommendations, null, given, closed,
                    occurredAt);
        }
    }

    /** The ids above the unit, root first: {@code /id/33/33.71/33.71.dpmptsp} → {@code [id, 33, 33.71]}. */
    static List<String> ancestors(String orgPath) {
        List<String> segments = Arrays.stream(orgPath.split("/")).filter(s -> !s.isEmpty()).toList();
        return segments.subList(0, segments.size() - 1);
    }
}
