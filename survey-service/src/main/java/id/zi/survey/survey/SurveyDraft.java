package id.zi.survey.survey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survey as a unit describes it, on creation or as changes (absent fields stay as they are).
 *
 * @param elements an adapted SKM (as the calculator's {@code adaptedElements}); absent for the regulation's nine
 */
public record SurveyDraft(@Nullable String instrument, @Nullable ServiceType serviceType, @Nullable String title,
        @Nullable String periodicity, @Nullable String weightPolicy, @Nullable String scalePolicy, @Nullable List<ElementInput> elements) {

    /**
     * A regulation code (U1–U9) may leave out name, question and labels; weights are given for every element
     * or for none (equal).
     *
     * @param labels the four answers 1–4, lowest first
     */
    public record ElementInput(@Nullable String code, @Nullable String name, @Nullable Double weight, @Nullable String question,
            @Nullable List<String> labels) {
    }
}
