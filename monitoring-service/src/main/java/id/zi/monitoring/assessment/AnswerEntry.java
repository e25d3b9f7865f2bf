package id.zi.monitoring.assessment;

import id.zi.monitoring.lke.Answer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One side's entry for one question: the answer (an option, a survey index with its policy, or the counts of a
 * percentage), notes, and the evidence it rests on. An entry may hold notes or evidence before it holds an answer.
 *
 * @param option   the chosen option's code (YA, TIDAK, A–E)
 * @param index    a survey index (IPAK, IPKP) on 0–4
 * @param counts   the counts of a percentage question by the catalog's input keys, or numerator and denominator
 * @param policy   for an index: how it was brought to the 4-point scale
 * @param evidence evidence ids of the unit's plan year
 */
public record AnswerEntry(String questionId, @Nullable String option, @Nullable BigDecimal index, @Nullable Map<String, BigDecimal> counts,
        @Nullable IndexPolicy policy, @Nullable String notes, List<String> evidence, String updatedBy, Instant updatedAt) {

    public AnswerEntry {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        counts = counts == null ? null : Map.copyOf(counts);
    }

    static AnswerEntry of(String questionId, @Nullable Answer answer, @Nullable IndexPolicy policy, @Nullable String notes,
            List<String> evidence, String by, Instant at) {
        return switch (answer) {
            case null -> new AnswerEntry(questionId, null, null, null, policy, notes, evidence, by, at);
            case Answer.Option option -> new AnswerEntry(questionId, option.text(), null, null, policy, notes, evidence, by, at);
            case Answer.Index index -> new AnswerEntry(questionId, null, index.value(), null, policy, notes, evidence, by, at);
            case Answer.Counts counts -> new AnswerEntry(questionId, null, null, counts.counts(), policy, notes, evidence, by, at);
        };
    }

    /** What the scorer takes; null while the entry holds no answer. */
    public @Nullable Answer answer() {
        if (option != null) {
            return new Answer.Option(option);
        }
        if (index != null) {
            return new Answer.Index(index);
        }
        if (counts != null) {
            return new Answer.Counts(counts);
        }
        return null;
    }

    /** The answer as JSON shows it: the option, the index, or the counts; null when unanswered. */
    public @Nullable Object shown() {
        return option != null ? option : index != null ? index : counts;
    }
}
