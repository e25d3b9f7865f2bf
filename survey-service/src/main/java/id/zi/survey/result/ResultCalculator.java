package id.zi.survey.result;

import id.zi.survey.index.KrejcieMorgan;
import id.zi.survey.index.PerceptionIndex;
import id.zi.survey.index.PerceptionResult;
import id.zi.survey.index.ScalePolicy;
import id.zi.survey.index.SkmIndex;
import id.zi.survey.index.SkmResult;
import id.zi.survey.index.Tally;
import id.zi.survey.index.WeightPolicy;
import id.zi.survey.period.PeriodKey;
import id.zi.survey.survey.FollowUp;
import id.zi.survey.survey.InstrumentVersion;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyElement;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A period's result from its pooled responses, with the index rules of {@code id.zi.survey.index}: the SKM's
 * NRR, index, IKM and grade under the survey's weight policy; IPAK/IPKP under its scale policy with the
 * three-month window; the minimum sample and progress; the lowest elements.
 *
 * <p>Elements are pooled by code across the instrument versions answered in the period and read against the
 * latest of them: an element a later version added counts the respondents who were asked it (NRR = sum ÷
 * those who answered), and one it dropped is left out.
 */
public final class ResultCalculator {

    /** SE MenPANRB 04/2023: SPAK and SPKP need at least 30 respondents per unit, fewer only where fewer are served. */
    static final long PERCEPTION_FLOOR = 30;
    static final int LOWEST_SHOWN = 3;

    private ResultCalculator() {
    }

    /**
     * @param responses the survey's responses in the period and in the three-month window of
     *                  {@link PeriodKey#lastThreeMonths}, pooled by month
     * @param asOf      the month it is now (WIB); a running period's window ends here
     */
    public static PeriodResult compute(Survey survey, String unitName, PeriodKey period, Pool responses, YearMonth asOf) {
        Pool pool = responses.of(period.months());
        InstrumentVersion version = pool.versions().isEmpty() ? survey.current()
                : survey.version(pool.versions().last()).orElse(survey.current());
        Map<String, Tally> tallies = new LinkedHashMap<>();
        version.codes().forEach(code -> tallies.put(code, pool.tally(code)));
        long respondents = pool.respondents();
        PeriodResult.PeriodView periodView = new PeriodResult.PeriodView(period.toString(), period.kind().name(), period.year(),
                period.quarter(), period.semester(), period.from(), period.to());
        List<PeriodResult.ElementResult> elements = new ArrayList<>();
        Double index = null;
        Double ikm = null;
        BigDecimal ikmDisplayed = null;
        String grade = null;
        String performance = null;
        Double conversion = null;
        Double lkeValue = null;
        List<PeriodResult.MonthResult> months = null;
        PeriodResult.Window window = null;
        if (survey.instrument().isSkm()) {
            WeightPolicy policy = Objects.requireNonNull(survey.weightPolicy());
            SkmResult result = respondents == 0 ? null : SkmIndex.fromTallies(version.skmInstrument(), tallies, policy, respondents);
            for (int i = 0; i < version.elements().size(); i++) {
                SurveyElement element = version.elements().get(i);
                Tally tally = tallies.get(element.code());
                elements.add(new PeriodResult.ElementResult(element.code(), element.name(),
                        result == null ? element.weight() : result.elements().get(i).weight(), tally.sum(), tally.answers(),
                        result == null ? null : result.elements().get(i).nrr(), null, null));
            }
            if (result != null) {
                index = result.index();
                ikm = result.ikm();
                ikmDisplayed = result.displayedIkm();
                grade = result.grade().name();
                performance = result.grade().performance();
            }
        } else {
            ScalePolicy policy = Objects.requireNonNull(survey.scalePolicy());
            PerceptionResult result = respondents == 0 ? null : perception(survey, policy, tallies, respondents);
            for (int i = 0; i < version.elements().size(); i++) {
                SurveyElement element = version.elements().get(i);
                Tally tally = tallies.get(element.code());
                elements.add(new PeriodResult.ElementResult(element.code(), element.name(), element.weight(), tally.sum(), tally.answers(), null,
                        result == null ? null : result.items().get(i).mean(), result == null ? null : result.items().get(i).converted()));
            }
            if (result != null) {
                index = result.index();
                conversion = result.conversion();
                lkeValue = result.lkeValue();
            }
            months = new ArrayList<>();
            for (YearMonth month : period.months()) {
                Pool one = responses.of(List.of(month));
                months.add(new PeriodResult.MonthResult(month.toString(), one.respondents(), indexOf(survey, version, policy, one)));
            }
            window = window(survey, version, policy, responses, period.lastThreeMonths(asOf));
        }
        return new PeriodResult(survey.id(), survey.unitId(), unitName, survey.orgPath(), survey.instrument().name(),
                survey.instrument().indexName(), version.version(), List.copyOf(pool.versions()),
                new PeriodResult.ServiceTypeView(survey.serviceType().code(), survey.serviceType().name()), survey.title(), periodView,
                respondents, elements, index, survey.weightPolicy() == null ? null : survey.weightPolicy().name(), ikm, ikmDisplayed, grade,
                performance, survey.scalePolicy() == null ? null : survey.scalePolicy().name(),
                survey.instrument().isSkm() ? null : version.highestAnswer(), conversion, lkeValue, months, window,
                sample(survey, period, respondents), pool.profile(), lowest(elements),
                survey.followUp(period.toString()).map(FollowUp::items).orElse(List.of()), null);
    }

