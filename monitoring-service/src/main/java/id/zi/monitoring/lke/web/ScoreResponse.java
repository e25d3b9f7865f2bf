package id.zi.monitoring.lke.web;

import id.zi.monitoring.lke.LkeScore;
import id.zi.monitoring.lke.LkeScorer;
import id.zi.monitoring.lke.Readiness;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The calculator's answer, and the score of each side of a stored assessment. Numbers are unrounded (a client rounds to 2 decimals to show them); every node
 * and question of the catalog is present, unanswered questions with value 0.
 *
 * @param nodes     every node of the LKE tree by id (A, A.I, A.I.1, A.I.1.i, …, B.II), parents first
 * @param areas     the six areas by number, pemenuhan and reform together
 * @param questions every question by id with its value in [0, 1]
 * @param rules     the readings of the regulation this service applies
 */
public record ScoreResponse(CatalogView catalog, double total, double pengungkit, double pemenuhan, double reform, double hasil,
        Map<String, NodeView> nodes, Map<String, AreaView> areas, Map<String, QuestionView> questions, List<String> unanswered,
        VerdictView wbk, VerdictView wbbm, RulesView rules) {

    public record CatalogView(String id, int version, String regulation) {
    }

    public record NodeView(String name, String kind, double score, double weight, double percent) {
    }

    public record AreaView(String name, double score, double weight, double percent, List<String> nodes) {
    }

    public record QuestionView(double value, boolean answered) {
    }

    public record VerdictView(boolean eligible, List<FailureView> failures) {
    }

    /**
     * @param condition the threshold (TOTAL, PENGUNGKIT, AREA, AREA_HALF, BERSIH_DAN_AKUNTABEL, SURVEI_ANTI_KORUPSI,
     *                  KINERJA_LEBIH_BAIK, PELAYANAN_PRIMA, PREDIKAT_WBK)
     * @param subject   the node or question measured, the area number for AREA
     */
    public record FailureView(String condition, @Nullable String subject, @Nullable Double value, @Nullable Double minimum, String message) {
    }

    /**
     * @param areaRule        COMBINED: an area's pemenuhan and reform together; EACH_HALF: each on its own
     * @param percentOverflow REJECT or CAP a percentage whose numerator exceeds its denominator
     */
    public record RulesView(String areaRule, String percentOverflow, boolean hasWbk) {
    }

    public static ScoreResponse of(LkeScore score, Readiness.Verdict wbk, Readiness.Verdict wbbm, Readiness readiness, LkeScorer scorer,
            boolean hasWbk) {
        Map<String, NodeView> nodes = new LinkedHashMap<>();
        score.nodes().forEach((id, node) -> nodes.put(id, new NodeView(node.node().name(), node.node().kind().name(),
                number(node.score()), number(node.node().weight()), number(node.percent()))));
        Map<String, AreaView> areas = new LinkedHashMap<>();
        score.areas().forEach((number, area) -> areas.put(Integer.toString(number), new AreaView(area.name(), number(area.score()),
                number(area.weight()), number(area.percent()), area.nodes().stream().map(node -> node.node().id()).toList())));
        Map<String, QuestionView> questions = new LinkedHashMap<>();
        score.questions().forEach((id, question) -> questions.put(id, new QuestionView(number(question.value()), question.answered())));
        return new ScoreResponse(new CatalogView(score.catalog().id(), score.catalog().version(), score.catalog().regulation()),
                number(score.total()), number(score.pengungkit()), number(score.pemenuhan()), number(score.reform()), number(score.hasil()),
                nodes, areas, questions, score.unanswered(), verdict(wbk), verdict(wbbm),
                new RulesView(readiness.rules().areaRule().name(), scorer.overflow().name(), hasWbk));
    }

    private static VerdictView verdict(Readiness.Verdict verdict) {
        return new VerdictView(verdict.eligible(), verdict.failures().stream()
                .map(failure -> new FailureView(failure.condition().name(), failure.subject(), optional(failure.value()),
                        optional(failure.minimum()), failure.message()))
                .toList());
    }

    private static double number(BigDecimal value) {
        return value.doubleValue();
    }

    private static @Nullable Double optional(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
