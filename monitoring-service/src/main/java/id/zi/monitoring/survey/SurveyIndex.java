package id.zi.monitoring.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's IPAK or IPKP of a year as the LKE takes it (hasil, ZI-DOMAIN §5): the unit's published results of the
 * instrument pooled over the year, on the 4-point scale, unrounded.
 *
 * <p>Pooling is exact: per statement the converted means weighted by their answer counts (every scale policy is
 * affine, so this equals converting the pooled mean), then the plain mean of the statements, as the index itself
 * is. Every published period spans at least a quarter, so the year's results hold the "at least three months" the
 * circular asks. Two rules keep respondents from counting twice or on two scales: a survey's results that overlap
 * (its year beside its quarters) count once, by the longest period; and only results converted by the policy of
 * the latest one count. What was left out is named.
 *
 * @param index     IPAK (from SPAK) or IPKP (from SPKP)
 * @param periods   the periods pooled, e.g. {@code 2026-Q1}
 * @param leftOut   results not pooled, each with why
 */
public record SurveyIndex(String index, double value, String policy, int respondents, List<String> periods, List<String> resultIds,
        List<String> leftOut) {

    public static final Map<String, String> INDEX_OF_INSTRUMENT = Map.of("SPAK", "IPAK", "SPKP", "IPKP");

    /** The index of {@code instrument}'s results, or empty when none was published. */
    public static Optional<SurveyIndex> pool(String instrument, List<PublishedResult> results) {
        List<PublishedResult> ofInstrument = results.stream().filter(result -> result.instrument().equals(instrument)).toList();
        if (ofInstrument.isEmpty() || !INDEX_OF_INSTRUMENT.containsKey(instrument)) {
            return Optional.empty();
        }
        List<String> leftOut = new ArrayList<>();
        PublishedResult latest = ofInstrument.stream()
                .max(Comparator.comparing(PublishedResult::to).thenComparing(PublishedResult::resultId)).orElseThrow();
        List<PublishedResult> taken = new ArrayList<>();
        // longest periods first, so a survey's year result wins over its quarters
        List<PublishedResult> candidates = ofInstrument.stream()
                .sorted(Comparator.comparingLong(PublishedResult::days).reversed().thenComparing(PublishedResult::from)
                        .thenComparing(PublishedResult::resultId))
                .toList();
        for (PublishedResult result : candidates) {
            if (!result.policy().equals(latest.policy())) {
                leftOut.add(result.period() + " (" + result.resultId() + "): converted by " + result.policy() + ", the latest result by "
                        + latest.policy());
                continue;
            }
            Optional<PublishedResult> covering = taken.stream()
                    .filter(other -> other.surveyId().equals(result.surveyId()) && other.overlaps(result)).findFirst();
            if (covering.isPresent()) {
                leftOut.add(result.period() + " (" + result.resultId() + "): its respondents are in " + covering.get().period());
                continue;
            }
            taken.add(result);
        }
        Map<String, double[]> byStatement = new LinkedHashMap<>();
        for (PublishedResult result : taken) {
            for (PublishedResult.Statement statement : result.statements()) {
                double[] sums = byStatement.computeIfAbsent(statement.code(), code -> new double[2]);
                sums[0] += statement.converted() * statement.answers();
                sums[1] += statement.answers();
            }
        }
        double total = 0;
        int counted = 0;
        for (double[] sums : byStatement.values()) {
            if (sums[1] > 0) {
                total += sums[0] / sums[1];
                counted++;
            }
        }
        if (counted == 0) {
            return Optional.empty();
        }
        taken.sort(Comparator.comparing(PublishedResult::from).thenComparing(PublishedResult::resultId));
        return Optional.of(new SurveyIndex(INDEX_OF_INSTRUMENT.get(instrument), total / counted, latest.policy(),
                taken.stream().mapToInt(PublishedResult::respondents).sum(), taken.stream().map(PublishedResult::period).toList(),
                taken.stream().map(PublishedResult::resultId).toList(), List.copyOf(leftOut)));
    }
}
