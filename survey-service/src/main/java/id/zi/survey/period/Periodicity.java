package id.zi.survey.period;

/**
 * How often a unit reports a survey: PermenPANRB 14/2017 asks for at least a yearly SKM and allows
 * quarterly or semester reporting; the quarter is the default because the SE on SPAK/SPKP asks for the
 * mean over at least the last three months.
 */
public enum Periodicity {

    QUARTER(3, "Q"),
    SEMESTER(6, "S"),
    YEAR(12, "");

    private final int months;
    private final String marker;

    Periodicity(int months, String marker) {
        this.months = months;
        this.marker = marker;
    }

    public int months() {
        return months;
    }

    /** How many periods of this kind a year has. */
    public int perYear() {
        return 12 / months;
    }

    String marker() {
        return marker;
    }

    /** Whether a period of this kind is made of whole periods of {@code finer}: a year of quarters, a semester of quarters. */
    public boolean coarserOrEqual(Periodicity finer) {
        return months >= finer.months;
    }
}