    /** The minimum sample for the period's population, and how far the responses have come towards it. */
    static PeriodResult.Sample sample(Survey survey, PeriodKey period, long respondents) {
        Long population = survey.population(period.toString()).orElse(null);
        Long minimum;
        String rule;
        if (survey.instrument().isSkm()) {
            rule = "Krejcie-Morgan (PermenPANRB 14/2017, Lampiran II)";
            minimum = population == null ? null : KrejcieMorgan.minimumSample(population);
        } else {
            rule = "Krejcie-Morgan, and at least " + PERCEPTION_FLOOR + " respondents unless fewer are served (SE MenPANRB 04/2023)";
            minimum = population == null ? PERCEPTION_FLOOR
                    : Math.max(KrejcieMorgan.minimumSample(population), Math.min(PERCEPTION_FLOOR, population));
        }
        if (minimum == null) {
            return new PeriodResult.Sample(null, null, rule, null, null);
        }
        return new PeriodResult.Sample(population, minimum, rule, (double) respondents / minimum, Math.max(0, minimum - respondents));
    }

    /** The lowest {@value #LOWEST_SHOWN} elements by NRR (or converted mean); a tie with the last one is shown too. */
    static List<String> lowest(List<PeriodResult.ElementResult> elements) {
        List<PeriodResult.ElementResult> ranked = elements.stream().filter(element -> element.answers() > 0)
                .sorted(Comparator.comparingDouble(PeriodResult.ElementResult::value)).toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        double cut = ranked.get(Math.min(LOWEST_SHOWN, ranked.size()) - 1).value();
        return ranked.stream().filter(element -> element.value() <= cut).map(PeriodResult.ElementResult::code).toList();
    }

    private static PeriodResult.Window window(Survey survey, InstrumentVersion version, ScalePolicy policy, Pool responses,
            List<YearMonth> months) {
        Pool pool = responses.of(months);
        PerceptionResult pooled = perceptionOf(survey, version, policy, pool);
        OptionalDouble meanOfMonths = months.stream().map(month -> indexOf(survey, version, policy, responses.of(List.of(month))))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).average();
        return new PeriodResult.Window(months.getFirst().toString(), months.getLast().toString(), pool.respondents(),
                pooled == null ? null : pooled.index(), meanOfMonths.isPresent() ? meanOfMonths.getAsDouble() : null,
                pooled == null ? null : pooled.conversion(), pooled == null ? null : pooled.lkeValue());
    }

    private static @Nullable Double indexOf(Survey survey, InstrumentVersion version, ScalePolicy policy, Pool pool) {
        PerceptionResult result = perceptionOf(survey, version, policy, pool);
        return result == null ? null : result.index();
    }

    /** The perception index of a pool, or null while a statement has no answer in it. */
    private static @Nullable PerceptionResult perceptionOf(Survey survey, InstrumentVersion version, ScalePolicy policy, Pool pool) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String code : version.codes()) {
            Tally tally = pool.tally(code);
            if (tally.answers() == 0) {
                return null;
            }
            tallies.put(code, tally);
        }
        return perception(survey, policy, tallies, pool.respondents());
    }

    private static PerceptionResult perception(Survey survey, ScalePolicy policy, Map<String, Tally> tallies, long respondents) {
        return PerceptionIndex.fromTallies(survey.instrument().perception(), policy, tallies, respondents);
    }
}
