package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Scores answers on one LKE catalog as ZI-DOMAIN §5 and Lampiran III say: each answer to its value by the
 * catalog's answer scale; a MEAN node scores mean(question values) × weight, a WEIGHTED node Σ value ×
 * question weight, any other node the sum of its children. An unanswered question counts 0 and is listed.
 */
public final class LkeScorer {

    /**
     * What to do with a percentage whose numerator exceeds its denominator. Most of the LKE's ratios count a
     * part of a whole (reported ÷ obliged, settled ÷ to be followed up), where that can only be a typing
     * error; the catalog's RATIO scale would cap it at 100 % instead, which is also how changes ÷ change agents
     * ("1 agen 1 perubahan") reads when agents made more changes than there are agents.
     */
    public enum PercentOverflow {
        /** refuse the answer, naming the question */
        REJECT,
        /** cap the value at the scale's maximum, as the catalog's RATIO scale reads */
        CAP
    }

    private final LkeCatalog catalog;
    private final PercentOverflow overflow;

    public LkeScorer(LkeCatalog catalog, PercentOverflow overflow) {
        this.catalog = catalog;
        this.overflow = overflow;
    }

    public LkeCatalog catalog() {
        return catalog;
    }

    public PercentOverflow overflow() {
        return overflow;
    }

    /** Every answer that cannot be scored; empty when {@link #score} will succeed. */
    public List<InvalidAnswer> check(Map<String, Answer> answers) {
        List<InvalidAnswer> errors = new ArrayList<>();
        answers.forEach((questionId, answer) -> {
            LkeQuestion question = catalog.question(questionId).orElse(null);
            if (question == null) {
                errors.add(unknownQuestion(questionId));
            } else {
                value(question, answer, errors);
            }
        });
        return errors;
    }

