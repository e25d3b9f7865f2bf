package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answer sheets for tests, built from the catalog so no test restates its 113 questions. */
final class LkeAnswers {

    static final LkeCatalog CATALOG = LkeCatalog.fromClasspath(LkeCatalog.PERMENPANRB_90_2021);

    private LkeAnswers() {
    }

    /** Every question at its top value: the best option, both indices 4.00, every percentage 1 of 1. */
    static Map<String, Answer> top() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (LkeQuestion question : CATALOG.questions()) {
            answers.put(question.id(), switch (question.scale()) {
                case AnswerScale.Choice choice -> new Answer.Option(choice.options().stream()
                        .filter(option -> option.value().compareTo(choice.top()) == 0).findFirst().orElseThrow().code());
                case AnswerScale.Index range -> new Answer.Index(range.max());
                case AnswerScale.Ratio ignored -> counts(Answer.Counts.NUMERATOR, 1, Answer.Counts.DENOMINATOR, 1);
            });
        }
        return answers;
    }

    static Map<String, Answer> topWith(Object... questionIdAndAnswer) {
        Map<String, Answer> answers = top();
        for (int i = 0; i < questionIdAndAnswer.length; i += 2) {
            answers.put((String) questionIdAndAnswer[i], (Answer) questionIdAndAnswer[i + 1]);
        }
        return answers;
    }

    static Answer option(String text) {
        return new Answer.Option(text);
    }

    static Answer index(String value) {
        return new Answer.Index(new BigDecimal(value));
    }

    static Answer.Counts counts(Object... keyAndCount) {
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        for (int i = 0; i < keyAndCount.length; i += 2) {
            counts.put((String) keyAndCount[i], new BigDecimal(keyAndCount[i + 1].toString()));
        }
        return new Answer.Counts(counts);
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
