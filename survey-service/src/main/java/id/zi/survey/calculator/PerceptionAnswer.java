package id.zi.survey.calculator;

import id.zi.survey.index.PerceptionResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** All unrounded, since the LKE score adds {@code lkeValue} to other parts before anything is shown. */
record PerceptionAnswer(double index, double conversion, double lkeValue, String instrument, String scalePolicy,
        @Nullable Long respondents, List<Item> items) {

    /**
     * @param mean on the scale asked
     * @param converted on the 4-point scale
     * @param answers how many respondents answered the statement; absent when the mean was given
     */
    record Item(String code, String statement, double mean, double converted, @Nullable Long answers) {
    }

    static PerceptionAnswer of(PerceptionResult result) {
        return new PerceptionAnswer(result.index(), result.conversion(), result.lkeValue(), result.instrument().name(),
                result.scalePolicy().name(), result.respondents().isPresent() ? result.respondents().getAsLong() : null,
                result.items().stream().map(item -> new Item(item.code(), item.statement(), item.mean(), item.converted(),
                        item.tally() == null ? null : item.tally().answers())).toList());
    }
}
