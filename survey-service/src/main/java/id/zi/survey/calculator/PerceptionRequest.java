package id.zi.survey.calculator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code instrument} SPAK or SPKP and {@code scalePolicy} are both required: the circular does not say how
 * its 1–6 stars map to the 4-point index, so the calculator never picks a mapping silently. Then either
 * {@code items} (a mean per statement on the scale asked) or {@code responses} (statement code → answer).
 */
record PerceptionRequest(@Nullable String instrument, @Nullable String scalePolicy, @Nullable List<@NotNull @Valid ItemMean> items,
        @Nullable List<@NotNull Map<String, @Nullable Double>> responses) {

    record ItemMean(@NotBlank String code, @NotNull Double mean) {
    }
}
