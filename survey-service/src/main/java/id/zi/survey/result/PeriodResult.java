package id.zi.survey.result;

import id.zi.survey.survey.FollowUpItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A survey's result for one period, computed from its responses, all values unrounded except
 * {@code ikmDisplayed} (the IKM as published, which the grade is read from). The SKM fills the IKM and
 * grade; SPAK and SPKP fill the 4-point index, its conversion, its LKE value and the three-month window.
 * Published results are this record frozen with their {@code published} revision.
 *
 * @param instrumentVersion          the version the result is read against: the latest one answered in the period
 * @param instrumentVersionsAnswered every version answered in the period; elements are pooled by code
 * @param lowestElements             the three lowest elements (more on a tie), which the improvement plan addresses
 */
public record PeriodResult(String surveyId, String unitId, String unitName, String orgPath, String instrument, String indexName,
        int instrumentVersion, List<Integer> instrumentVersionsAnswered, ServiceTypeView serviceType, String title, PeriodView period,
        long respondents, List<ElementResult> elements, @Nullable Double index, @Nullable String weightPolicy, @Nullable Double ikm,
        @Nullable BigDecimal ikmDisplayed, @Nullable String grade, @Nullable String performance, @Nullable String scalePolicy,
        @Nullable Integer highestAnswer, @Nullable Double conversion, @Nullable Double lkeValue, @Nullable List<MonthResult> months,
        @Nullable Window lastThreeMonths, Sample sample, Map<String, Map<String, Long>> profile, List<String> lowestElements,
        List<FollowUpItem> followUp, @Nullable Publication published) {

    public record ServiceTypeView(String code, String name) {
    }

    /** @param key {@code 2026-Q1}, {@code 2026-S1} or {@code 2026} */
    public record PeriodView(String key, String kind, int year, @Nullable Integer quarter, @Nullable Integer semester, LocalDate from,
            LocalDate to) {
    }

    /**
     * @param sum     numerator: the answers added up
     * @param answers denominator: how many respondents answered it
     * @param nrr     SKM: the element's nilai rata-rata (sum ÷ answers, 1–4)
     * @param mean    SPAK/SPKP: the mean on the scale asked (stars)
     * @param converted SPAK/SPKP: the mean on the 4-point scale under the scale policy
     */
    public record ElementResult(String code, String name, double weight, long sum, long answers, @Nullable Double nrr, @Nullable Double mean,
            @Nullable Double converted) {

        /** The value the element is ranked by: its NRR, or its converted mean. */
        double value() {
            return nrr != null ? nrr : converted != null ? converted : Double.NaN;
        }
    }

    /** SPAK/SPKP per calendar month of the period; {@code index} absent while a statement has no answer that month. */
    public record MonthResult(String month, long respondents, @Nullable Double index) {
    }

    /**
     * The last three calendar months up to the period's end (or up to today while it runs): SE MenPANRB 04/2023
     * takes IPAK and IPKP as the mean over at least the last three months. {@code index} pools every response
     * of the window; {@code meanOfMonthlyIndices} is the plain mean of the months' own indices, shown beside it.
     */
    public record Window(String from, String to, long respondents, @Nullable Double index, @Nullable Double meanOfMonthlyIndices,
            @Nullable Double conversion, @Nullable Double lkeValue) {
    }

    /**
     * @param rule        how the minimum was set
     * @param progress    respondents ÷ minimum sample (1 = reached)
     * @param stillNeeded responses still missing to reach the minimum
     */
    public record Sample(@Nullable Long population, @Nullable Long minimumSample, String rule, @Nullable Double progress,
            @Nullable Long stillNeeded) {
    }

    /** @param publishedBy who published it; left out of the public views */
    public record Publication(long revision, Instant publishedAt, @Nullable String publishedBy) {
    }

    public PeriodResult withPublication(@Nullable Publication publication) {
        return new PeriodResult(surveyId, unitId, unitName, orgPath, instrument, indexName, instrumentVersion, instrumentVersionsAnswered,
                serviceType, title, period, respondents, elements, index, weightPolicy, ikm, ikmDisplayed, grade, performance, scalePolicy,
                highestAnswer, conversion, lkeValue, months, lastThreeMonths, sample, profile, lowestElements, followUp, publication);
    }
}
