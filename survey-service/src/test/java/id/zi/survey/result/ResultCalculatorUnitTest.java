package id.zi.survey.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.zi.survey.index.PerceptionInstrument;
import id.zi.survey.index.ScalePolicy;
import id.zi.survey.index.WeightPolicy;
import id.zi.survey.period.PeriodKey;
import id.zi.survey.period.Periodicity;
import id.zi.survey.response.Profile;
import id.zi.survey.response.SurveyResponse;
import id.zi.survey.survey.FollowUp;
import id.zi.survey.survey.FollowUpItem;
import id.zi.survey.survey.Instrument;
import id.zi.survey.survey.InstrumentVersion;
import id.zi.survey.survey.Questionnaire;
import id.zi.survey.survey.ServiceType;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyElement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ResultCalculatorUnitTest {

    static final Offset<Double> EXACTLY = within(1e-12);
    static final PeriodKey Q1 = PeriodKey.parse("2026-Q1", "period");
    static final YearMonth LATER = YearMonth.of(2026, 9);
    static final InstrumentVersion SKM_V1 = new InstrumentVersion(1, Questionnaire.skm(), 4, Instant.EPOCH);

    static Survey skm(List<InstrumentVersion> versions, Map<String, Long> populations, Map<String, FollowUp> followUps) {
        return new Survey("sv-1", "33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", Instrument.SKM, new ServiceType("PB-UMKU", "Perizinan Berusaha"),
                "SKM Perizinan Berusaha", Periodicity.QUARTER, WeightPolicy.EXACT, null, "pub", versions, populations, followUps, Instant.EPOCH,
                "operator.magelang", Instant.EPOCH, "operator.magelang", 1);
    }

    static Survey perception(Instrument instrument, ScalePolicy policy) {
        return new Survey("sv-2", "33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", instrument, new ServiceType("PB-UMKU", "Perizinan Berusaha"),
                instrument.title(), Periodicity.QUARTER, null, policy, "pub2",
                List.of(new InstrumentVersion(1, Questionnaire.perception(instrument.perception()), policy.highestAnswer(), Instant.EPOCH)),
                Map.of(), Map.of(), Instant.EPOCH, "operator.magelang", Instant.EPOCH, "operator.magelang", 1);
    }

    static int counter;

    static SurveyResponse response(int version, YearMonth month, Map<String, Integer> answers, Profile profile) {
        return new SurveyResponse("rs-" + counter++, "sv-1", "33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", Instrument.SKM, version, "PB-UMKU", month,
                month.atDay(10).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), answers, profile, "f");
    }

    /** Answers for codes U1…U9 in order. */
    static Map<String, Integer> skmAnswers(int... values) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put("U" + (i + 1), values[i]);
        }
        return answers;
    }

    static Pool pool(SurveyResponse... responses) {
        Pool pool = new Pool();
        for (SurveyResponse response : responses) {
            pool.add(response);
        }
        return pool;
    }

    @Test
    void theSkmPoolsAnswersAsSumsAndCountsAndGradesTheIkm() {
        Pool responses = pool(
                response(1, YearMonth.of(2026, 1), skmAnswers(4, 4, 4, 4, 4, 4, 4, 4, 4), new Profile("P", "30_39", null, null, null)),
                response(1, YearMonth.of(2026, 2), skmAnswers(3, 3, 3, 3, 3, 3, 3, 3, 3), new Profile("L", null, "S1", null, null)),
                response(1, YearMonth.of(2026, 3), skmAnswers(4, 3, 2, 4, 4, 4, 4, 4, 3), Profile.NONE),
                // another quarter: not counted in Q1
                response(1, YearMonth.of(2026, 4), skmAnswers(1, 1, 1, 1, 1, 1, 1, 1, 1), Profile.NONE));

        PeriodResult result = ResultCalculator.compute(skm(List.of(SKM_V1), Map.of(), Map.of()), "DPMPTSP Kota Magelang", Q1, responses, LATER);

        assertThat(result.respondents()).isEqualTo(3);
        PeriodResult.ElementResult u3 = result.elements().get(2);
        assertThat(u3.code()).isEqualTo("U3");
        assertThat(u3.sum()).isEqualTo(9);
        assertThat(u3.answers()).isEqualTo(3);
        assertThat(u3.nrr()).isCloseTo(3.0, EXACTLY);
        double nrrSum = (11 + 10 + 9 + 11 + 11 + 11 + 11 + 11 + 10) / 3.0;
        assertThat(result.index()).isCloseTo(nrrSum / 9, EXACTLY);
        assertThat(result.ikm()).isCloseTo(nrrSum / 9 * 25, EXACTLY);
        // 95 ÷ 3 ÷ 9 × 25 = 87.96…, still B (76.61–88.30)
        assertThat(result.ikmDisplayed()).isEqualByComparingTo("87.96");
        assertThat(result.grade()).isEqualTo("B");
        assertThat(result.performance()).isEqualTo("Baik");
        assertThat(result.weightPolicy()).isEqualTo("EXACT");
        assertThat(result.indexName()).isEqualTo("IKM");
        assertThat(result.period().from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(result.lowestElements()).containsExactly("U3", "U2", "U9");
        assertThat(result.profile().get("sex")).containsExactly(Map.entry("L", 1L), Map.entry("P", 1L), Map.entry("unanswered", 1L));
        assertThat(result.profile().get("education")).containsEntry("S1", 1L).containsEntry("unanswered", 2L);
        assertThat(result.months()).isNull();
        assertThat(result.sample().minimumSample()).isNull();
    }

    @Test
    void elementsArePooledByCodeAcrossVersionsAndReadAgainstTheLatest() {
        // version 2 serves online only: U4 replaced by X4, weights equal over nine again
        List<SurveyElement> v2Elements = new ArrayList<>();
        for (SurveyElement element : Questionnaire.skm()) {
            v2Elements.add(element.code().equals("U4")
                    ? new SurveyElement("X4", "Kemudahan akses daring", element.weight(), "Bagaimana kemudahan akses daring?", Questionnaire.GENERIC_LABELS)
                    : element);
        }
        InstrumentVersion v2 = new InstrumentVersion(2, v2Elements, 4, Instant.EPOCH);
        Map<String, Integer> v2Answers = skmAnswers(4, 4, 4, 0, 4, 4, 4, 4, 4);
        v2Answers.remove("U4");
        v2Answers.put("X4", 2);
        Pool responses = pool(
                response(1, YearMonth.of(2026, 1), skmAnswers(3, 3, 3, 1, 3, 3, 3, 3, 3), Profile.NONE),
                response(2, YearMonth.of(2026, 2), v2Answers, Profile.NONE));

        PeriodResult result = ResultCalculator.compute(skm(List.of(SKM_V1, v2), Map.of(), Map.of()), "Unit", Q1, responses, LATER);

        assertThat(result.instrumentVersion()).isEqualTo(2);
        assertThat(result.instrumentVersionsAnswered()).containsExactly(1, 2);
        assertThat(result.respondents()).isEqualTo(2);
        assertThat(result.elements()).extracting(PeriodResult.ElementResult::code).contains("X4").doesNotContain("U4");
        PeriodResult.ElementResult x4 = result.elements().stream().filter(e -> e.code().equals("X4")).findFirst().orElseThrow();
        assertThat(x4.answers()).as("only those asked X4 answered it").isEqualTo(1);
        assertThat(x4.nrr()).isCloseTo(2.0, EXACTLY);
        assertThat(result.elements().getFirst().nrr()).isCloseTo(3.5, EXACTLY);
        assertThat(result.index()).isCloseTo((3.5 * 8 + 2.0) / 9, EXACTLY);
    }

    @Test
    void aPeriodWithoutResponsesHasNoIndexYet() {
        PeriodResult result = ResultCalculator.compute(skm(List.of(SKM_V1), Map.of("2026-Q1", 250L), Map.of()), "Unit", Q1, new Pool(), LATER);

        assertThat(result.respondents()).isZero();
        assertThat(result.index()).isNull();
        assertThat(result.grade()).isNull();
        assertThat(result.elements()).hasSize(9).allSatisfy(element -> assertThat(element.nrr()).isNull());
        assertThat(result.sample().minimumSample()).isEqualTo(152);
        assertThat(result.sample().progress()).isZero();
        assertThat(result.sample().stillNeeded()).isEqualTo(152);
        assertThat(result.lowestElements()).isEmpty();
    }

    @Test
    void theMinimumSampleFollowsThePopulationAndThePerceptionFloorOfThirty() {
        Survey skm = skm(List.of(SKM_V1), Map.of("2026-Q1", 250L), Map.of());
        PeriodResult.Sample sample = ResultCalculator.sample(skm, Q1, 38);
        assertThat(sample.population()).isEqualTo(250);
        assertThat(sample.minimumSample()).isEqualTo(152);
        assertThat(sample.progress()).isCloseTo(0.25, EXACTLY);
        assertThat(sample.stillNeeded()).isEqualTo(114);
        assertThat(ResultCalculator.sample(skm, Q1, 200).stillNeeded()).isZero();
        assertThat(ResultCalculator.sample(skm, PeriodKey.parse("2026-Q2", "period"), 10).minimumSample()).as("no population for Q2").isNull();

        Survey spak = perception(Instrument.SPAK, ScalePolicy.RATIO_6_TO_4);
        assertThat(ResultCalculator.sample(spak, Q1, 12).minimumSample()).as("at least 30 without a population").isEqualTo(30);
        Survey small = withPopulation(spak, 20);
        // Krejcie-Morgan gives 19 of 20; the SE asks 30 unless fewer are served, so all 20
        assertThat(ResultCalculator.sample(small, Q1, 12).minimumSample()).isEqualTo(20);
        assertThat(ResultCalculator.sample(withPopulation(spak, 1000), Q1, 12).minimumSample()).isEqualTo(278);
    }

    @Test
    void theLowestElementsIncludeATieWithTheThird() {
        List<PeriodResult.ElementResult> elements = List.of(element("U1", 3.2), element("U2", 2.9), element("U3", 3.0), element("U4", 3.0),
                element("U5", 3.5));
        assertThat(ResultCalculator.lowest(elements)).containsExactly("U2", "U3", "U4");
        assertThat(ResultCalculator.lowest(List.of(element("U1", 3.2), element("U2", 2.9)))).containsExactly("U2", "U1");
    }

    @Test
    void perceptionIsConvertedByTheScalePolicyAndAveragedOverTheLastThreeMonths() {
        Survey spak = perception(Instrument.SPAK, ScalePolicy.RATIO_6_TO_4);
        Pool responses = pool(
                perceptionResponse(YearMonth.of(2025, 12), 3, 3, 3, 3, 3),
                perceptionResponse(YearMonth.of(2026, 1), 6, 6, 6, 6, 6),
                perceptionResponse(YearMonth.of(2026, 1), 6, 5, 6, 6, 4),
                perceptionResponse(YearMonth.of(2026, 2), 5, 5, 5, 5, 5));

        // asked in February: Q1 is running, so its window is December to February
        PeriodResult result = ResultCalculator.compute(spak, "Unit", Q1, responses, YearMonth.of(2026, 2));

        assertThat(result.respondents()).isEqualTo(3);
        double meanStars = (6 * 5 + (6 + 5 + 6 + 6 + 4) + 5 * 5) / 15.0;
        assertThat(result.index()).isCloseTo(meanStars * 4 / 6, EXACTLY);
        assertThat(result.conversion()).isCloseTo(meanStars * 4 / 6 * 25, EXACTLY);
        assertThat(result.lkeValue()).isCloseTo(meanStars * 4 / 6 / 4 * 17.5, EXACTLY);
        assertThat(result.scalePolicy()).isEqualTo("RATIO_6_TO_4");
        assertThat(result.highestAnswer()).isEqualTo(6);
        assertThat(result.grade()).isNull();
        assertThat(result.elements().get(1).mean()).isCloseTo(16 / 3.0, EXACTLY);
        assertThat(result.elements().get(1).converted()).isCloseTo(16 / 3.0 * 4 / 6, EXACTLY);
        assertThat(result.months()).extracting(PeriodResult.MonthResult::month).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(result.months().get(0).respondents()).isEqualTo(2);
        assertThat(result.months().get(2).index()).as("no answers in March yet").isNull();

        PeriodResult.Window window = result.lastThreeMonths();
        assertThat(window.from()).isEqualTo("2025-12");
        assertThat(window.to()).isEqualTo("2026-02");
        assertThat(window.respondents()).isEqualTo(4);
        double pooledStars = (15 + 30 + 27 + 25) / 20.0;
        assertThat(window.index()).isCloseTo(pooledStars * 4 / 6, EXACTLY);
        double december = 3 * 4 / 6.0;
        double january = 57 / 10.0 * 4 / 6;
        double february = 5 * 4 / 6.0;
        assertThat(window.meanOfMonthlyIndices()).isCloseTo((december + january + february) / 3, EXACTLY);
        assertThat(window.lkeValue()).isCloseTo(pooledStars * 4 / 6 / 4 * 17.5, EXACTLY);
        assertThat(result.sample().minimumSample()).isEqualTo(30);
    }

    @Test
    void theLinearPolicyMapsOneStarToOne() {
        Survey spkp = perception(Instrument.SPKP, ScalePolicy.LINEAR_6_TO_4);
        Pool responses = new Pool();
        Map<String, Integer> ones = new LinkedHashMap<>();
        PerceptionInstrument.SPKP.codes().forEach(code -> ones.put(code, 1));
        responses.add(new SurveyResponse("rs-x", "sv-2", "33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", Instrument.SPKP, 1, "PB-UMKU",
                YearMonth.of(2026, 2), Instant.parse("2026-02-02T02:00:00Z"), ones, Profile.NONE, "f"));

        PeriodResult result = ResultCalculator.compute(spkp, "Unit", Q1, responses, LATER);

        assertThat(result.index()).isCloseTo(1.0, EXACTLY);
        assertThat(result.indexName()).isEqualTo("IPKP");
        assertThat(result.lkeValue()).isCloseTo(17.5 / 4, EXACTLY);
    }

    @Test
    void theImprovementPlanOfThePeriodTravelsWithTheResult() {
        FollowUpItem item = new FollowUpItem("U3", "Menambah petugas loket pada jam sibuk", "Kepala Bidang Pelayanan", LocalDate.of(2026, 6, 30));
        Survey survey = skm(List.of(SKM_V1), Map.of(), Map.of("2026-Q1", new FollowUp(List.of(item), Instant.EPOCH, "kepala.magelang")));
        assertThat(ResultCalculator.compute(survey, "Unit", Q1, new Pool(), LATER).followUp()).containsExactly(item);
        assertThat(ResultCalculator.compute(survey, "Unit", PeriodKey.parse("2026-Q2", "period"), new Pool(), LATER).followUp()).isEmpty();
    }

    static SurveyResponse perceptionResponse(YearMonth month, int... stars) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < stars.length; i++) {
            answers.put("SPAK" + (i + 1), stars[i]);
        }
        return new SurveyResponse("rs-" + counter++, "sv-2", "33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", Instrument.SPAK, 1, "PB-UMKU", month,
                month.atDay(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), answers, Profile.NONE, "f");
    }

    static Survey withPopulation(Survey survey, long population) {
        return new Survey(survey.id(), survey.unitId(), survey.orgPath(), survey.instrument(), survey.serviceType(), survey.title(),
                survey.periodicity(), survey.weightPolicy(), survey.scalePolicy(), survey.publicId(), survey.versions(),
                Map.of("2026-Q1", population), Map.of(), survey.createdAt(), survey.createdBy(), survey.updatedAt(), survey.updatedBy(), 1);
    }

    static PeriodResult.ElementResult element(String code, double nrr) {
        return new PeriodResult.ElementResult(code, code, 0.2, 10, 3, nrr, null, null);
    }
}
