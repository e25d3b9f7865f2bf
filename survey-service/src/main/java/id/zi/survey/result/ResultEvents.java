package id.zi.survey.result;

import id.zi.survey.response.ResponseEvents;
import id.zi.survey.survey.FollowUpItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The payload of {@code published} on {@code zi.survey.result.v1} (schema in contracts/): a period's result
 * as the unit published it, with every element's sum and count, so a roll-up pools units by adding
 * numerators and denominators and divides last, and with the unit's ancestors and the period so that any
 * level of the tree is a group-by. A later revision of the same period replaces the earlier one.
 */
public final class ResultEvents {

    private ResultEvents() {
    }

    public record Period(String key, String kind, int year, @Nullable Integer quarter, @Nullable Integer semester, LocalDate from, LocalDate to) {
    }

    public record ServiceTypeRef(String code, String name) {
    }

    /** @param mean SPAK/SPKP on the scale asked; {@code nrr} for the SKM */
    public record Element(String code, String name, double weight, long sum, long answers, @Nullable Double nrr, @Nullable Double mean,
            @Nullable Double converted) {
    }

    public record Published(String resultId, long revision, String surveyId, String unitId, String unitName, String orgPath,
            List<String> ancestors, String instrument, int instrumentVersion, ServiceTypeRef serviceType, Period period, long respondents,
            List<Element> elements, double index, @Nullable String weightPolicy, @Nullable Double ikm, @Nullable BigDecimal ikmDisplayed,
            @Nullable String grade, @Nullable String performance, @Nullable String scalePolicy, @Nullable Integer highestAnswer,
            @Nullable Double conversion, @Nullable Double lkeValue, @Nullable Long population, @Nullable Long minimumSample,
            List<String> lowestElements, List<FollowUpItem> followUp, String publishedBy, Instant occurredAt) {
    }

    /** {@code <surveyId>:<period>}: one result per survey and period, revised on each publication. */
    public static String resultId(String surveyId, String period) {
        return surveyId + ":" + period;
    }

    static Published of(PeriodResult result, long revision, String publishedBy, Instant at) {
        PeriodResult.PeriodView period = result.period();
        return new Published(resultId(result.surveyId(), period.key()), revision, result.surveyId(), result.unitId(), result.unitName(),
                result.orgPath(), ResponseEvents.ancestors(result.orgPath()), result.instrument(), result.instrumentVersion(),
                new ServiceTypeRef(result.serviceType().code(), result.serviceType().name()),
                new Period(period.key(), period.kind(), period.year(), period.quarter(), period.semester(), period.from(), period.to()),
                result.respondents(), result.elements().stream().map(e -> new Element(e.code(), e.name(), e.weight(), e.sum(), e.answers(),
                        e.nrr(), e.mean(), e.converted())).toList(),
                java.util.Objects.requireNonNull(result.index(), "a published result has an index"), result.weightPolicy(), result.ikm(),
                result.ikmDisplayed(), result.grade(), result.performance(), result.scalePolicy(), result.highestAnswer(), result.conversion(),
                result.lkeValue(), result.sample().population(), result.sample().minimumSample(), result.lowestElements(), result.followUp(),
                publishedBy, at);
    }
}
