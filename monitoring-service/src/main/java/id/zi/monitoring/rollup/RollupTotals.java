package id.zi.monitoring.rollup;

import id.zi.monitoring.rollup.Facts.Coverage;
import id.zi.monitoring.rollup.Facts.Element;
import id.zi.monitoring.rollup.Facts.Lke;
import id.zi.monitoring.rollup.Facts.Monev;
import id.zi.monitoring.rollup.Facts.Placement;
import id.zi.monitoring.rollup.Facts.Plan;
import id.zi.monitoring.rollup.Facts.Survey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds up the facts of the units under one node for one year (and period). The rules (ZI-DOMAIN §8): a ratio
 * across units sums numerators and denominators and divides last (pooled); where people expect it, the plain
 * mean of the units' own values stands beside it, each labelled. Not thread-safe while it is being filled; once
 * cached by {@link RollupIndex} it is only read (merged into a parent's, summarised).
 */
final class RollupTotals {

    static final String NO_PLAN = "NONE";
    static final int BINS = 10;

    private final int year;
    private final String period;

    private int units;
    private final Map<String, Integer> planStatus = new TreeMap<>();
    private int coverageUnits;
    private long required;
    private long accepted;
    private long pending;
    private long returned;
    private long missing;
    private int monevUnits;
    private int monevApproved;
    private long realisationNumerator;
    private long realisationDenominator;
    private double unitRealisationSum;
    private int unitRealisationCount;
    private final Scores self = new Scores();
    private final Scores tpi = new Scores();
    private final SkmPool ikm = new SkmPool();
    private int ikmUnits;
    private double unitIkmSum;
    private final Map<String, IndexPool> indices = new HashMap<>();

    RollupTotals(int year, String period) {
        this.year = year;
        this.period = period;
    }

    /**
     * @param hasPlanElsewhere whether the unit has a plan of the year counted at another place (so it is not
     *                         counted as having none here)
     */
    void add(Placement placement, boolean hasPlanElsewhere) {
        Plan plan = placement.plan(year);
        if (placement.current() && placement.subject()) {
            units++;
            if (plan == null && !hasPlanElsewhere) {
                planStatus.merge(NO_PLAN, 1, Integer::sum);
            }
        }
        if (plan != null) {
            planStatus.merge(plan.status(), 1, Integer::sum);
            addCoverage(plan.coverage());
        }
        Monev monev = placement.monev(year, period);
        if (monev != null) {
            monevUnits++;
            if ("APPROVED".equals(monev.status())) {
                monevApproved++;
            }
            realisationNumerator += monev.numerator();
            realisationDenominator += monev.denominator();
            if (monev.denominator() > 0) {
                unitRealisationSum += (double) monev.numerator() / monev.denominator();
                unitRealisationCount++;
            }
        }
        self.add(placement.lke(year, "SELF"));
        tpi.add(placement.lke(year, "TPI"));
        SkmPool unitIkm = new SkmPool();
        Map<String, IndexPool> unitIndices = new HashMap<>();
        for (Survey survey : placement.surveys()) {
            if (!placement.surveyCounts(survey, year, period)) {
                continue;
            }
            if (survey.instrument().equals("SKM")) {
                unitIkm.add(survey);
                ikm.add(survey);
            } else {
                unitIndices.computeIfAbsent(survey.instrument(), i -> new IndexPool()).add(survey);
                indices.computeIfAbsent(survey.instrument(), i -> new IndexPool()).add(survey);
            }
        }
        Double unitValue = unitIkm.ikm();
        if (unitValue != null) {
            ikmUnits++;
            unitIkmSum += unitValue;
        }
        unitIndices.forEach((instrument, pool) -> {
            Double value = pool.index();
            if (value != null) {
                indices.get(instrument).addUnit(value);
            }
        });
    }

    /**
     * Adds up the totals of another part of the tree (a child node), as if its units had been added here one by one:
     * every figure is a sum, so a node's totals are its own units' and its children's. {@code other} is only read.
     */
    void merge(RollupTotals other) {
        units += other.units;
        other.planStatus.forEach((status, count) -> planStatus.merge(status, count, Integer::sum));
        coverageUnits += other.coverageUnits;
        required += other.required;
        accepted += other.accepted;
        pending += other.pending;
        returned += other.returned;
        missing += other.missing;
        monevUnits += other.monevUnits;
        monevApproved += other.monevApproved;
        realisationNumerator += other.realisationNumerator;
        realisationDenominator += other.realisationDenominator;
        unitRealisationSum += other.unitRealisationSum;
        unitRealisationCount += other.unitRealisationCount;
        self.merge(other.self);
        tpi.merge(other.tpi);
        ikm.merge(other.ikm);
        ikmUnits += other.ikmUnits;
        unitIkmSum += other.unitIkmSum;
        other.indices.forEach((instrument, pool) -> indices.computeIfAbsent(instrument, i -> new IndexPool()).merge(pool));
    }

    void addCoverage(Coverage coverage) {
        coverageUnits++;
        required += coverage.required();
        accepted += coverage.accepted();
        pending += coverage.pending();
        returned += coverage.returned();
        missing += coverage.missing();
    }

    RollupView.Summary summary() {
        RollupView.CoverageView coverage = new RollupView.CoverageView(coverageUnits, required, accepted, pending, returned, missing,
                required == 0 ? null : (double) accepted / required);
        RollupView.RealisationView realisation = new RollupView.RealisationView(monevUnits, monevApproved, realisationNumerator,
                realisationDenominator, realisationDenominator == 0 ? null : (double) realisationNumerator / realisationDenominator,
                unitRealisationCount == 0 ? null : unitRealisationSum / unitRealisationCount, RollupView.REALISATION_LABELS);
        RollupView.IkmView ikmView = new RollupView.IkmView(ikmUnits, ikm.respondents, ikm.ikm(), ikmUnits == 0 ? null : unitIkmSum / ikmUnits,
                new ArrayList<>(new TreeSet<>(ikm.policies)), RollupView.IKM_LABELS);
        return new RollupView.Summary(units, planStatus, coverage, realisation, new RollupView.LkeView(self.view(), tpi.view()), ikmView,
                indexView("SPAK"), indexView("SPKP"));
    }

    private RollupView.IndexView indexView(String instrument) {
        IndexPool pool = indices.get(instrument);
        if (pool == null) {
            return new RollupView.IndexView(0, 0, null, null, List.of(), RollupView.INDEX_LABELS);
        }
        return new RollupView.IndexView(pool.units, pool.respondents, pool.index(), pool.units == 0 ? null : pool.unitSum / pool.units,
                new ArrayList<>(new TreeSet<>(pool.policies)), RollupView.INDEX_LABELS);
    }

    /** The bin of a score of 0–100: 0 for [0, 10), …, 9 for [90, 100] (100 belongs to the last). */
    static int bin(double score) {
        int bin = (int) Math.floor(score / 10);
        return Math.max(0, Math.min(BINS - 1, bin));
    }

    /** LKE totals of one side: their distribution in bins of 10, mean, and the units ready for each predicate. */
    static final class Scores {

        private final int[] bins = new int[BINS];
        private int units;
        private double sum;
        private int wbk;
        private int wbbm;

        void add(Lke lke) {
            if (lke == null) {
                return;
            }
            units++;
            sum += lke.total();
            bins[bin(lke.total())]++;
            wbk += lke.wbk() ? 1 : 0;
            wbbm += lke.wbbm() ? 1 : 0;
        }

        void merge(Scores other) {
            for (int i = 0; i < BINS; i++) {
                bins[i] += other.bins[i];
            }
            units += other.units;
            sum += other.sum;
            wbk += other.wbk;
            wbbm += other.wbbm;
        }

        RollupView.ScoresView view() {
            List<RollupView.Bin> list = new ArrayList<>();
            for (int i = 0; i < BINS; i++) {
                list.add(new RollupView.Bin(i * 10, i * 10 + 10, bins[i]));
            }
            return new RollupView.ScoresView(units, units == 0 ? null : sum / units, list, wbk, wbbm);
        }
    }

    /**
     * SKM results pooled from every response: per element the answers' sums and counts add up, the NRR is divided
     * last, and the IKM is 25 × the weighted NRRs (weights renormalised over the elements present, so results of
     * instrument versions with other elements still give a 1–4 index).
     */
    static final class SkmPool {

        private final Map<String, double[]> elements = new HashMap<>();
        private long respondents;
        private final List<String> policies = new ArrayList<>();

        void add(Survey survey) {
            respondents += survey.respondents();
            if (survey.policy() != null && !policies.contains(survey.policy())) {
                policies.add(survey.policy());
            }
            for (Element element : survey.elements()) {
                double[] pool = elements.computeIfAbsent(element.code(), c -> new double[3]);
                pool[0] = element.weight();
                pool[1] += element.sum();
                pool[2] += element.answers();
            }
        }

        void merge(SkmPool other) {
            respondents += other.respondents;
            other.policies.stream().filter(policy -> !policies.contains(policy)).forEach(policies::add);
            other.elements.forEach((code, theirs) -> {
                double[] pool = elements.computeIfAbsent(code, c -> new double[3]);
                pool[0] = theirs[0];
                pool[1] += theirs[1];
                pool[2] += theirs[2];
            });
        }

        Double ikm() {
            double weighted = 0;
            double weights = 0;
            for (double[] pool : elements.values()) {
                if (pool[2] > 0) {
                    weighted += pool[0] * pool[1] / pool[2];
                    weights += pool[0];
                }
            }
            return weights == 0 ? null : weighted / weights * 25;
        }
    }

    /**
     * IPAK or IPKP pooled from every response: per statement the converted means weighted by their answers (exact,
     * as every scale policy maps answers affinely), then the mean over the statements.
     */
    static final class IndexPool {

        private final Map<String, double[]> statements = new HashMap<>();
        private long respondents;
        private int units;
        private double unitSum;
        private final List<String> policies = new ArrayList<>();

        void add(Survey survey) {
            respondents += survey.respondents();
            if (survey.policy() != null && !policies.contains(survey.policy())) {
                policies.add(survey.policy());
            }
            for (Element element : survey.elements()) {
                double[] pool = statements.computeIfAbsent(element.code(), c -> new double[2]);
                pool[0] += element.converted() * element.answers();
                pool[1] += element.answers();
            }
        }

        void merge(IndexPool other) {
            respondents += other.respondents;
            units += other.units;
            unitSum += other.unitSum;
            other.policies.stream().filter(policy -> !policies.contains(policy)).forEach(policies::add);
            other.statements.forEach((code, theirs) -> {
                double[] pool = statements.computeIfAbsent(code, c -> new double[2]);
                pool[0] += theirs[0];
                pool[1] += theirs[1];
            });
        }

        void addUnit(double index) {
            units++;
            unitSum += index;
        }

        Double index() {
            double sum = 0;
            int count = 0;
            for (double[] pool : statements.values()) {
                if (pool[1] > 0) {
                    sum += pool[0] / pool[1];
                    count++;
                }
            }
            return count == 0 ? null : sum / count;
        }
    }
}
