package id.zi.survey.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Tallies individual responses (code → answer) per element or item, refusing what the instrument cannot hold. */
final class Responses {

    private Responses() {
    }

    /**
     * @param codes the instrument's codes, in its order
     * @return a tally for every code, in the instrument's order; a code left out of a response, or given as
     *         null, is a question that respondent skipped
     */
    static Map<String, Tally> tally(List<? extends Map<String, ? extends @Nullable Number>> responses, List<String> codes,
            int lowest, int highest) {
        if (responses.isEmpty()) {
            throw new InvalidSurveyInput("responses", "at least one response is needed");
        }
        Set<String> known = Set.copyOf(codes);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        codes.forEach(code -> tallies.put(code, Tally.NONE));
        for (int i = 0; i < responses.size(); i++) {
            for (Map.Entry<String, ? extends @Nullable Number> answer : responses.get(i).entrySet()) {
                String field = "responses[" + i + "]." + answer.getKey();
                if (!known.contains(answer.getKey())) {
                    throw new InvalidSurveyInput(field, "unknown code " + answer.getKey() + "; the instrument has " + String.join(", ", codes));
                }
                Number value = answer.getValue();
                if (value == null) {
                    continue;
                }
                double number = value.doubleValue();
                if (number != Math.rint(number) || number < lowest || number > highest) {
                    throw new InvalidSurveyInput(field, "an answer is a whole number from " + lowest + " to " + highest + ", not " + value);
                }
                tallies.merge(answer.getKey(), Tally.NONE.plus((long) number), Tally::plus);
            }
        }
        return tallies;
    }
}
