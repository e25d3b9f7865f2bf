package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the answers of one answer type map to a value in [0, 1]. The catalog's {@code answerScales} is the one
 * place these mappings are written; nothing here repeats them.
 */
public sealed interface AnswerScale {

    /** Options with fixed values: Ya/Tidak, A–C, A–D, A–E. */
    record Choice(List<ChoiceOption> options) implements AnswerScale {

        public Choice {
            options = List.copyOf(options);
        }

        /** The option whose code or label is {@code answer}, ignoring case and surrounding blanks. */
        public Optional<ChoiceOption> find(String answer) {
            String wanted = answer.strip().toUpperCase(Locale.ROOT);
            return options.stream()
                    .filter(option -> option.code().toUpperCase(Locale.ROOT).equals(wanted)
                            || option.label().toUpperCase(Locale.ROOT).equals(wanted))
                    .findFirst();
        }

        public String labels() {
            return options.stream().map(ChoiceOption::label).collect(Collectors.joining(", "));
        }

        public BigDecimal top() {
            return options.stream().map(ChoiceOption::value).max(BigDecimal::compareTo).orElseThrow();
        }
    }

    record ChoiceOption(String code, String label, BigDecimal value) {
    }

    /** A percentage question's ratio, clamped to [min, max]. */
    record Ratio(BigDecimal min, BigDecimal max) implements AnswerScale {
    }

    /** A survey index on [min, max]; its value is index ÷ max. */
    record Index(BigDecimal min, BigDecimal max) implements AnswerScale {
    }
}
