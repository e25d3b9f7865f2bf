package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One question of the LKE.
 *
 * @param answerType the catalog's answer type ({@code YA_TIDAK}, {@code ABCD}, {@code PERCENT}, …)
 * @param weight     its own share of its node's weight, only under a WEIGHTED node
 * @param inputs     the counts a PERCENT question is computed from
 * @param ratio      how a PERCENT question combines its inputs
 * @param index      the survey index an INDEX question takes ({@code IPAK}, {@code IPKP})
 * @param criteria   the regulation's words for when an answer applies ("Ya, jika Tim telah dibentuk …"), per option
 */
public record LkeQuestion(String id, String text, String answerType, AnswerScale scale, @Nullable BigDecimal weight,
        List<Input> inputs, @Nullable Ratio ratio, @Nullable String index, List<Criterion> criteria) {

    public LkeQuestion {
        inputs = List.copyOf(inputs);
        criteria = List.copyOf(criteria);
    }

    /** @param option the option the text describes ({@code YA}, {@code A}, …) */
    public record Criterion(String option, String text) {
    }

    /**
     * A count the user enters.
     *
     * @param informational printed and collected by the regulation, but not part of the ratio
     */
    public record Input(String key, String label, boolean informational) {
    }

    /** value = (Σ numerator plus − Σ numerator minus) ÷ (Σ denominator plus − Σ denominator minus). */
    public record Ratio(List<String> numeratorPlus, List<String> numeratorMinus, List<String> denominatorPlus,
            List<String> denominatorMinus) {

        public Ratio {
            numeratorPlus = List.copyOf(numeratorPlus);
            numeratorMinus = List.copyOf(numeratorMinus);
            denominatorPlus = List.copyOf(denominatorPlus);
            denominatorMinus = List.copyOf(denominatorMinus);
        }
    }

    /** What an acceptable answer looks like, for error messages. */
    public String expects() {
        return switch (scale) {
            case AnswerScale.Choice choice -> "one of " + choice.labels();
            case AnswerScale.Index range -> "the " + index + " index, a number from " + range.min().toPlainString() + " to "
                    + range.max().toPlainString();
            case AnswerScale.Ratio ignored -> "the counts {" + inputs.stream()
                    .map(input -> input.informational() ? input.key() + " (optional)" : input.key())
                    .collect(Collectors.joining(", ")) + "} or {" + Answer.Counts.NUMERATOR + ", " + Answer.Counts.DENOMINATOR + "}";
        };
    }
}
