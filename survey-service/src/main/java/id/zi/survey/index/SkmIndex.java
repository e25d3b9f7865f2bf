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
 * The SKM index of PermenPANRB 14/2017, Bab V: NRR per element = sum of its answers ÷ respondents who
 * answered it; index = Σ NRR × weight; IKM = index × 25.
 */
public final class SkmIndex {

    static final int LOWEST_ANSWER = 1;
    static final int HIGHEST_ANSWER = 4;

    private SkmIndex() {
    }

    /** From an NRR per element, as a report or spreadsheet gives them; every element of the instrument, each once. */
    public static SkmResult fromNrr(SkmInstrument instrument, List<CodedValue> nrrs, WeightPolicy policy) {
        Map<String, Double> byCode = new LinkedHashMap<>();
        for (int i = 0; i < nrrs.size(); i++) {
            CodedValue given = nrrs.get(i);
            if (instrument.element(given.code()).isEmpty()) {
                throw new InvalidSurveyInput("elements[" + i + "].code",
                        "unknown element code " + given.code() + "; the instrument has " + String.join(", ", instrument.codes()));
            }
            if (byCode.containsKey(given.code())) {
                throw new InvalidSurveyInput("elements[" + i + "].code", given.code() + " is given twice");
            }
            if (!(given.value() >= LOWEST_ANSWER && given.value() <= HIGHEST_ANSWER)) {
                throw new InvalidSurveyInput("elements[" + i + "].nrr",
                        "an NRR is a mean of answers from 1 to 4, so it lies between 1 and 4, not " + given.value());
            }
            byCode.put(given.code(), given.value());
        }
        requireEvery(instrument, byCode.keySet(), "elements", "has no NRR");
        return compute(instrument, policy, code -> byCode.get(code), null, OptionalLong.empty());
    }

    /**
     * From individual responses (element code → answer 1–4). A respondent may skip an element; every element
     * needs at least one answer.
     */
    public static SkmResult fromResponses(SkmInstrument instrument, List<? extends Map<String, ? extends @Nullable Number>> responses,
            WeightPolicy policy) {
        Map<String, Tally> tallies = Responses.tally(responses, instrument.codes(), LOWEST_ANSWER, HIGHEST_ANSWER);
        return fromTallies(instrument, tallies, policy, responses.size());
    }

    /** From answers already counted per element, e.g. pooled over units or months by adding their tallies. */
    public static SkmResult fromTallies(SkmInstrument instrument, Map<String, Tally> tallies, WeightPolicy policy, long respondents) {
        for (String code : tallies.keySet()) {
            if (instrument.element(code).isEmpty()) {
                throw new InvalidSurveyInput("responses", "unknown element code " + code);
            }
        }
        Set<String> answered = new HashSet<>();
        tallies.forEach((code, tally) -> {
            if (tally.answers() > 0) {
                answered.add(code);
            }
        });
        requireEvery(instrument, answered, "responses", "has no answer");
        for (Map.Entry<String, Tally> tally : tallies.entrySet()) {
            double mean = tally.getValue().mean();
            if (mean < LOWEST_ANSWER || mean > HIGHEST_ANSWER) {
                throw new InvalidSurveyInput("responses", tally.getKey() + " averages " + mean + ", outside the answers 1–4");
            }
        }
        return compute(instrument, policy, code -> tallies.get(code).mean(), tallies, OptionalLong.of(respondents));
    }

    private static SkmResult compute(SkmInstrument instrument, WeightPolicy policy, ToDoubleFunction<String> nrrOf,
            @Nullable Map<String, Tally> tallies, OptionalLong respondents) {
        List<SkmResult.Element> elements = new ArrayList<>();
        double index = 0;
        for (SkmElement element : instrument.elements()) {
            double weight = policy.weightOf(element, instrument);
            double nrr = nrrOf.applyAsDouble(element.code());
            index += nrr * weight;
            elements.add(new SkmResult.Element(element.code(), element.name(), weight, nrr, tallies == null ? null : tallies.get(element.code())));
        }
        if (policy == WeightPolicy.EXACT && instrument.equallyWeighted()) {
            // The same index as Σ NRR × 1/n, without the rounding of 1/n: nine answers of 4 give exactly 4 (IKM 100), not 4.000…01.
            index = elements.stream().mapToDouble(SkmResult.Element::nrr).sum() / elements.size();
        }
        return new SkmResult(policy, elements, index, respondents);
    }

    private static void requireEvery(SkmInstrument instrument, Set<String> present, String field, String problem) {
        List<String> missing = instrument.elements().stream()
                .filter(element -> !present.contains(element.code()))
                .map(element -> element.code() + " (" + element.name() + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidSurveyInput(field, String.join(", ", missing) + " " + problem + ": the index needs every element of the instrument");
        }
    }
}
