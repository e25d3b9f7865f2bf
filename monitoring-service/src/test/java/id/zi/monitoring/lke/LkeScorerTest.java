package id.zi.monitoring.lke;

import static id.zi.monitoring.lke.LkeAnswers.CATALOG;
import static id.zi.monitoring.lke.LkeAnswers.counts;
import static id.zi.monitoring.lke.LkeAnswers.index;
import static id.zi.monitoring.lke.LkeAnswers.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LkeScorerTest {

    private final LkeScorer scorer = new LkeScorer(CATALOG, LkeScorer.PercentOverflow.REJECT);

    private BigDecimal value(String questionId, Answer answer) {
        return scorer.value(CATALOG.question(questionId).orElseThrow(), answer);
    }

    private List<InvalidAnswer> errors(String questionId, Answer answer) {
        return scorer.check(Map.of(questionId, answer));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            "A.I.1.i.a, Ya, 1", "A.I.1.i.a, Tidak, 0", "A.I.1.i.a, ya, 1", "A.I.1.i.a, TIDAK, 0", "A.I.1.i.a, ' Ya ', 1",
            "A.I.1.i.b, A, 1", "A.I.1.i.b, B, 0.5", "A.I.1.i.b, c, 0",
            "A.I.1.iii.a, A, 1", "A.I.1.iii.a, B, 0.67", "A.I.1.iii.a, C, 0.33", "A.I.1.iii.a, D, 0",
            "A.I.2.i.b, A, 1", "A.I.2.i.b, B, 0.75", "A.I.2.i.b, C, 0.5", "A.I.2.i.b, D, 0.25", "A.I.2.i.b, E, 0",
            "B.I.b, A, 1", "B.I.b, C, 0.5", "B.I.b, E, 0"})
    void eachOptionHasTheValueOfItsScale(String questionId, String answer, String expected) {
        assertThat(value(questionId, option(answer))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({"B.I.a, 4, 1", "B.I.a, 3.6, 0.9", "B.I.a, 3.59, 0.8975", "B.I.a, 0, 0", "B.II.a, 3.2, 0.8"})
    void aSurveyIndexOn0To4IsDividedBy4(String questionId, String answer, String expected) {
        assertThat(value(questionId, index(answer))).isEqualByComparingTo(expected);
    }

    @Test
    void anAnswerOutsideItsQuestionsScaleIsRefusedNamingTheQuestion() {
        assertThat(errors("A.I.1.i.b", option("D"))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.A.I.1.i.b");
            assertThat(error.message()).contains("one of A, B, C").contains("'D'");
        });
        assertThat(errors("A.I.1.i.a", option("A"))).extracting(InvalidAnswer::message)
                .singleElement().asString().contains("one of Ya, Tidak");
        assertThat(errors("A.I.1.i.a", index("1"))).extracting(InvalidAnswer::field).containsExactly("answers.A.I.1.i.a");
        assertThat(errors("B.I.a", option("A"))).extracting(InvalidAnswer::message).singleElement().asString().contains("IPAK index");
        assertThat(errors("B.I.a", index("4.01"))).extracting(InvalidAnswer::field).containsExactly("answers.B.I.a");
        assertThat(errors("B.II.a", index("-0.1"))).extracting(InvalidAnswer::field).containsExactly("answers.B.II.a");
        assertThat(errors("A.I.1.i.a", counts("numerator", 1, "denominator", 1))).extracting(InvalidAnswer::field)
                .containsExactly("answers.A.I.1.i.a");
        assertThat(errors("A.II.4.i.a", option("A"))).extracting(InvalidAnswer::message).singleElement().asString()
                .contains("jumlahSasaranKinerja").contains("numerator");
    }

    @Test
    void anUnknownQuestionIdIsRefusedAndANodeIdIsToldSo() {
        assertThat(errors("A.I.9.i.a", option("Ya"))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.A.I.9.i.a");
            assertThat(error.message()).contains("not a question of LKE permenpanrb-90-2021");
        });
        assertThat(errors("A.I.1.i", option("Ya"))).extracting(InvalidAnswer::message).singleElement().asString().contains("it is a node");
    }

    @Test
    void everyInvalidAnswerIsNamedAtOnce() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("A.I.1.i.a", option("Mungkin"));
        answers.put("Z.9", option("Ya"));
        answers.put("A.II.4.i.a", counts("jumlahSasaranKinerja", 0, "jumlahSasaranTercapai", 0));

        assertThatThrownBy(() -> scorer.score(answers)).isInstanceOfSatisfying(InvalidAnswersException.class,
                thrown -> assertThat(thrown.errors()).extracting(InvalidAnswer::field)
                        .containsExactlyInAnyOrder("answers.A.I.1.i.a", "answers.Z.9", "answers.A.II.4.i.a"));
    }

    @Test
    void aPercentageComesFromTheCatalogsInputs() {
        // changes made ÷ change agents
        assertThat(value("A.II.1.i.a", counts("jumlahAgenPerubahan", 4, "jumlahPerubahan", 3))).isEqualByComparingTo("0.75");
        // LHKPN: reported ÷ (head + obliged officials + others)
        assertThat(value("A.II.5.iii.i.a", counts("kepalaSatuanKerja", 1, "pejabatWajibLhkpn", 5, "lainnya", 2, "sudahMelaporkan", 6)))
                .isEqualByComparingTo("0.75");
        // complaints: settled ÷ to be followed up; those in process are printed but count as not settled
        assertThat(value("A.II.5.ii.a", counts("pengaduanHarusDitindaklanjuti", 8, "pengaduanSedangDiproses", 3,
                "pengaduanSelesaiDitindaklanjuti", 5))).isEqualByComparingTo("0.625");
        assertThat(value("A.II.5.ii.a", counts("pengaduanHarusDitindaklanjuti", 8, "pengaduanSelesaiDitindaklanjuti", 5)))
                .isEqualByComparingTo("0.625");
    }

    @Test
    void disciplinaryViolationsScoreTheirFallAndAnIncreaseScoresZero() {
        assertThat(value("A.II.3.iii.a", counts("pelanggaranTahunSebelumnya", 10, "pelanggaranTahunIni", 4))).isEqualByComparingTo("0.6");
        assertThat(value("A.II.3.iii.a", counts("pelanggaranTahunSebelumnya", 10, "pelanggaranTahunIni", 0, "pelanggaranDiberiSanksi", 9)))
                .isEqualByComparingTo("1");
        assertThat(value("A.II.3.iii.a", counts("pelanggaranTahunSebelumnya", 4, "pelanggaranTahunIni", 6))).isEqualByComparingTo("0");
        // the combined form of the same difference
        assertThat(value("A.II.3.iii.a", counts("numerator", -2, "denominator", 4))).isEqualByComparingTo("0");
    }

    @Test
    void aPercentageMayAlsoBeGivenAsItsNumeratorAndDenominator() {
        assertThat(value("A.II.4.i.a", counts("numerator", 3, "denominator", 4))).isEqualByComparingTo("0.75");
        assertThat(value("A.II.4.i.a", counts("numerator", 0, "denominator", 4))).isEqualByComparingTo("0");
    }

    @Test
    void aZeroDenominatorIsRefused() {
        assertThat(errors("A.II.4.i.a", counts("jumlahSasaranKinerja", 0, "jumlahSasaranTercapai", 0))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.A.II.4.i.a");
            assertThat(error.message()).contains("Jumlah Sasaran Kinerja").contains("undefined");
        });
        assertThat(errors("A.II.4.i.a", counts("numerator", 0, "denominator", 0))).extracting(InvalidAnswer::field)
                .containsExactly("answers.A.II.4.i.a.denominator");
        assertThat(errors("A.II.3.iii.a", counts("pelanggaranTahunSebelumnya", 0, "pelanggaranTahunIni", 0))).hasSize(1);
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRefusedOrCappedAsSet() {
        assertThat(errors("A.II.4.i.a", counts("jumlahSasaranKinerja", 10, "jumlahSasaranTercapai", 12))).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("answers.A.II.4.i.a");
                    assertThat(error.message()).contains("12").contains("10").contains("more than the denominator");
                });
        assertThat(errors("A.II.4.i.a", counts("numerator", 5, "denominator", 4))).extracting(InvalidAnswer::field)
                .containsExactly("answers.A.II.4.i.a");

        LkeScorer capping = new LkeScorer(CATALOG, LkeScorer.PercentOverflow.CAP);
        assertThat(capping.value(CATALOG.question("A.II.1.i.a").orElseThrow(), counts("jumlahAgenPerubahan", 10, "jumlahPerubahan", 12)))
                .isEqualByComparingTo("1");
    }

    @Test
    void countsMustBeWholeNonNegativeAndExactlyTheQuestionsInputs() {
        assertThat(errors("A.II.4.i.a", counts("jumlahSasaranKinerja", 10, "jumlahSasaranTercapai", -1)))
                .extracting(InvalidAnswer::field).containsExactly("answers.A.II.4.i.a.jumlahSasaranTercapai");
        assertThat(errors("A.II.4.i.a", counts("jumlahSasaranKinerja", 10, "jumlahSasaranTercapai", 2.5)))
                .extracting(InvalidAnswer::field).containsExactly("answers.A.II.4.i.a.jumlahSasaranTercapai");
        assertThat(value("A.II.4.i.a", counts("jumlahSasaranKinerja", "10.0", "jumlahSasaranTercapai", 5))).isEqualByComparingTo("0.5");
        assertThat(errors("A.II.4.i.a", counts("jumlahSasaranKinerja", 10))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.A.II.4.i.a.jumlahSasaranTercapai");
            assertThat(error.message()).contains("missing");
        });
        assertThat(errors("A.II.4.i.a", counts("jumlahSasaranKinerja", 10, "jumlahSasaranTercapai", 5, "jumlahLain", 1)))
                .extracting(InvalidAnswer::field).containsExactly("answers.A.II.4.i.a.jumlahLain");
        assertThat(errors("A.II.4.i.a", counts("numerator", 1, "denominator", -4))).extracting(InvalidAnswer::field)
                .containsExactly("answers.A.II.4.i.a.denominator");
        assertThat(errors("A.II.4.i.a", counts("numerator", -1, "denominator", 4))).extracting(InvalidAnswer::field)
                .containsExactly("answers.A.II.4.i.a.numerator");
    }

    @Test
    void aSubAreaScoresTheMeanOfItsValuesTimesItsWeightUnrounded() {
        LkeScore score = scorer.score(Map.of(
                "A.I.1.i.a", option("Ya"), "A.I.1.i.b", option("B"),
                "A.I.1.iii.a", option("A"), "A.I.1.iii.b", option("B"), "A.I.1.iii.c", option("C")));

        // (1 + 0.5) ÷ 2 × 0.5
        assertThat(score.node("A.I.1.i").score()).isEqualByComparingTo("0.375");
        // (1 + 0.67 + 0.33) ÷ 3 × 1: two thirds, kept unrounded
        assertThat(score.node("A.I.1.iii").score()).isEqualByComparingTo("0.6666666666666666666666666666666667");
        assertThat(score.node("A.I.1").score()).isEqualByComparingTo(new BigDecimal("0.375").add(score.node("A.I.1.iii").score()));
        assertThat(score.node("A.I.1").percent()).isCloseTo(score.node("A.I.1").score().multiply(BigDecimal.valueOf(25)), within(new BigDecimal("1e-30")));
        assertThat(score.total()).isEqualByComparingTo(score.node("A.I.1").score());
    }

    @Test
    void anUnansweredQuestionCountsZeroAndIsListed() {
        LkeScore score = scorer.score(Map.of("A.I.1.i.a", option("Ya")));

        assertThat(score.node("A.I.1.i").score()).isEqualByComparingTo("0.25");
        assertThat(score.question("A.I.1.i.b").answered()).isFalse();
        assertThat(score.question("A.I.1.i.b").value()).isEqualByComparingTo("0");
        assertThat(score.unanswered()).hasSize(112).doesNotContain("A.I.1.i.a").startsWith("A.I.1.i.b", "A.I.1.ii.a").endsWith("B.II.a");
    }

    @Test
    void hasilWeighsTheIndicesAndPerformanceByTheirOwnWeights() {
        LkeScore score = scorer.score(Map.of("B.I.a", index("3.2"), "B.I.b", option("B"), "B.II.a", index("3")));

        // 3.2 ÷ 4 × 17.5 + 0.75 × 5
        assertThat(score.node("B.I").score()).isEqualByComparingTo("17.75");
        // 3 ÷ 4 × 17.5
        assertThat(score.node("B.II").score()).isEqualByComparingTo("13.125");
        assertThat(score.hasil()).isEqualByComparingTo("30.875");
        assertThat(score.pengungkit()).isEqualByComparingTo("0");
    }

    @Test
    void theAreasJoinTheirPemenuhanAndReformHalves() {
        LkeScore score = scorer.score(LkeAnswers.top());

        assertThat(score.areas().values()).extracting(LkeScore.AreaScore::area, LkeScore.AreaScore::name,
                area -> area.weight().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(1, "Manajemen Perubahan", "8"), tuple(2, "Penataan Tatalaksana", "7"),
                        tuple(3, "Penataan Sistem Manajemen SDM", "10"), tuple(4, "Penguatan Akuntabilitas Kinerja", "10"),
                        tuple(5, "Penguatan Pengawasan", "15"), tuple(6, "Peningkatan Kualitas Pelayanan Publik", "10"));
        assertThat(score.areas().get(3).nodes()).extracting(node -> node.node().id()).containsExactly("A.I.3", "A.II.3");
    }
}
