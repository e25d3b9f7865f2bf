package id.zi.survey.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * IPAK and IPKP: the mean of each statement's answers on the scale asked, converted to the 4-point scale
 * by the scale policy, and averaged over the statements with equal weight (the circular gives none).
 */
public final class PerceptionIndex {

    private PerceptionIndex() {
    }

    /** From a mean per statement on the scale asked; every statement of the instrument, each once. */
    public static PerceptionResult fromMeans(PerceptionInstrument instrument, ScalePolicy policy, List<CodedValue> means) {
        Map<String, Double> byCode = new LinkedHashMap<>();
        for (int i = 0; i < means.size(); i++) {
            CodedValue given = means.get(i);
            if (!instrument.codes().contains(given.code())) {
                throw new InvalidSurveyInput("items[" + i + "].code",
                        "unknown " + instrument + " item " + given.code() + "; it has " + String.join(", ", instrument.codes()));
            }
            if (byCode.containsKey(given.code())) {
                throw new InvalidSurveyInput("items[" + i + "].code", given.code() + " is given twice");
            }
            if (!(given.value() >= 1 && given.value() <= policy.highestAnswer())) {
                throw new InvalidSurveyInput("items[" + i + "].mean", "under " + policy + " answers run from 1 to "
                        + policy.highestAnswer() + ", so a mean lies between them, not " + given.value());
            }
            byCode.put(given.code(), given.value());
        }
        requireEvery(instrument, byCode.keySet(), "items", "has no mean");
        return compute(instrument, policy, byCode::get, null, OptionalLong.empty());
    }

    /** From individual responses (statement code → answer on the scale asked); a respondent may skip a statement. */
    public static PerceptionResult fromResponses(PerceptionInstrument instrument, ScalePolicy policy,
            List<? extends Map<String, ? extends @Nullable Number>> responses) {
        Map<String, Tally> tallies = Responses.tally(responses, instrument.codes(), 1, policy.highestAnswer());
        return fromTallies(instrument, policy, tallies, responses.size());
    }

    /** From answers already counted per statement, e.g. pooled over the last three months by adding tallies. */
    public static PerceptionResult fromTallies(PerceptionInstrument instrument, ScalePolicy policy, Map<String, Tally> tallies,
            long respondents) {
        for (Map.Entry<String, Tally> tally : tallies.entrySet()) {
            if (!instrument.codes().contains(tally.getKey())) {
                throw new InvalidSurveyInput("responses", "unknown " + instrument + " item " + tally.getKey());
            }
            if (tally.getValue().answers() > 0 && (tally.getValue().mean() < 1 || tally.getValue().mean() > policy.highestAnswer())) {
                throw new InvalidSurveyInput("responses", tally.getKey() + " averages " + tally.getValue().mean()
                        + ", outside the answers 1–" + policy.highestAnswer() + " of " + policy);
            }
        }
        Set<String> answered = new HashSet<>();
        tallies.forEach((code, tally) -> {
            if (tally.answers() > 0) {
                answered.add(code);
            }
        });
        requireEvery(instrument, answered, "responses", "has no answer");
        return compute(instrument, policy, code -> tallies.get(code).mean(), tallies, OptionalLong.of(respondents));
    }

    private static PerceptionResult compute(PerceptionInstrument instrument, ScalePolicy policy, ToDoubleFunction<String> meanOf,
            @Nullable Map<String, Tally> tallies, OptionalLong respondents) {
        List<PerceptionResult.Item> items = new ArrayList<>();
        double sum = 0;
        for (PerceptionInstrument.Item item : instrument.items()) {
            double mean = meanOf.applyAsDouble(item.code());
            double converted = policy.toFourPoint(mean);
            sum += converted;
            items.add(new PerceptionResult.Item(item.code(), item.statement(), mean, converted, tallies == null ? null : tallies.get(item.code())));
        }
        return new PerceptionResult(instrument, policy, items, sum / items.size(), respondents);
    }

    private static void requireEvery(PerceptionInstrument instrument, Set<String> present, String field, String problem) {
        List<String> missing = instrument.codes().stream().filter(code -> !present.contains(code)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSurveyInput(field, String.join(", ", missing) + " " + problem + ": the index needs every statement of " + instrument);
        }
    }
}
