package id.zi.monitoring.assessment.web;

import id.zi.monitoring.assessment.Assessment;
import id.zi.monitoring.assessment.AssessmentLifecycle;
import id.zi.monitoring.assessment.Side;
import id.zi.monitoring.lke.Answer;
import id.zi.monitoring.lke.InvalidAnswer;
import id.zi.monitoring.lke.InvalidAnswersException;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A unit's LKE assessment of a year: both sides read together; the unit's operator or head saves the self side,
 * a TPI evaluator of the unit's instansi the TPI side. A save names the questions it changes and takes the
 * side's version as {@code If-Match}.
 */
@RestController
@RequestMapping("/api/monitoring/assessments/{unitId}/{year}")
class AssessmentController {

    private static final Set<String> BODY = Set.of("answers", "hasWbk");
    private static final Set<String> ENTRY = Set.of("answer", "policy", "notes", "evidence");

    private final AssessmentLifecycle lifecycle;

    AssessmentController(AssessmentLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GetMapping
    ResponseEntity<AssessmentView> get(@PathVariable String unitId, @PathVariable int year) {
        Assessment assessment = lifecycle.read(Callers.current(), unitId, year);
        return ResponseEntity.ok().eTag(Long.toString(assessment.version())).body(AssessmentView.of(assessment, lifecycle));
    }

    /** One side alone, its version as the ETag a save takes back. */
    @GetMapping("/{side}")
    ResponseEntity<AssessmentView.SideView> side(@PathVariable String unitId, @PathVariable int year, @PathVariable String side) {
        Side which = side(side);
        Assessment assessment = lifecycle.read(Callers.current(), unitId, year);
        return ResponseEntity.ok().eTag(Long.toString(assessment.sheet(which).version()))
                .body(AssessmentView.side(which, assessment.sheet(which), lifecycle.score(assessment, which), lifecycle));
    }

    /**
     * Takes {@code {"answers": {"A.I.1.i.a": {"answer": "Ya", "notes": "…", "evidence": ["ev-…"]}, "B.I.a": {"answer": 3.62,
     * "policy": "RATIO_6_TO_4"}, "A.I.1.i.b": null}, "hasWbk": false}}: each question named replaces its entry
     * ({@code null} removes it), the others stay.
     */
    @PatchMapping(path = "/{side}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentView> save(@PathVariable String unitId, @PathVariable int year, @PathVariable String side,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch, @RequestBody JsonNode body) {
        Side which = side(side);
        Caller caller = Callers.current();
        Assessment saved = lifecycle.save(caller, unitId, year, which, version(ifMatch), changes(body));
        return ResponseEntity.ok().eTag(Long.toString(saved.sheet(which).version())).body(AssessmentView.of(saved, lifecycle));
    }

    private static AssessmentLifecycle.Changes changes(JsonNode body) {
        List<InvalidAnswer> errors = new ArrayList<>();
        if (!body.isObject()) {
            throw new InvalidAnswersException(List.of(new InvalidAnswer("answers", "the body is an object {\"answers\": {…}, \"hasWbk\": false}")));
        }
        for (String property : body.propertyNames()) {
            if (!BODY.contains(property)) {
                errors.add(new InvalidAnswer(property, "unknown property; a save takes answers and hasWbk"));
            }
        }
        Boolean hasWbk = null;
        JsonNode wbk = body.path("hasWbk");
        if (wbk.isBoolean()) {
            hasWbk = wbk.booleanValue();
        } else if (!wbk.isMissingNode() && !wbk.isNull()) {
            errors.add(new InvalidAnswer("hasWbk", "true or false: whether the unit already holds the Menuju WBK predicate"));
        }
        List<AssessmentLifecycle.EntryInput> entries = new ArrayList<>();
        JsonNode answers = body.path("answers");
        if (!answers.isMissingNode() && !answers.isObject()) {
            errors.add(new InvalidAnswer("answers", "an object of entries by question id, e.g. {\"A.I.1.i.a\": {\"answer\": \"Ya\"}}"));
        } else if (answers.isObject()) {
            answers.properties().forEach(property -> {
                AssessmentLifecycle.EntryInput entry = entry(property.getKey(), property.getValue(), errors);
                if (entry != null) {
                    entries.add(entry);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return new AssessmentLifecycle.Changes(entries, hasWbk);
    }

    private static AssessmentLifecycle.@Nullable EntryInput entry(String questionId, JsonNode value, List<InvalidAnswer> errors) {
        String field = "answers." + questionId;
        if (value.isNull()) {
            return new AssessmentLifecycle.EntryInput(questionId, true, null, null, null, List.of());
        }
        if (!value.isObject()) {
            errors.add(new InvalidAnswer(field, "an entry {\"answer\": …, \"notes\": …, \"evidence\": […]}, or null to remove it"));
            return null;
        }
        int before = errors.size();
        for (String property : value.propertyNames()) {
            if (!ENTRY.contains(property)) {
                errors.add(new InvalidAnswer(field + "." + property, "unknown property; an entry takes answer, policy, notes and evidence"));
            }
        }
        Answer answer = answer(field + ".answer", value.path("answer"), errors);
        String policy = text(field + ".policy", value.path("policy"), errors);
        String notes = text(field + ".notes", value.path("notes"), errors);
        List<String> evidence = new ArrayList<>();
        JsonNode links = value.path("evidence");
        if (links.isArray()) {
            for (int i = 0; i < links.size(); i++) {
                if (links.get(i).isString()) {
                    evidence.add(links.get(i).asString());
                } else {
                    errors.add(new InvalidAnswer(field + ".evidence[" + i + "]", "an evidence id"));
                }
            }
        } else if (!links.isMissingNode() && !links.isNull()) {
            errors.add(new InvalidAnswer(field + ".evidence", "an array of evidence ids"));
        }
        return errors.size() == before ? new AssessmentLifecycle.EntryInput(questionId, false, answer, policy, notes, evidence) : null;
    }

    /** As the calculator reads it: an option as text, an index as a number, a percentage as its counts. */
    private static @Nullable Answer answer(String field, JsonNode value, List<InvalidAnswer> errors) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return new Answer.Option(value.asString());
        }
        if (value.isNumber()) {
            return new Answer.Index(value.decimalValue());
        }
        if (value.isObject()) {
            Map<String, BigDecimal> counts = new LinkedHashMap<>();
            int before = errors.size();
            value.properties().forEach(count -> {
                if (count.getValue().isNumber()) {
                    counts.put(count.getKey(), count.getValue().decimalValue());
                } else {
                    errors.add(new InvalidAnswer(field + "." + count.getKey(), "a number (a count)"));
                }
            });
            return errors.size() == before ? new Answer.Counts(counts) : null;
        }
        errors.add(new InvalidAnswer(field, "an option (\"Ya\", \"B\"), a survey index (3.62) or the counts of a percentage ({…})"));
        return null;
    }

    private static @Nullable String text(String field, JsonNode value, List<InvalidAnswer> errors) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new InvalidAnswer(field, "text"));
            return null;
        }
        return value.asString();
    }

    private static Side side(String side) {
        return switch (side) {
            case "self" -> Side.SELF;
            case "tpi" -> Side.TPI;
            default -> throw Problems.invalid("side", "self or tpi, not " + side);
        };
    }

    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.valueOf(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw Problems.invalid("If-Match", "the side's version as read, e.g. \"3\" (\"0\" before its first save)");
        }
    }
}
