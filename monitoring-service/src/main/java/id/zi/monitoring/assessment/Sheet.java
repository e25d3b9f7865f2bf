package id.zi.monitoring.assessment;

import id.zi.monitoring.lke.Answer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One side of an assessment: its entries by question, whether it holds that the unit already has Menuju WBK
 * (WBBM needs it), and what its last save scored.
 *
 * @param version the side's own version: one side's save never makes the other side's If-Match stale
 * @param scored  the headline of the last scoring; null before the first save
 */
public record Sheet(List<AnswerEntry> entries, boolean hasWbk, @Nullable Scored scored, long version, @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    public Sheet {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** What a save scored, kept to tell when readiness changes. */
    public record Scored(BigDecimal total, BigDecimal pengungkit, BigDecimal hasil, boolean wbkEligible, boolean wbbmEligible) {
    }

    static Sheet empty() {
        return new Sheet(List.of(), false, null, 0, null, null);
    }

    public Optional<AnswerEntry> entry(String questionId) {
        return entries.stream().filter(entry -> entry.questionId().equals(questionId)).findFirst();
    }

    /** The answers the scorer takes, by question id; entries without an answer are left out (unanswered). */
    public Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (AnswerEntry entry : entries) {
            Answer answer = entry.answer();
            if (answer != null) {
                answers.put(entry.questionId(), answer);
            }
        }
        return answers;
    }

    public boolean wbkEligible() {
        return scored != null && scored.wbkEligible();
    }

    public boolean wbbmEligible() {
        return scored != null && scored.wbbmEligible();
    }
}
