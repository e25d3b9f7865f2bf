package id.zi.survey.survey;

import id.zi.survey.index.SkmElement;
import id.zi.survey.index.SkmInstrument;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What respondents were asked from {@code since} on. Changing an SKM's elements starts the next version;
 * every response keeps the version it answered, so old answers are always read against their own questions.
 *
 * @param highestAnswer 4 for the SKM (and for SPAK/SPKP asked natively on 1–4), 6 for the stars of the SE
 */
public record InstrumentVersion(int version, List<SurveyElement> elements, int highestAnswer, Instant since) {

    public InstrumentVersion {
        elements = List.copyOf(elements);
    }

    public List<String> codes() {
        return elements.stream().map(SurveyElement::code).toList();
    }

    public Optional<SurveyElement> element(String code) {
        return elements.stream().filter(element -> element.code().equals(code)).findFirst();
    }

    /** The SKM index rules' view of this version: its elements and weights. */
    public SkmInstrument skmInstrument() {
        return new SkmInstrument(elements.stream().map(element -> new SkmElement(element.code(), element.name(), element.weight())).toList());
    }

    /** Whether the questions respondents see are the same: codes, names, wording, labels and scale. */
    boolean asksTheSameAs(InstrumentVersion other) {
        return highestAnswer == other.highestAnswer && elements.equals(other.elements);
    }
}
