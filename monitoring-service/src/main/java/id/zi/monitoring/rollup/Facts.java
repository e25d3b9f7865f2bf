package id.zi.monitoring.rollup;

import java.util.List;

/** The facts of a unit as the index holds them: parsed once when loaded, read by every roll-up. */
final class Facts {

    private Facts() {
    }

    /**
     * A plan year: its status and evidence coverage. A requirement is one evidence kind a plan row asks for; it
     * is accepted when live evidence of that kind linked to the row was accepted, else pending, else returned
     * (rejected or changes requested), else missing.
     */
    record Plan(int year, String status, Coverage coverage) {
    }

    record Coverage(int required, int accepted, int pending, int returned, int missing) {

        static final Coverage NONE = new Coverage(0, 0, 0, 0, 0);
    }

    /** A monev: the realisation in % is numerator / denominator (the sum of the rows' % over the rows due). */
    record Monev(String period, int year, String periodEnd, String status, long numerator, long denominator) {
    }

    record Lke(int year, String side, double total, boolean wbk, boolean wbbm) {
    }

    /** A published survey result with the element sums and answer counts that make pooling exact. */
    record Survey(String period, int year, String instrument, int respondents, List<Element> elements, double index, String policy) {
    }

    /**
     * @param converted SPAK/SPKP: the element's mean on the 4-point scale (an affine map of the mean answer under
     *                  every scale policy, so the answer-weighted mean of converted values is the converted
     *                  pooled mean)
     */
    record Element(String code, double weight, long sum, long answers, double converted) {
    }

    /**
     * One unit's facts that count at one place in the tree: where the unit is now, or where it was when a fact's
     * latest event happened (a period closed before a move stays where it was).
     */
    record Placement(String unitId, String path, boolean current, boolean subject, List<Plan> plans, List<Monev> monevs, List<Lke> lke,
            List<Survey> surveys) {

        Plan plan(int year) {
            for (Plan plan : plans) {
                if (plan.year() == year) {
                    return plan;
                }
            }
            return null;
        }

        /** The monev of {@code period}, or without one the unit's latest monev of the year. */
        Monev monev(int year, String period) {
            Monev found = null;
            for (Monev monev : monevs) {
                if (period != null ? monev.period().equals(period)
                        : monev.year() == year && (found == null || monev.periodEnd().compareTo(found.periodEnd()) > 0)) {
                    found = monev;
                }
            }
            return found;
        }

        Lke lke(int year, String side) {
            for (Lke fact : lke) {
                if (fact.year() == year && fact.side().equals(side)) {
                    return fact;
                }
            }
            return null;
        }

        /** The survey results of {@code period}, or without one every result of the year. */
        boolean surveyCounts(Survey survey, int year, String period) {
            return period != null ? survey.period().equals(period) : survey.year() == year;
        }
    }
}
