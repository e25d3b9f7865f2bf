package id.zi.survey.result;

import id.zi.survey.index.Tally;
import id.zi.survey.response.ProfileQuestions;
import id.zi.survey.response.SurveyResponse;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Responses added up as numerators and denominators: per element code the sum of answers and how many
 * answered, per month the same, and the profile counted per option. Pools combine by adding, so a period,
 * a window of months or many units give the same numbers as counting all their responses at once.
 */
public final class Pool {

    static final String UNANSWERED = "unanswered";
    /** Free-text answers shown in a result: the most frequent, so no single respondent's words stand out. */
    static final int FREE_TEXT_SHOWN = 10;

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<YearMonth, Pool> months = new TreeMap<>();
    private final SortedSet<Integer> versions = new TreeSet<>();
    private final Map<String, Map<String, Long>> profile = new LinkedHashMap<>();
    private long respondents;

    public void add(SurveyResponse response) {
        add(response, true);
    }

    private void add(SurveyResponse response, boolean byMonth) {
        respondents++;
        versions.add(response.instrumentVersion());
        response.answers().forEach((code, answer) -> tallies.merge(code, Tally.NONE.plus(answer), Tally::plus));
        Map<String, String> given = response.profile().given();
        for (ProfileQuestions.Question question : ProfileQuestions.ALL) {
            String value = given.getOrDefault(question.field(), UNANSWERED);
            profile.computeIfAbsent(question.field(), field -> new HashMap<>()).merge(value, 1L, Long::sum);
        }
        if (byMonth) {
            months.computeIfAbsent(response.month(), month -> new Pool()).add(response, false);
        }
    }

    public long respondents() {
        return respondents;
    }

    /** The answers to {@code code}: none when nobody answered it. */
    public Tally tally(String code) {
        return tallies.getOrDefault(code, Tally.NONE);
    }

    /** The instrument versions the responses answered, oldest first. */
    public SortedSet<Integer> versions() {
        return versions;
    }

    /** The months with responses and their pools, in calendar order. */
    public Map<YearMonth, Pool> months() {
        return months;
    }

    /**
     * The profile counted per field, options in the questionnaire's order then {@value #UNANSWERED}; free text
     * by frequency, the {@value #FREE_TEXT_SHOWN} most frequent only.
     */
    public Map<String, Map<String, Long>> profile() {
        Map<String, Map<String, Long>> counted = new LinkedHashMap<>();
        for (ProfileQuestions.Question question : ProfileQuestions.ALL) {
            Map<String, Long> counts = profile.getOrDefault(question.field(), Map.of());
            Map<String, Long> ordered = new LinkedHashMap<>();
            if (question.freeText()) {
                counts.entrySet().stream().filter(entry -> !entry.getKey().equals(UNANSWERED))
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                        .limit(FREE_TEXT_SHOWN).forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            } else {
                question.options().forEach(option -> ordered.put(option.code(), counts.getOrDefault(option.code(), 0L)));
            }
            ordered.put(UNANSWERED, counts.getOrDefault(UNANSWERED, 0L));
            counted.put(question.field(), ordered);
        }
        return counted;
    }

    /** A pool of the given months only. */
    Pool of(List<YearMonth> selected) {
        Pool pool = new Pool();
        selected.forEach(month -> {
            Pool one = months.get(month);
            if (one != null) {
                pool.plus(month, one);
            }
        });
        return pool;
    }

    private void plus(YearMonth month, Pool other) {
        respondents += other.respondents;
        versions.addAll(other.versions);
        other.tallies.forEach((code, tally) -> tallies.merge(code, tally, Tally::plus));
        other.profile.forEach((field, counts) -> counts.forEach((value, count) ->
                profile.computeIfAbsent(field, f -> new HashMap<>()).merge(value, count, Long::sum)));
        months.merge(month, other, (mine, theirs) -> {
            throw new IllegalStateException("month " + month + " added twice");
        });
    }
}
