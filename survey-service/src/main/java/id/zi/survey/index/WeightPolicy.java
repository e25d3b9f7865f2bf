package id.zi.survey.index;

/**
 * Which weight each SKM element carries in the index. The regulation defines the weight as 1/n but prints
 * it for nine elements as "0,11"; reports in the field use 0.11, 0.111 or the exact 1/9, and the results
 * differ by up to an IKM point, enough to change a grade. So the policy is named in every result.
 */
public enum WeightPolicy {

    /** The instrument's own weights: 1/n for equal elements, or the unit's adapted weights. The default. */
    EXACT(Double.NaN),
    /** The printed weight 0,11 for each of nine equal elements, as in the regulation's worked example. */
    LITERAL_0_11(0.11),
    /** 0.111 for each of nine equal elements, as many field spreadsheets do. */
    LITERAL_0_111(0.111);

    private static final int PRINTED_FOR_ELEMENTS = 9;

    private final double literalWeight;

    WeightPolicy(double literalWeight) {
        this.literalWeight = literalWeight;
    }

    double weightOf(SkmElement element, SkmInstrument instrument) {
        if (this == EXACT) {
            return element.weight();
        }
        if (instrument.elements().size() != PRINTED_FOR_ELEMENTS || !instrument.equallyWeighted()) {
            throw new InvalidSurveyInput("weightPolicy", name() + " reproduces the printed weight " + literalWeight
                    + " of nine equally weighted elements; this instrument has " + instrument.elements().size()
                    + (instrument.equallyWeighted() ? " elements" : " elements of unequal weight") + ": use EXACT");
        }
        return literalWeight;
    }
}
