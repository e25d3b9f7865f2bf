package id.zi.survey.index;

/**
 * The answers one element or item received: their sum and how many respondents answered it. Kept as
 * numerator and denominator so that periods and units can be pooled by adding tallies and dividing last.
 */
public record Tally(long sum, long answers) {

    public Tally {
        if (answers < 0 || sum < 0) {
            throw new IllegalArgumentException("a tally counts answers, it cannot be negative: " + sum + "/" + answers);
        }
    }

    public static final Tally NONE = new Tally(0, 0);

    public Tally plus(long answer) {
        return new Tally(sum + answer, answers + 1);
    }

    public Tally plus(Tally other) {
        return new Tally(sum + other.sum, answers + other.answers);
    }

    /** The mean answer; only defined once somebody answered. */
    public double mean() {
        if (answers == 0) {
            throw new IllegalStateException("no answers to average");
        }
        return (double) sum / answers;
    }
}