    /**
     * @param answers by question id; questions left out are unanswered
     * @throws InvalidAnswersException naming every answer that cannot be scored
     */
    public LkeScore score(Map<String, Answer> answers) {
        List<InvalidAnswer> errors = new ArrayList<>();
        Map<String, LkeScore.QuestionScore> questions = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        for (String questionId : answers.keySet()) {
            if (catalog.question(questionId).isEmpty()) {
                errors.add(unknownQuestion(questionId));
            }
        }
        for (LkeQuestion question : catalog.questions()) {
            Answer answer = answers.get(question.id());
            if (answer == null) {
                unanswered.add(question.id());
                questions.put(question.id(), new LkeScore.QuestionScore(question, null, BigDecimal.ZERO));
                continue;
            }
            BigDecimal value = value(question, answer, errors);
            questions.put(question.id(), new LkeScore.QuestionScore(question, answer, value == null ? BigDecimal.ZERO : value));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        Map<String, BigDecimal> scores = new HashMap<>();
        catalog.components().forEach(component -> score(component, questions, scores));
        Map<String, LkeScore.NodeScore> nodes = new LinkedHashMap<>();
        catalog.nodes().forEach(node -> nodes.put(node.id(), new LkeScore.NodeScore(node, scores.get(node.id()))));
        return new LkeScore(catalog, nodes, questions, unanswered);
    }

    /**
     * The value of {@code answer} to {@code question} in [0, 1].
     *
     * @throws InvalidAnswersException when the answer does not fit the question
     */
    public BigDecimal value(LkeQuestion question, Answer answer) {
        List<InvalidAnswer> errors = new ArrayList<>();
        BigDecimal value = value(question, answer, errors);
        if (value == null) {
            throw new InvalidAnswersException(errors);
        }
        return value;
    }

    private BigDecimal score(LkeNode node, Map<String, LkeScore.QuestionScore> questions, Map<String, BigDecimal> scores) {
        BigDecimal score;
        if (!node.children().isEmpty()) {
            score = BigDecimal.ZERO;
            for (LkeNode child : node.children()) {
                score = score.add(score(child, questions, scores));
            }
        } else if (node.aggregation() == LkeNode.Aggregation.WEIGHTED) {
            score = BigDecimal.ZERO;
            for (LkeQuestion question : node.questions()) {
                score = score.add(questions.get(question.id()).value().multiply(question.weight()));
            }
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (LkeQuestion question : node.questions()) {
                sum = sum.add(questions.get(question.id()).value());
            }
            score = sum.divide(BigDecimal.valueOf(node.questions().size()), LkeScore.MATH).multiply(node.weight(), LkeScore.MATH);
        }
        scores.put(node.id(), score);
        return score;
    }

    private @Nullable BigDecimal value(LkeQuestion question, Answer answer, List<InvalidAnswer> errors) {
        switch (question.scale()) {
            case AnswerScale.Choice choice when answer instanceof Answer.Option option -> {
                var chosen = choice.find(option.text());
                if (chosen.isPresent()) {
                    return chosen.get().value();
                }
            }
            case AnswerScale.Index range when answer instanceof Answer.Index index -> {
                if (index.value().compareTo(range.min()) >= 0 && index.value().compareTo(range.max()) <= 0) {
                    return index.value().divide(range.max(), LkeScore.MATH);
                }
            }
            case AnswerScale.Ratio range when answer instanceof Answer.Counts counts -> {
                return percent(question, range, counts, errors);
            }
            default -> {
            }
        }
        errors.add(InvalidAnswer.of(question.id(), question.id() + " takes " + question.expects() + "; got " + answer.describe()));
        return null;
    }

    private @Nullable BigDecimal percent(LkeQuestion question, AnswerScale.Ratio range, Answer.Counts answer, List<InvalidAnswer> errors) {
        LkeQuestion.Ratio ratio = Objects.requireNonNull(question.ratio(), "the catalog gives every percentage question a ratio");
        Map<String, BigDecimal> counts = answer.counts();
        int before = errors.size();
        BigDecimal numerator;
        BigDecimal denominator;
        String numeratorLabel = label(question, ratio.numeratorPlus(), ratio.numeratorMinus());
        String denominatorLabel = label(question, ratio.denominatorPlus(), ratio.denominatorMinus());
        String denominatorKey = null;
        if (answer.combined()) {
            numerator = counts.get(Answer.Counts.NUMERATOR);
            denominator = counts.get(Answer.Counts.DENOMINATOR);
            // A combined numerator with a minus term is a difference (fewer violations than last year) and may be negative.
            wholeCount(question, Answer.Counts.NUMERATOR, numerator, !ratio.numeratorMinus().isEmpty(), errors);
            wholeCount(question, Answer.Counts.DENOMINATOR, denominator, false, errors);
            denominatorKey = Answer.Counts.DENOMINATOR;
        } else {
            Map<String, LkeQuestion.Input> inputs = question.inputs().stream()
                    .collect(Collectors.toMap(LkeQuestion.Input::key, Function.identity()));
            counts.forEach((key, count) -> {
                if (!inputs.containsKey(key)) {
                    errors.add(InvalidAnswer.of(question.id(), key, key + " is not an input of " + question.id() + ", which takes " + question.expects()));
                } else {
                    wholeCount(question, key, count, false, errors);
                }
            });
            for (LkeQuestion.Input input : question.inputs()) {
                if (!input.informational() && !counts.containsKey(input.key())) {
                    errors.add(InvalidAnswer.of(question.id(), input.key(), "missing: " + input.label()));
                }
            }
            numerator = sum(counts, ratio.numeratorPlus()).subtract(sum(counts, ratio.numeratorMinus()));
            denominator = sum(counts, ratio.denominatorPlus()).subtract(sum(counts, ratio.denominatorMinus()));
        }
        if (errors.size() > before) {
            return null;
        }
        String field = denominatorKey == null ? "answers." + question.id() : "answers." + question.id() + "." + denominatorKey;
        if (denominator.signum() <= 0) {
            errors.add(new InvalidAnswer(field, "the denominator of " + question.id() + " (" + denominatorLabel + ") is "
                    + denominator.toPlainString() + ", so the percentage is undefined"));
            return null;
        }
        if (overflow == PercentOverflow.REJECT && numerator.compareTo(denominator) > 0) {
            errors.add(InvalidAnswer.of(question.id(), "the numerator of " + question.id() + " (" + numeratorLabel + ") is "
                    + numerator.toPlainString() + ", more than the denominator (" + denominatorLabel + ") " + denominator.toPlainString()));
            return null;
        }
        BigDecimal value = numerator.divide(denominator, LkeScore.MATH);
        return value.max(range.min()).min(range.max());
    }

    private static void wholeCount(LkeQuestion question, String key, BigDecimal count, boolean mayBeNegative, List<InvalidAnswer> errors) {
        if (count.stripTrailingZeros().scale() > 0) {
            errors.add(InvalidAnswer.of(question.id(), key, key + " is a count and must be a whole number; got " + count.toPlainString()));
        } else if (!mayBeNegative && count.signum() < 0) {
            errors.add(InvalidAnswer.of(question.id(), key, key + " is a count and must not be negative; got " + count.toPlainString()));
        }
    }

    private static BigDecimal sum(Map<String, BigDecimal> counts, List<String> keys) {
        return keys.stream().map(key -> counts.getOrDefault(key, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String label(LkeQuestion question, List<String> plus, List<String> minus) {
        Map<String, String> labels = question.inputs().stream().collect(Collectors.toMap(LkeQuestion.Input::key, LkeQuestion.Input::label));
        String text = plus.stream().map(labels::get).collect(Collectors.joining(" + "));
        return minus.isEmpty() ? text : text + " − " + minus.stream().map(labels::get).collect(Collectors.joining(" − "));
    }

    /** The error for an answer to {@code questionId} when the catalog has no such question. */
    public InvalidAnswer unknownQuestion(String questionId) {
        String message = questionId + " is not a question of LKE " + catalog.id();
        return InvalidAnswer.of(questionId, catalog.node(questionId)
                .map(node -> message + "; it is a node: answer its questions instead")
                .orElse(message));
    }
}
