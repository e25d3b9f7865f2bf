package id.zi.monitoring.lke.web;

import id.zi.monitoring.lke.Answer;
import id.zi.monitoring.lke.InvalidAnswer;
import id.zi.monitoring.lke.LkeQuestion;
import id.zi.monitoring.lke.LkeScore;
import id.zi.monitoring.lke.LkeScorer;
import id.zi.monitoring.lke.Readiness;
import id.zi.platform.problem.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The public scoring calculator: answers in, the whole scored tree and both readiness verdicts out. Outside
 * tools call it without a token, so it stores nothing and reads nothing but the catalog.
 */
@RestController
@RequestMapping("/api/monitoring/lke")
class LkeScoreController {

    private static final Set<String> PROPERTIES = Set.of("answers", "hasWbk");

    private final LkeScorer scorer;
    private final Readiness readiness;

    LkeScoreController(LkeScorer scorer, Readiness readiness) {
        this.scorer = scorer;
        this.readiness = readiness;
    }

    @PostMapping(path = "/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScoreResponse score(@RequestBody JsonNode body) {
        List<InvalidAnswer> errors = new ArrayList<>();
        if (!body.isObject()) {
            throw invalid(List.of(new InvalidAnswer("answers", "the body must be an object {\"answers\": {…}, \"hasWbk\": false}")));
        }
        for (String property : body.propertyNames()) {
            if (!PROPERTIES.contains(property)) {
                errors.add(new InvalidAnswer(property, "unknown property; the body takes answers and hasWbk"));
            }
        }
        JsonNode hasWbkNode = body.path("hasWbk");
        boolean hasWbk = hasWbkNode.isBoolean() && hasWbkNode.booleanValue();
        if (!hasWbkNode.isMissingNode() && !hasWbkNode.isNull() && !hasWbkNode.isBoolean()) {
            errors.add(new InvalidAnswer("hasWbk", "must be true or false: whether the unit already holds Menuju WBK"));
        }
        JsonNode answersNode = body.path("answers");
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (!answersNode.isObject()) {
            errors.add(new InvalidAnswer("answers", "must be an object of answers by question id, e.g. {\"A.I.1.i.a\": \"Ya\"}"));
        } else {
            answersNode.properties().forEach(entry -> {
                Answer answer = answer(entry.getKey(), entry.getValue(), errors);
                if (answer != null) {
                    answers.put(entry.getKey(), answer);
                }
            });
        }
        errors.addAll(scorer.check(answers));
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        LkeScore score = scorer.score(answers);
        return ScoreResponse.of(score, readiness.wbk(score), readiness.wbbm(score, hasWbk), readiness, scorer, hasWbk);
    }

    /** The answer a JSON value stands for; null when there is none (JSON null: unanswered) or it cannot be read. */
    private @Nullable Answer answer(String questionId, JsonNode value, List<InvalidAnswer> errors) {
        LkeQuestion question = scorer.catalog().question(questionId).orElse(null);
        if (question == null) {
            errors.add(scorer.unknownQuestion(questionId));
            return null;
        }
        if (value.isNull()) {
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
                    errors.add(new InvalidAnswer("answers." + questionId + "." + count.getKey(), "must be a number (a count)"));
                }
            });
            return errors.size() == before ? new Answer.Counts(counts) : null;
        }
        errors.add(new InvalidAnswer("answers." + questionId, questionId + " takes " + question.expects()));
        return null;
    }

    private static ErrorResponseException invalid(List<InvalidAnswer> errors) {
        InvalidAnswer first = errors.get(0);
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                errors.size() == 1 ? first.field() + ": " + first.message()
                        : first.field() + ": " + first.message() + " (and " + (errors.size() - 1) + " more in errors)");
        problem.setProperty("field", first.field());
        problem.setProperty("errors", errors.stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
