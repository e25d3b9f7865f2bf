package id.zi.survey.calculator;

import id.zi.platform.problem.Problems;
import id.zi.survey.index.CodedValue;
import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.index.KrejcieMorgan;
import id.zi.survey.index.PerceptionIndex;
import id.zi.survey.index.PerceptionInstrument;
import id.zi.survey.index.ScalePolicy;
import id.zi.survey.index.SkmIndex;
import id.zi.survey.index.SkmInstrument;
import id.zi.survey.index.WeightPolicy;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public (see {@code zi.security.public-paths}): computes from what the caller sends and stores nothing. */
@RestController
@RequestMapping("/api/surveys/calculator")
class CalculatorController {

    record SampleSizeAnswer(long population, long minimumSample) {
    }

    @PostMapping("/skm")
    SkmAnswer skm(@Valid @RequestBody SkmRequest request) {
        WeightPolicy policy = request.weightPolicy() == null ? WeightPolicy.EXACT
                : named(WeightPolicy.class, request.weightPolicy(), "weightPolicy");
        SkmInstrument instrument = request.adaptedElements() == null ? SkmInstrument.permenpanrb14of2017()
                : SkmInstrument.adapted(request.adaptedElements().stream()
                        .map(element -> new SkmInstrument.Definition(element.code(), element.name(), element.weight())).toList());
        List<SkmRequest.ElementNrr> elements = request.elements();
        List<Map<String, @Nullable Double>> responses = request.responses();
        requireOneOf(elements, responses, "elements", "an NRR per element");
        return SkmAnswer.of(elements != null
                ? SkmIndex.fromNrr(instrument, elements.stream().map(element -> new CodedValue(element.code(), element.nrr())).toList(), policy)
                : SkmIndex.fromResponses(instrument, Objects.requireNonNull(responses), policy));
    }

    @GetMapping("/sample-size")
    SampleSizeAnswer sampleSize(@RequestParam(required = false) @Nullable Long population) {
        if (population == null) {
            throw Problems.invalid("population", "give the number of service users in the period: ?population=N");
        }
        return new SampleSizeAnswer(population, KrejcieMorgan.minimumSample(population));
    }

    @PostMapping("/perception")
    PerceptionAnswer perception(@Valid @RequestBody PerceptionRequest request) {
        PerceptionInstrument instrument = named(PerceptionInstrument.class, request.instrument(), "instrument");
        ScalePolicy policy = named(ScalePolicy.class, request.scalePolicy(), "scalePolicy");
        List<PerceptionRequest.ItemMean> items = request.items();
        List<Map<String, @Nullable Double>> responses = request.responses();
        requireOneOf(items, responses, "items", "a mean per statement");
        return PerceptionAnswer.of(items != null
                ? PerceptionIndex.fromMeans(instrument, policy, items.stream().map(item -> new CodedValue(item.code(), item.mean())).toList())
                : PerceptionIndex.fromResponses(instrument, policy, Objects.requireNonNull(responses)));
    }

    @ExceptionHandler(InvalidSurveyInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSurveyInput rejected) {
        ErrorResponseException problem = Problems.invalid(rejected.field(), rejected.getMessage());
        return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
    }

    /** A result comes from summary values (NRRs, means) or from responses: refuses both and neither. */
    private static void requireOneOf(@Nullable List<?> summary, @Nullable List<?> responses, String summaryField, String summaryMeaning) {
        if (summary != null && responses != null) {
            throw Problems.invalid("responses", "give " + summaryField + " or responses, not both");
        }
        if (summary == null && responses == null) {
            throw Problems.invalid(summaryField, "give " + summaryField + " (" + summaryMeaning + ") or responses (one map of answers per respondent)");
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, @Nullable String name, String field) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (name == null) {
            throw Problems.invalid(field, "required: one of " + allowed);
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid(field, "unknown " + field + " '" + name + "'; one of " + allowed);
        }
    }
}
