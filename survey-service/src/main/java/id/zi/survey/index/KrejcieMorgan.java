package id.zi.survey.index;

/**
 * The minimum SKM sample of PermenPANRB 14/2017 (Bab IV B and Lampiran II): Krejcie and Morgan's
 * S = λ²·N·P·Q / (d²·(N−1) + λ²·P·Q) with P = Q = 0.5. The regulation leaves λ² and d open
 * ("d = 0,0"); its table is the one Krejcie and Morgan printed for λ² = 3.841 (χ², one degree of freedom,
 * 95 %) and d = 0.05, rounded to the nearest whole respondent, which reproduces every row.
 */
public final class KrejcieMorgan {

    static final double CHI_SQUARE = 3.841;
    static final double PROPORTION = 0.5;
    static final double MARGIN = 0.05;

    private KrejcieMorgan() {
    }

    /** @param population the service users of the period */
    public static long minimumSample(long population) {
        if (population < 1) {
            throw new InvalidSurveyInput("population", "a population counts at least one service user, not " + population);
        }
        double pq = PROPORTION * (1 - PROPORTION);
        double sample = CHI_SQUARE * population * pq / (MARGIN * MARGIN * (population - 1) + CHI_SQUARE * pq);
        return Math.round(sample);
    }
}
