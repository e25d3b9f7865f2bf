package id.zi.survey.calculator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Either {@code elements} (an NRR per element) or {@code responses} (element code → answer 1–4 per
 * respondent). {@code weightPolicy} defaults to EXACT; {@code adaptedElements}, when given, replaces the
 * nine elements of PermenPANRB 14/2017 with the unit's adapted instrument.
 */
record SkmRequest(@Nullable String weightPolicy, @Nullable List<@NotNull @Valid ElementNrr> elements,
        @Nullable List<@NotNull Map<String, @Nullable Double>> responses,
        @Nullable List<@NotNull @Valid ElementDefinition> adaptedElements) {

    record ElementNrr(@NotBlank String code, @NotNull Double nrr) {
    }

    /** A regulation code may leave out its name; weights are given for every element or for none (equal). */
    record ElementDefinition(@NotBlank String code, @Nullable String name, @Nullable Double weight) {
    }
}
