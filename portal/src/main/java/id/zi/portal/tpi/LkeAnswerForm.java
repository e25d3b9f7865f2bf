package id.zi.portal.tpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The TPI's form for one question, as the {@code PATCH …/tpi} body's entry: a choice as its option, an index as a
 * number with its scale policy, a percentage as its counts. What does not read as a number is sent as typed, so
 * the API names the field and says why; the page never second-guesses the calculator.
 */
final class LkeAnswerForm {

    private LkeAnswerForm() {
    }

    /**
     * @param kind     CHOICE, PERCENT or INDEX ({@link LkeSheet})
     * @param params   the form's fields: {@code answer}, {@code policy}, {@code notes}, {@code count.<key>}
     * @param evidence the evidence ids the TPI's entry already links (kept: a save replaces the whole entry)
     * @return the body {@code {"answers": {id: entry-or-null}}}
     */
    static Map<String, Object> body(String questionId, String kind, Map<String, String> params, List<String> evidence) {
        Object answer = switch (kind) {
            case LkeSheet.PERCENT -> counts(params);
            case LkeSheet.INDEX -> number(params.get("answer"));
            default -> blank(params.get("answer"));
        };
        String notes = blank(params.get("notes"));
        Map<String, Object> answers = new LinkedHashMap<>();
        if (answer == null && notes == null && evidence.isEmpty()) {
            answers.put(questionId, null);
        } else {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (answer != null) {
                entry.put("answer", answer);
            }
            String policy = blank(params.get("policy"));
            if (LkeSheet.INDEX.equals(kind) && policy != null && answer != null) {
                entry.put("policy", policy);
            }
            if (notes != null) {
                entry.put("notes", notes);
            }
            if (!evidence.isEmpty()) {
                entry.put("evidence", List.copyOf(evidence));
            }
            answers.put(questionId, entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        return body;
    }

    /** The form's own values to show again after the API refused them. */
    static Map<String, String> typed(Map<String, String> params) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.equals("answer") || name.equals("policy") || name.equals("notes") || name.startsWith("count.")) {
                typed.put(name, value);
            }
        });
        return typed;
    }

    /**
     * The API's field errors of this question by what the form calls them: {@code answers.<id>.answer.<key>} is
     * {@code count.<key>}, {@code answers.<id>.policy} is {@code policy}; anything else is the question's ({@code ""}).
     */
    static Map<String, String> errors(String questionId, List<String[]> fieldsAndMessages) {
        String prefix = "answers." + questionId + ".";
        Map<String, String> errors = new LinkedHashMap<>();
        for (String[] error : fieldsAndMessages) {
            String field = error[0] == null ? "" : error[0];
            String key = "";
            if (field.startsWith(prefix + "answer.")) {
                key = "count." + field.substring((prefix + "answer.").length());
            } else if (field.startsWith(prefix)) {
                key = field.substring(prefix.length());
            }
            errors.merge(key, error[1], (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private static @Nullable Map<String, Object> counts(Map<String, String> params) {
        Map<String, Object> counts = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("count.") && blank(value) != null) {
                counts.put(name.substring("count.".length()), number(value));
            }
        });
        return counts.isEmpty() ? null : counts;
    }

    /** A number as typed, with a decimal comma or point; anything else as the text typed. */
    static @Nullable Object number(@Nullable String value) {
        String typed = blank(value);
        if (typed == null) {
            return null;
        }
        try {
            return new BigDecimal(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
