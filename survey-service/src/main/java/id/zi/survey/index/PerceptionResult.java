package id.zi.survey.index;

import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * IPAK or IPKP computed under a scale policy, unrounded: the index on the 4-point scale (mean of the items'
 * converted means), its conversion to 0–100 and the value it brings to the LKE.
 *
 * @param respondents how many responses the result was computed from; empty when it was given item means
 */
public record PerceptionResult(PerceptionInstrument instrument, ScalePolicy scalePolicy, List<Item> items, double index,
        OptionalLong respondents) {

    /** Each perception survey weighs 17.5 of the LKE's 100 (PermenPANRB 90/2021, komponen hasil). */
    static final double LKE_WEIGHT = 17.5;

    /**
     * @param mean on the scale asked (1–6 stars, or 1–4 under {@link ScalePolicy#NATIVE_4})
     * @param converted the mean on the 4-point scale
     * @param tally the answers behind the mean; null when the mean was given rather than counted
     */
    public record Item(String code, String statement, double mean, double converted, @Nullable Tally tally) {
    }

    public PerceptionResult {
        items = List.copyOf(items);
    }

    /** The index on 0–100, as the SKM's IKM is shown. */
    public double conversion() {
        return index * 25;
    }

    /** What this index contributes to the LKE score: index ÷ 4 × 17.5. */
    public double lkeValue() {
        return index / 4 * LKE_WEIGHT;
    }
}
