package id.zi.monitoring.lke;

import static id.zi.monitoring.lke.LkeAnswers.CATALOG;
import static id.zi.monitoring.lke.LkeAnswers.counts;
import static id.zi.monitoring.lke.LkeAnswers.decimal;
import static id.zi.monitoring.lke.LkeAnswers.index;
import static id.zi.monitoring.lke.LkeAnswers.option;
import static id.zi.monitoring.lke.LkeAnswers.topWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.zi.monitoring.lke.Readiness.Condition;
import id.zi.monitoring.lke.Readiness.Failure;
import id.zi.monitoring.lke.ReadinessRules.AreaRule;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private final LkeScorer scorer = new LkeScorer(CATALOG, LkeScorer.PercentOverflow.REJECT);
    private final Readiness readiness = new Readiness(CATALOG, ReadinessRules.permenpanrb90(AreaRule.COMBINED));

    @Test
    void everyAnswerAtTheTopAndBothIndices4Give100AndBothPredicates() {
        LkeScore score = scorer.score(LkeAnswers.top());

        assertThat(score.total()).isEqualByComparingTo("100.00");
        assertThat(score.pengungkit()).isEqualByComparingTo("60");
        assertThat(score.pemenuhan()).isEqualByComparingTo("30");
        assertThat(score.reform()).isEqualByComparingTo("30");
        assertThat(score.hasil()).isEqualByComparingTo("40");
        assertThat(score.nodes().values()).allSatisfy(node -> assertThat(node.percent()).as(node.node().id()).isEqualByComparingTo("100"));
        assertThat(score.unanswered()).isEmpty();

        assertThat(readiness.wbk(score).eligible()).isTrue();
        assertThat(readiness.wbk(score).failures()).isEmpty();
        assertThat(readiness.wbbm(score, true).eligible()).isTrue();
        assertThat(readiness.wbbm(score, true).failures()).isEmpty();
    }

    @Test
    void wbbmWithoutTheWbkPredicateFailsOnThatAlone() {
        Readiness.Verdict wbbm = readiness.wbbm(scorer.score(LkeAnswers.top()), false);

        assertThat(wbbm.eligible()).isFalse();
        assertThat(wbbm.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo(Condition.PREDIKAT_WBK);
            assertThat(failure.message()).contains("Menuju WBK");
        });
    }

    /** Area 1 (weight 8): pemenuhan 4 of 4, reform 0.792 of 4: 4.792 = 59.9 % of 8. */
    private static Map<String, Answer> areaOneAt(int changesPerThousandAgents) {
        return topWith(
                "A.II.1.i.a", counts("jumlahAgenPerubahan", 1000, "jumlahPerubahan", changesPerThousandAgents),
                "A.II.1.i.b", counts("jumlahPerubahan", 5, "jumlahPerubahanTerintegrasi", 0),
                "A.II.1.ii.a", option("E"),
                "A.II.1.iii.a", option("D"));
    }

    @Test
    void anAreaAt59point9PercentOfItsWeightFailsWbkEvenWithATotalAbove75() {
        LkeScore score = scorer.score(areaOneAt(792));

        assertThat(score.areas().get(1).score()).isEqualByComparingTo("4.792");
        assertThat(score.areas().get(1).percent()).isEqualByComparingTo("59.9");
        assertThat(score.total()).isEqualByComparingTo("96.792");
        Readiness.Verdict wbk = readiness.wbk(score);
        assertThat(wbk.eligible()).isFalse();
        assertThat(wbk.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo(Condition.AREA);
            assertThat(failure.subject()).isEqualTo("1");
            assertThat(failure.value()).isEqualByComparingTo("4.792");
            assertThat(failure.minimum()).isEqualByComparingTo("4.8");
            assertThat(failure.message()).contains("Manajemen Perubahan").contains("59.90 %").contains("60 %");
        });
    }

    @Test
    void anAreaAtExactly60PercentPassesWbkButNotWbbm() {
        LkeScore score = scorer.score(areaOneAt(800));

        assertThat(readiness.wbk(score).eligible()).isTrue();
        assertThat(readiness.wbbm(score, true).failures()).extracting(Failure::condition, Failure::subject)
                .containsExactly(tuple(Condition.AREA, "1"));
    }

    @Test
    void theAreaRuleTakenHalfByHalfFailsTheWeakHalfAlone() {
        Readiness halves = new Readiness(CATALOG, ReadinessRules.permenpanrb90(AreaRule.EACH_HALF));
        LkeScore score = scorer.score(areaOneAt(800));

        // Together 60 %: the combined reading passes; reform alone is at 20 % of its 4.
        assertThat(readiness.wbk(score).eligible()).isTrue();
        Readiness.Verdict wbk = halves.wbk(score);
        assertThat(wbk.eligible()).isFalse();
        assertThat(wbk.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo(Condition.AREA_HALF);
            assertThat(failure.subject()).isEqualTo("A.II.1");
            assertThat(failure.value()).isEqualByComparingTo("0.8");
            assertThat(failure.minimum()).isEqualByComparingTo("2.4");
        });
    }

    @Test
    void ipak359FailsTheAntiCorruptionMinimumAnd360Passes() {
        LkeScore below = scorer.score(topWith("B.I.a", index("3.59")));

        assertThat(below.total()).isGreaterThan(decimal("75"));
        Readiness.Verdict wbk = readiness.wbk(below);
        assertThat(wbk.eligible()).isFalse();
        assertThat(wbk.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo(Condition.SURVEI_ANTI_KORUPSI);
            assertThat(failure.subject()).isEqualTo("B.I.a");
            assertThat(failure.value()).isEqualByComparingTo("15.70625");
            assertThat(failure.minimum()).isEqualByComparingTo("15.75");
            assertThat(failure.message()).contains("IPAK 3.59").contains("IPAK 3.60");
        });
        assertThat(readiness.wbbm(below, true).failures()).extracting(Failure::condition).containsExactly(Condition.SURVEI_ANTI_KORUPSI);

        LkeScore atMinimum = scorer.score(topWith("B.I.a", index("3.60")));
        assertThat(readiness.wbk(atMinimum).eligible()).isTrue();
        assertThat(readiness.wbbm(atMinimum, true).eligible()).isTrue();
    }

    @Test
    void performanceCPassesWbkAndFailsWbbm() {
        LkeScore score = scorer.score(topWith("B.I.b", option("C")));

        assertThat(score.node("B.I").score()).isEqualByComparingTo("20");
        assertThat(readiness.wbk(score).eligible()).isTrue();
        Readiness.Verdict wbbm = readiness.wbbm(score, true);
        assertThat(wbbm.eligible()).isFalse();
        assertThat(wbbm.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo(Condition.KINERJA_LEBIH_BAIK);
            assertThat(failure.subject()).isEqualTo("B.I.b");
            assertThat(failure.value()).isEqualByComparingTo("2.5");
            assertThat(failure.minimum()).isEqualByComparingTo("3.75");
        });
    }

    @Test
    void performanceDFailsWbkOnPerformanceAndOnBersihDanAkuntabelTogether() {
        LkeScore score = scorer.score(topWith("B.I.b", option("D"), "B.I.a", index("3.60")));

        assertThat(readiness.wbk(score).failures()).extracting(Failure::condition, failure -> plain(failure.value()))
                .containsExactly(tuple(Condition.BERSIH_DAN_AKUNTABEL, "17"),
                        tuple(Condition.KINERJA_LEBIH_BAIK, "1.25"));
    }

    @Test
    void ipkpNeeds320ForWbkAnd360ForWbbm() {
        assertThat(readiness.wbk(scorer.score(topWith("B.II.a", index("3.19")))).failures()).singleElement()
                .satisfies(failure -> {
                    assertThat(failure.condition()).isEqualTo(Condition.PELAYANAN_PRIMA);
                    assertThat(failure.subject()).isEqualTo("B.II");
                    assertThat(failure.minimum()).isEqualByComparingTo("14");
                    assertThat(failure.message()).contains("IPKP 3.19").contains("IPKP 3.20");
                });
        LkeScore at320 = scorer.score(topWith("B.II.a", index("3.20")));
        assertThat(readiness.wbk(at320).eligible()).isTrue();
        assertThat(readiness.wbbm(at320, true).failures()).extracting(Failure::condition, failure -> plain(failure.minimum()))
                .containsExactly(tuple(Condition.PELAYANAN_PRIMA, "15.75"));
        assertThat(readiness.wbbm(scorer.score(topWith("B.II.a", index("3.60"))), true).eligible()).isTrue();
    }

    @Test
    void anEmptySheetNamesEveryThresholdItMisses() {
        Readiness.Verdict wbk = readiness.wbk(scorer.score(Map.of()));

        assertThat(wbk.failures()).extracting(Failure::condition).containsExactly(Condition.TOTAL, Condition.PENGUNGKIT,
                Condition.AREA, Condition.AREA, Condition.AREA, Condition.AREA, Condition.AREA, Condition.AREA,
                Condition.BERSIH_DAN_AKUNTABEL, Condition.SURVEI_ANTI_KORUPSI, Condition.KINERJA_LEBIH_BAIK, Condition.PELAYANAN_PRIMA);
        assertThat(wbk.failures()).filteredOn(failure -> failure.condition() == Condition.AREA).extracting(Failure::subject, failure -> plain(failure.minimum()))
                .containsExactly(tuple("1", "4.8"), tuple("2", "4.2"),
                        tuple("3", "6"), tuple("4", "6"),
                        tuple("5", "9"), tuple("6", "6"));
        assertThat(wbk.failures()).filteredOn(failure -> failure.condition() == Condition.SURVEI_ANTI_KORUPSI).singleElement()
                .satisfies(failure -> assertThat(failure.message()).contains("IPAK not entered"));
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
