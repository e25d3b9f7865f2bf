package id.zi.survey.calculator;

import id.zi.survey.index.SkmResult;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The index and NRRs unrounded; {@code ikm} as published, to two decimals, which is also what the grade is read from. */
record SkmAnswer(double index, BigDecimal ikm, String grade, String performance, String weightPolicy, @Nullable Long respondents,
        List<Element> elements) {

    /** @param answers how many respondents answered the element; absent when the NRR was given */
    record Element(String code, String name, double weight, double nrr, @Nullable Long answers) {
    }

    static SkmAnswer of(SkmResult result) {
        return new SkmAnswer(result.index(), result.displayedIkm(), result.grade().name(), result.grade().performance(),
                result.weightPolicy().name(), result.respondents().isPresent() ? result.respondents().getAsLong() : null,
                result.elements().stream().map(element -> new Element(element.code(), element.name(), element.weight(), element.nrr(),
                        element.tally() == null ? null : element.tally().answers())).toList());
    }
}
