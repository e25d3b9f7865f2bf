package id.zi.survey.index;

import static id.zi.survey.index.SkmIndexUnitTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PerceptionIndexUnitTest {

    static final Offset<Double> EXACTLY = within(1e-12);

    static List<CodedValue> means(PerceptionInstrument instrument, double... values) {
        List<CodedValue> means = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            means.add(new CodedValue(instrument.codes().get(i), values[i]));
        }
        return means;
    }

    @Test
    void theInstrumentsHaveTheCircularsStatements() {
        assertThat(PerceptionInstrument.SPKP.codes()).hasSize(8);
        assertThat(PerceptionInstrument.SPAK.codes()).containsExactly("SPAK1", "SPAK2", "SPAK3", "SPAK4", "SPAK5");
        assertThat(PerceptionInstrument.SPAK.items().get(3).statement()).isEqualTo("Tidak ada pungutan liar");
    }

    @Test
    void theThreeScalePoliciesMapTheScaleAskedOntoFourPoints() {
        assertThat(ScalePolicy.NATIVE_4.toFourPoint(3.6)).isEqualTo(3.6);
        assertThat(ScalePolicy.RATIO_6_TO_4.toFourPoint(6)).isCloseTo(4.0, EXACTLY);
        assertThat(ScalePolicy.RATIO_6_TO_4.toFourPoint(1)).isCloseTo(4.0 / 6, EXACTLY);
        assertThat(ScalePolicy.RATIO_6_TO_4.toFourPoint(5.4)).isCloseTo(3.6, EXACTLY);
        assertThat(ScalePolicy.LINEAR_6_TO_4.toFourPoint(1)).isCloseTo(1.0, EXACTLY);
        assertThat(ScalePolicy.LINEAR_6_TO_4.toFourPoint(6)).isCloseTo(4.0, EXACTLY);
        assertThat(ScalePolicy.LINEAR_6_TO_4.toFourPoint(5.5)).isCloseTo(3.7, EXACTLY);
    }

    @Test
    void theIndexIsTheMeanOfTheConvertedStatementMeans() {
        List<CodedValue> stars = means(PerceptionInstrument.SPAK, 5.0, 5.5, 6.0, 5.0, 5.5);

        PerceptionResult ratio = PerceptionIndex.fromMeans(PerceptionInstrument.SPAK, ScalePolicy.RATIO_6_TO_4, stars);
        PerceptionResult linear = PerceptionIndex.fromMeans(PerceptionInstrument.SPAK, ScalePolicy.LINEAR_6_TO_4, stars);

        // stars average 5.4
        assertThat(ratio.index()).isCloseTo(3.6, EXACTLY);
        assertThat(ratio.conversion()).isCloseTo(90.0, EXACTLY);
        assertThat(ratio.lkeValue()).as("WBK's anti-corruption threshold 15.75 is index 3.60").isCloseTo(15.75, EXACTLY);
        assertThat(ratio.items().get(2).converted()).isCloseTo(4.0, EXACTLY);
        assertThat(ratio.scalePolicy()).isEqualTo(ScalePolicy.RATIO_6_TO_4);

        assertThat(linear.index()).isCloseTo(3.64, EXACTLY);
        assertThat(linear.lkeValue()).isCloseTo(3.64 / 4 * 17.5, EXACTLY);
        assertThat(linear.scalePolicy()).isEqualTo(ScalePolicy.LINEAR_6_TO_4);
    }

    @Test
    void aNativeFourPointInstrumentIsNotConverted() {
        PerceptionResult native4 = PerceptionIndex.fromMeans(PerceptionInstrument.SPKP, ScalePolicy.NATIVE_4,
                means(PerceptionInstrument.SPKP, 3.0, 3.2, 3.4, 3.1, 3.3, 3.2, 3.2, 3.2));

        assertThat(native4.index()).isCloseTo(3.2, EXACTLY);
        assertThat(native4.lkeValue()).as("WBK's service-quality threshold 14.00 is index 3.20").isCloseTo(14.0, EXACTLY);
        assertField(() -> PerceptionIndex.fromMeans(PerceptionInstrument.SPKP, ScalePolicy.NATIVE_4,
                means(PerceptionInstrument.SPKP, 3.0, 3.2, 4.5, 3.1, 3.3, 3.2, 3.2, 3.2)), "items[2].mean");
    }

    @Test
    void fromResponsesEachStatementAveragesTheRespondentsWhoAnsweredIt() {
        Map<String, Integer> skipped = new HashMap<>(Map.of("SPAK1", 4, "SPAK2", 5, "SPAK3", 6, "SPAK4", 6));
        skipped.put("SPAK5", null);
        List<Map<String, Integer>> responses = List.of(
                Map.of("SPAK1", 6, "SPAK2", 6, "SPAK3", 6, "SPAK4", 6, "SPAK5", 6),
                Map.of("SPAK1", 5, "SPAK2", 4, "SPAK3", 6, "SPAK4", 6, "SPAK5", 3),
                skipped);

        PerceptionResult result = PerceptionIndex.fromResponses(PerceptionInstrument.SPAK, ScalePolicy.LINEAR_6_TO_4, responses);

        assertThat(result.respondents()).hasValue(3);
        assertThat(result.items().get(0).mean()).isCloseTo(5.0, EXACTLY);
        assertThat(result.items().get(4).tally()).isEqualTo(new Tally(9, 2));
        assertThat(result.items().get(4).mean()).isCloseTo(4.5, EXACTLY);
        // means 5, 5, 6, 6, 4.5 → linear 3.4, 3.4, 4, 4, 3.1 → 17.9 / 5
        assertThat(result.index()).isCloseTo(3.58, EXACTLY);

        assertField(() -> PerceptionIndex.fromResponses(PerceptionInstrument.SPAK, ScalePolicy.NATIVE_4,
                List.of(Map.of("SPAK1", 4), Map.of("SPAK3", 5))), "responses[1].SPAK3");
        assertField(() -> PerceptionIndex.fromResponses(PerceptionInstrument.SPAK, ScalePolicy.RATIO_6_TO_4,
                List.of(Map.of("SPAK1", 7))), "responses[0].SPAK1");
        assertField(() -> PerceptionIndex.fromResponses(PerceptionInstrument.SPKP, ScalePolicy.RATIO_6_TO_4,
                List.of(Map.of("SPAK1", 6))), "responses[0].SPAK1");
        assertField(() -> PerceptionIndex.fromResponses(PerceptionInstrument.SPAK, ScalePolicy.RATIO_6_TO_4,
                List.of(Map.of("SPAK1", 6, "SPAK2", 6, "SPAK3", 6, "SPAK4", 6))), "responses");
    }

    @Test
    void everyStatementOnceAndKnown() {
        List<CodedValue> four = means(PerceptionInstrument.SPAK, 5, 5, 5, 5);
        assertField(() -> PerceptionIndex.fromMeans(PerceptionInstrument.SPAK, ScalePolicy.RATIO_6_TO_4, four), "items");

        List<CodedValue> twice = new ArrayList<>(means(PerceptionInstrument.SPAK, 5, 5, 5, 5, 5));
        twice.add(new CodedValue("SPAK2", 5));
        assertField(() -> PerceptionIndex.fromMeans(PerceptionInstrument.SPAK, ScalePolicy.RATIO_6_TO_4, twice), "items[5].code");

        List<CodedValue> foreign = new ArrayList<>(means(PerceptionInstrument.SPAK, 5, 5, 5, 5, 5));
        foreign.set(1, new CodedValue("SPKP2", 5));
        assertField(() -> PerceptionIndex.fromMeans(PerceptionInstrument.SPAK, ScalePolicy.RATIO_6_TO_4, foreign), "items[1].code");

        assertField(() -> PerceptionIndex.fromMeans(PerceptionInstrument.SPAK, ScalePolicy.RATIO_6_TO_4,
                means(PerceptionInstrument.SPAK, 5, 5, 0.5, 5, 5)), "items[2].mean");
    }
}
