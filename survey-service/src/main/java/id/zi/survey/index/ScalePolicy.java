package id.zi.survey.index;

/**
 * How answers on the instrument's scale become the 4-point scale on which IPAK and IPKP are reported.
 * SE MenPANRB 04/2023 asks 1–6 stars and reports on a scale of 4 without saying how one maps to the
 * other, so the mapping is a named choice recorded with every result.
 */
public enum ScalePolicy {

    /** The instrument itself asks 1–4: nothing to convert. */
    NATIVE_4(4),
    /** Stars × 4/6: keeps ratios, so 6 stars is 4 and 1 star is 0.67. */
    RATIO_6_TO_4(6),
    /** (stars − 1) · 3/5 + 1: maps the ends onto the ends, 1 star to 1 and 6 stars to 4. */
    LINEAR_6_TO_4(6);

    private final int highestAnswer;

    ScalePolicy(int highestAnswer) {
        this.highestAnswer = highestAnswer;
    }

    /** The highest answer on the scale asked; the lowest is always 1. */
    public int highestAnswer() {
        return highestAnswer;
    }

    /** A value on the scale asked, converted to the 4-point scale. */
    public double toFourPoint(double asked) {
        return switch (this) {
            case NATIVE_4 -> asked;
            case RATIO_6_TO_4 -> asked * 4 / 6;
            case LINEAR_6_TO_4 -> (asked - 1) * 3 / 5 + 1;
        };
    }
}
