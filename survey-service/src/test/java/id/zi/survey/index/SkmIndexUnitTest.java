package id.zi.survey.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SkmIndexUnitTest {

    static final Offset<Double> EXACTLY = within(1e-12);
    static final SkmInstrument NINE = SkmInstrument.permenpanrb14of2017();

    /** NRRs summing to 32: grade A at 1/9 and at 0.111, but B at the printed 0,11. */
    static final List<CodedValue> NRR_SUMMING_TO_32 = List.of(new CodedValue("U1", 3.5), new CodedValue("U2", 3.6),
            new CodedValue("U3", 3.4), new CodedValue("U4", 3.7), new CodedValue("U5", 3.6), new CodedValue("U6", 3.5),
            new CodedValue("U7", 3.6), new CodedValue("U9", 3.6), new CodedValue("U8", 3.5));

    @Test
    void everyAnswerAtTheTopIsExactlyOneHundredNotAHairAbove() {
        List<CodedValue> top = NINE.elements().stream().map(element -> new CodedValue(element.code(), 4.0)).toList();

        SkmResult result = SkmIndex.fromNrr(NINE, top, WeightPolicy.EXACT);

        assertThat(result.index()).isEqualTo(4.0);
        assertThat(result.ikm()).isEqualTo(100.0);
    }

    @Test
    void theIndexIsTheWeightedSumOfNrrAndTheIkmIsItTimes25() {
        SkmResult result = SkmIndex.fromNrr(NINE, NRR_SUMMING_TO_32, WeightPolicy.EXACT);

        assertThat(result.index()).isCloseTo(32.0 / 9, EXACTLY);
        assertThat(result.ikm()).isCloseTo(32.0 / 9 * 25, EXACTLY);
        assertThat(result.displayedIkm()).hasToString("88.89");
        assertThat(result.grade()).isEqualTo(Grade.A);
        assertThat(result.grade().performance()).isEqualTo("Sangat baik");
        assertThat(result.weightPolicy()).isEqualTo(WeightPolicy.EXACT);
        assertThat(result.respondents()).isEmpty();
    }

    @Test
    void elementsAreKeyedByCodeSoTheirOrderInTheInputDoesNotMatter() {
        SkmResult result = SkmIndex.fromNrr(NINE, NRR_SUMMING_TO_32, WeightPolicy.EXACT);

        assertThat(result.elements()).extracting(SkmResult.Element::code)
                .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
        assertThat(result.elements().get(7).nrr()).isEqualTo(3.5);
        assertThat(result.elements().get(7).name()).isEqualTo("Penanganan Pengaduan, Saran dan Masukan");
        assertThat(result.elements().get(8).nrr()).isEqualTo(3.6);
    }

    @Test
    void theThreeWeightPoliciesGiveDifferentIndicesAndCanChangeTheGrade() {
        SkmResult exact = SkmIndex.fromNrr(NINE, NRR_SUMMING_TO_32, WeightPolicy.EXACT);
        SkmResult printed = SkmIndex.fromNrr(NINE, NRR_SUMMING_TO_32, WeightPolicy.LITERAL_0_11);
        SkmResult threeDecimals = SkmIndex.fromNrr(NINE, NRR_SUMMING_TO_32, WeightPolicy.LITERAL_0_111);

        assertThat(exact.elements()).allSatisfy(element -> assertThat(element.weight()).isEqualTo(1.0 / 9));
        assertThat(printed.elements()).allSatisfy(element -> assertThat(element.weight()).isEqualTo(0.11));
        assertThat(threeDecimals.elements()).allSatisfy(element -> assertThat(element.weight()).isEqualTo(0.111));

        assertThat(printed.index()).isCloseTo(3.52, EXACTLY);
        assertThat(printed.displayedIkm()).hasToString("88.00");
        assertThat(printed.grade()).isEqualTo(Grade.B);
        assertThat(printed.weightPolicy()).isEqualTo(WeightPolicy.LITERAL_0_11);

        assertThat(threeDecimals.index()).isCloseTo(3.552, EXACTLY);
        assertThat(threeDecimals.displayedIkm()).hasToString("88.80");
        assertThat(threeDecimals.grade()).isEqualTo(Grade.A);
        assertThat(threeDecimals.weightPolicy()).isEqualTo(WeightPolicy.LITERAL_0_111);
    }

    @Test
    void fromResponsesTheNrrOfAnElementDividesByTheRespondentsWhoAnsweredIt() {
        Map<String, Integer> skippedU4 = new HashMap<>(Map.of("U1", 4, "U2", 3, "U3", 3, "U5", 3, "U6", 3, "U7", 4, "U8", 3, "U9", 3));
        skippedU4.put("U4", null);
        List<Map<String, Integer>> responses = List.of(
                Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 3, "U5", 4, "U6", 4, "U7", 4, "U8", 4, "U9", 4),
                Map.of("U1", 3, "U2", 3, "U3", 2, "U4", 3, "U5", 3, "U6", 4, "U7", 4, "U8", 2, "U9", 3),
                skippedU4,
                Map.of("U1", 3, "U2", 4, "U3", 3, "U4", 4, "U5", 4, "U6", 3, "U7", 3, "U8", 2, "U9", 4));

        SkmResult exact = SkmIndex.fromResponses(NINE, responses, WeightPolicy.EXACT);

        assertThat(exact.respondents()).hasValue(4);
        SkmResult.Element u4 = exact.elements().get(3);
        assertThat(u4.tally()).isEqualTo(new Tally(10, 3));
        assertThat(u4.nrr()).isCloseTo(10.0 / 3, EXACTLY);
        assertThat(exact.elements().get(6).nrr()).isEqualTo(3.75);
        assertThat(exact.elements().get(7).nrr()).isEqualTo(2.75);
        // NRRs sum to 91/3: index 91/27, IKM 84.259…
        assertThat(exact.index()).isCloseTo(91.0 / 27, EXACTLY);
        assertThat(exact.displayedIkm()).hasToString("84.26");
        assertThat(exact.grade()).isEqualTo(Grade.B);

        assertThat(SkmIndex.fromResponses(NINE, responses, WeightPolicy.LITERAL_0_11).displayedIkm()).hasToString("83.42");
        // 91/3 × 0.111 × 25 = 84.175 exactly: the half-way case rounds up, whatever binary noise the product carries.
        assertThat(SkmIndex.fromResponses(NINE, responses, WeightPolicy.LITERAL_0_111).displayedIkm()).hasToString("84.18");
    }

    @Test
    void tallyingPoolsAcrossPeriodsByAddingNumeratorsAndDenominators() {
        Map<String, Tally> january = new HashMap<>();
        Map<String, Tally> february = new HashMap<>();
        NINE.codes().forEach(code -> {
            january.put(code, new Tally(40, 10));
            february.put(code, new Tally(60, 30));
        });
        Map<String, Tally> pooled = new HashMap<>();
        NINE.codes().forEach(code -> pooled.put(code, january.get(code).plus(february.get(code))));

        SkmResult quarter = SkmIndex.fromTallies(NINE, pooled, WeightPolicy.EXACT, 40);

        // (40 + 60) ÷ (10 + 30) = 2.5, not the mean of the two months' NRRs (4 and 2 → 3)
        assertThat(quarter.index()).isCloseTo(2.5, EXACTLY);
        assertThat(quarter.grade()).isEqualTo(Grade.D);
    }

    @Test
    void everyElementOfTheInstrumentIsNeeded() {
        assertThatThrownBy(() -> SkmIndex.fromNrr(NINE, NRR_SUMMING_TO_32.subList(0, 8), WeightPolicy.EXACT))
                .isInstanceOfSatisfying(InvalidSurveyInput.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("elements");
                    assertThat(rejected).hasMessageContaining("U8 (Penanganan Pengaduan, Saran dan Masukan)");
                });
        List<Map<String, Integer>> nobodyAnsweredU9 = List.of(Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 4, "U5", 4, "U6", 4, "U7", 4, "U8", 4));
        assertThatThrownBy(() -> SkmIndex.fromResponses(NINE, nobodyAnsweredU9, WeightPolicy.EXACT))
                .isInstanceOfSatisfying(InvalidSurveyInput.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("responses");
                    assertThat(rejected).hasMessageStartingWith("U9 (Sarana dan prasarana) has no answer");
                });
        assertThatThrownBy(() -> SkmIndex.fromResponses(NINE, List.of(), WeightPolicy.EXACT))
                .isInstanceOfSatisfying(InvalidSurveyInput.class, rejected -> assertThat(rejected.field()).isEqualTo("responses"));
    }

    @Test
    void unknownCodesDuplicatesAndValuesOutsideTheScaleAreRefusedNamingTheField() {
        List<CodedValue> unknown = new java.util.ArrayList<>(NRR_SUMMING_TO_32);
        unknown.set(2, new CodedValue("U10", 3.0));
        assertField(() -> SkmIndex.fromNrr(NINE, unknown, WeightPolicy.EXACT), "elements[2].code");

        List<CodedValue> twice = new java.util.ArrayList<>(NRR_SUMMING_TO_32);
        twice.add(new CodedValue("U3", 3.0));
        assertField(() -> SkmIndex.fromNrr(NINE, twice, WeightPolicy.EXACT), "elements[9].code");

        for (double outside : new double[] {0.99, 4.01, Double.NaN}) {
            List<CodedValue> nrrs = new java.util.ArrayList<>(NRR_SUMMING_TO_32);
            nrrs.set(4, new CodedValue("U5", outside));
            assertField(() -> SkmIndex.fromNrr(NINE, nrrs, WeightPolicy.EXACT), "elements[4].nrr");
        }
        List<CodedValue> edges = new java.util.ArrayList<>(NRR_SUMMING_TO_32);
        edges.set(0, new CodedValue("U1", 1.0));
        edges.set(1, new CodedValue("U2", 4.0));
        assertThat(SkmIndex.fromNrr(NINE, edges, WeightPolicy.EXACT).elements().get(0).nrr()).isEqualTo(1.0);

        Map<String, Number> full = Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 4, "U5", 4, "U6", 4, "U7", 4, "U8", 4, "U9", 4);
        for (Number outside : new Number[] {0, 5, 3.5}) {
            Map<String, Number> second = new HashMap<>(full);
            second.put("U6", outside);
            assertField(() -> SkmIndex.fromResponses(NINE, List.of(full, second), WeightPolicy.EXACT), "responses[1].U6");
        }
        Map<String, Number> stray = new HashMap<>(full);
        stray.put("X1", 4);
        assertField(() -> SkmIndex.fromResponses(NINE, List.of(stray), WeightPolicy.EXACT), "responses[0].X1");
        assertThat(SkmIndex.fromResponses(NINE, List.of(full, Map.of("U1", 1.0)), WeightPolicy.EXACT).elements().get(0).nrr()).isEqualTo(2.5);
    }

    @Test
    void theLiteralWeightsOnlyStandForNineEquallyWeightedElements() {
        SkmInstrument eight = SkmInstrument.adapted(List.of("U1", "U2", "U3", "U5", "U6", "U7", "U8", "U9").stream()
                .map(code -> new SkmInstrument.Definition(code, null, null)).toList());
        List<CodedValue> nrrs = eight.codes().stream().map(code -> new CodedValue(code, 3.0)).toList();

        assertThat(SkmIndex.fromNrr(eight, nrrs, WeightPolicy.EXACT).index()).isCloseTo(3.0, EXACTLY);
        assertField(() -> SkmIndex.fromNrr(eight, nrrs, WeightPolicy.LITERAL_0_11), "weightPolicy");
        assertField(() -> SkmIndex.fromNrr(eight, nrrs, WeightPolicy.LITERAL_0_111), "weightPolicy");
    }

    @Test
    void anAdaptedInstrumentWeighsItsElementsAsTheUnitDefinedThem() {
        List<SkmInstrument.Definition> definitions = new java.util.ArrayList<>();
        for (String code : List.of("U1", "U2", "U3", "U5", "U6", "U7", "U8", "U9")) {
            definitions.add(new SkmInstrument.Definition(code, null, 0.1));
        }
        definitions.add(new SkmInstrument.Definition("X1", "Kemudahan akses layanan daring", 0.2));
        SkmInstrument instrument = SkmInstrument.adapted(definitions);
        List<CodedValue> nrrs = new java.util.ArrayList<>(instrument.codes().stream().filter(code -> !code.equals("X1"))
                .map(code -> new CodedValue(code, 3.0)).toList());
        nrrs.add(new CodedValue("X1", 4.0));

        SkmResult result = SkmIndex.fromNrr(instrument, nrrs, WeightPolicy.EXACT);

        // 8 × 3.0 × 0.1 + 4.0 × 0.2
        assertThat(result.index()).isCloseTo(3.2, EXACTLY);
        assertThat(result.displayedIkm()).hasToString("80.00");
        assertThat(result.elements().get(8).name()).isEqualTo("Kemudahan akses layanan daring");
        assertField(() -> SkmIndex.fromNrr(instrument, nrrs, WeightPolicy.LITERAL_0_11), "weightPolicy");
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidSurveyInput.class, rejected -> assertThat(rejected.field()).isEqualTo(field));
    }
}
