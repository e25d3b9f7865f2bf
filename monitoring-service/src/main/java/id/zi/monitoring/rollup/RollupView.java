package id.zi.monitoring.rollup;

import java.util.List;
import java.util.Map;

/** What a roll-up answers: the node's summary and the same per direct child, for drill-down. */
public record RollupView(String orgPath, int year, String period, Summary summary, List<Child> children) {

    static final Map<String, String> REALISATION_LABELS = Map.of(
            "pooled", "Sum of the rows' realisation % over the rows due, across all units (each row weighs the same)",
            "meanOfUnits", "Plain mean of the units' own realisation %");
    static final Map<String, String> IKM_LABELS = Map.of(
            "pooled", "IKM pooled from all responses: per element the answers' sums over their counts, weighted, × 25",
            "meanOfUnits", "Plain mean of the units' own IKM (each unit weighs the same, whatever its respondents)");
    static final Map<String, String> INDEX_LABELS = Map.of(
            "pooled", "Index pooled from all responses: per statement the converted means weighted by their answers, then the mean",
            "meanOfUnits", "Plain mean of the units' own index");

    public record Child(String orgPath, String id, String name, String kind, Summary summary) {
    }

    /**
     * @param units      units under the node now (org kind UNIT, or any node with facts)
     * @param planStatus units by the status of their plan of the year; {@code NONE} for units without one
     */
    public record Summary(int units, Map<String, Integer> planStatus, CoverageView evidenceCoverage, RealisationView monevRealisation,
            LkeView lke, IkmView ikm, IndexView ipak, IndexView ipkp) {
    }

    /** @param share accepted ÷ required across the units (null when nothing is required) */
    public record CoverageView(int units, long required, long accepted, long pending, long returned, long missing, Double share) {
    }

    public record RealisationView(int units, int approved, long numerator, long denominator, Double pooled, Double meanOfUnits,
            Map<String, String> labels) {
    }

    public record LkeView(ScoresView self, ScoresView tpi) {
    }

    public record ScoresView(int units, Double mean, List<Bin> bins, int wbkReady, int wbbmReady) {
    }

    /** Scores from {@code from} (inclusive) to {@code to} (exclusive; the last bin includes 100). */
    public record Bin(int from, int to, int units) {
    }

    public record IkmView(int units, long respondents, Double pooled, Double meanOfUnits, List<String> weightPolicies,
            Map<String, String> labels) {
    }

    public record IndexView(int units, long respondents, Double pooled, Double meanOfUnits, List<String> scalePolicies,
            Map<String, String> labels) {
    }

    public record RankingRow(int rank, String unitId, String name, String orgPath, double value) {
    }
}
