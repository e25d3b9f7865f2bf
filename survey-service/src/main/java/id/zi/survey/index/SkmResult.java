package id.zi.survey.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * An SKM computed under a weight policy: the NRR and weight of every element, the index (Σ NRR × weight,
 * on 1–4) and the IKM (index × 25, on 25–100), all unrounded; only {@link #displayedIkm()} is rounded.
 *
 * @param respondents how many responses the result was computed from; empty when it was given NRRs
 */
public record SkmResult(WeightPolicy weightPolicy, List<Element> elements, double index, OptionalLong respondents) {

    /**
     * @param tally the answers behind the NRR; null when the NRR was given rather than counted
     */
    public record Element(String code, String name, double weight, double nrr, @Nullable Tally tally) {
    }

    public SkmResult {
        elements = List.copyOf(elements);
    }

    public double ikm() {
        return index * 25;
    }

    /** The IKM as published: two decimals, half-up. */
    public BigDecimal displayedIkm() {
        return Grade.twoDecimals(ikm());
    }

    public Grade grade() {
        return Grade.of(ikm());
    }
}
