package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a scored LKE reaches Menuju WBK or Menuju WBBM, with every condition it misses named: which
 * threshold, the value reached, the minimum. Nothing stops at the first failure, so a unit sees all it lacks.
 */
public final class Readiness {

    /**
     * A threshold of the regulation. Its subject is a node or question id, except for {@link #AREA} (the area
     * number, 1–6) and {@link #PREDIKAT_WBK} (none).
     */
    public enum Condition {
        TOTAL, PENGUNGKIT, AREA, AREA_HALF, BERSIH_DAN_AKUNTABEL, SURVEI_ANTI_KORUPSI, KINERJA_LEBIH_BAIK, PELAYANAN_PRIMA, PREDIKAT_WBK
    }

    /**
     * @param value   what the unit reached (unrounded); null for {@link Condition#PREDIKAT_WBK}
     * @param minimum what the threshold asks; null for {@link Condition#PREDIKAT_WBK}
     */
    public record Failure(Condition condition, @Nullable String subject, @Nullable BigDecimal value, @Nullable BigDecimal minimum,
            String message) {
    }

    public record Verdict(String predikat, boolean eligible, List<Failure> failures) {

        public Verdict {
            failures = List.copyOf(failures);
        }
    }

    // Decimal quotients such as 1/3 end in a rounded 34th digit; comparing at 20 places keeps an exact 4.8
    // that arrives as 4.799…9 from failing a minimum of 4.8, and is far below anything a unit can score.
    private static final int COMPARISON_SCALE = 20;

    private final LkeCatalog catalog;
    private final ReadinessRules rules;

    public Readiness(LkeCatalog catalog, ReadinessRules rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    public ReadinessRules rules() {
        return rules;
    }

    public Verdict wbk(LkeScore score) {
        return verdict(score, rules.wbk(), false);
    }

    /** @param hasWbk whether the unit already holds the Menuju WBK predicate */
    public Verdict wbbm(LkeScore score, boolean hasWbk) {
        return verdict(score, rules.wbbm(), hasWbk);
    }

    private Verdict verdict(LkeScore score, ReadinessRules.Thresholds minimum, boolean hasWbk) {
        if (!score.catalog().id().equals(catalog.id())) {
            throw new IllegalArgumentException("a score on LKE " + score.catalog().id() + " cannot be judged by the rules of LKE " + catalog.id());
        }
        List<Failure> failures = new ArrayList<>();
        if (minimum.requiresWbk() && !hasWbk) {
            failures.add(new Failure(Condition.PREDIKAT_WBK, null, null, null,
                    minimum.predikat() + " is open only to a unit that already holds the Menuju WBK predicate"));
        }
        atLeast(failures, Condition.TOTAL, null, "Nilai total", score.total(), minimum.total());
        atLeast(failures, Condition.PENGUNGKIT, catalog.pengungkit().id(), "Nilai pengungkit", score.pengungkit(), minimum.pengungkit());
        areas(score, minimum, failures);

        LkeQuestion ipak = catalog.surveyQuestion(LkeCatalog.IPAK);
        LkeNode bersih = catalog.nodeOf(ipak);
        atLeast(failures, Condition.BERSIH_DAN_AKUNTABEL, bersih.id(), bersih.name(), score.node(bersih.id()).score(), minimum.bersihDanAkuntabel());
        surveyAtLeast(failures, Condition.SURVEI_ANTI_KORUPSI, ipak.id(), "Survei Persepsi Anti Korupsi", weighted(score, ipak), score, ipak,
                minimum.surveiAntiKorupsi());
        LkeQuestion performance = catalog.performanceQuestion();
        atLeast(failures, Condition.KINERJA_LEBIH_BAIK, performance.id(), "Kinerja lebih baik", weighted(score, performance),
                minimum.kinerjaLebihBaik());
        // The regulation states this minimum for the component and, equivalently, for the IPKP survey it consists of.
        LkeQuestion ipkp = catalog.surveyQuestion(LkeCatalog.IPKP);
        LkeNode pelayanan = catalog.nodeOf(ipkp);
        surveyAtLeast(failures, Condition.PELAYANAN_PRIMA, pelayanan.id(), pelayanan.name(), score.node(pelayanan.id()).score(), score, ipkp,
                minimum.pelayananPrima());
        return new Verdict(minimum.predikat(), failures.isEmpty(), failures);
    }

    private void areas(LkeScore score, ReadinessRules.Thresholds minimum, List<Failure> failures) {
        String share = minimum.areaShare().movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        if (rules.areaRule() == ReadinessRules.AreaRule.COMBINED) {
            for (LkeScore.AreaScore area : score.areas().values()) {
                BigDecimal needed = area.weight().multiply(minimum.areaShare());
                if (below(area.score(), needed)) {
                    failures.add(new Failure(Condition.AREA, Integer.toString(area.area()), area.score(), needed,
                            "Area " + area.area() + " " + area.name() + " scores " + show(area.score()) + " of " + show(area.weight()) + " ("
                                    + show(area.percent()) + " %), below " + share + " of its weight (" + show(needed) + ")"));
                }
            }
        } else {
            for (LkeScore.AreaScore area : score.areas().values()) {
                for (LkeScore.NodeScore half : area.nodes()) {
                    BigDecimal needed = half.node().weight().multiply(minimum.areaShare());
                    if (below(half.score(), needed)) {
                        failures.add(new Failure(Condition.AREA_HALF, half.node().id(), half.score(), needed,
                                half.node().id() + " " + half.node().name() + " scores " + show(half.score()) + " of " + show(half.node().weight())
                                        + " (" + show(half.percent()) + " %), below " + share + " of its weight (" + show(needed) + ")"));
                    }
                }
            }
        }
    }

    private static void surveyAtLeast(List<Failure> failures, Condition condition, String subject, String name, BigDecimal value,
            LkeScore score, LkeQuestion survey, BigDecimal needed) {
        if (below(value, needed)) {
            BigDecimal max = ((AnswerScale.Index) survey.scale()).max();
            LkeScore.QuestionScore entered = score.question(survey.id());
            String reached = entered.answered() ? survey.index() + " " + show(entered.value().multiply(max)) : survey.index() + " not entered";
            BigDecimal neededIndex = needed.divide(weightOf(survey), LkeScore.MATH).multiply(max);
            failures.add(new Failure(condition, subject, value, needed,
                    name + " " + show(value) + " (" + reached + ") is below " + show(needed) + " (" + survey.index() + " " + show(neededIndex) + ")"));
        }
    }

    private static void atLeast(List<Failure> failures, Condition condition, @Nullable String subject, String name, BigDecimal value,
            BigDecimal needed) {
        if (below(value, needed)) {
            failures.add(new Failure(condition, subject, value, needed, name + " " + show(value) + " is below " + show(needed)));
        }
    }

    private static BigDecimal weighted(LkeScore score, LkeQuestion question) {
        return score.question(question.id()).value().multiply(weightOf(question));
    }

    private static BigDecimal weightOf(LkeQuestion question) {
        BigDecimal weight = question.weight();
        if (weight == null) {
            throw new IllegalStateException(question.id() + " has no weight of its own; readiness needs its share of hasil");
        }
        return weight;
    }

    private static boolean below(BigDecimal value, BigDecimal needed) {
        return value.setScale(COMPARISON_SCALE, RoundingMode.HALF_EVEN).compareTo(needed) < 0;
    }

    static String show(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
