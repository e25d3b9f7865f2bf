package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What a user entered for one question, before the catalog says what it is worth: a chosen option, a
 * survey index, or the counts a percentage question is computed from.
 */
public sealed interface Answer {

    /** A choice by code or label, e.g. {@code Ya}, {@code TIDAK}, {@code B}. */
    record Option(String text) implements Answer {
    }

    /** A survey index as published, e.g. IPAK 3.62 on 0–4. */
    record Index(BigDecimal value) implements Answer {
    }

    /**
     * The counts of a percentage question, keyed by the catalog's input keys, or the already combined
     * {@value #NUMERATOR} and {@value #DENOMINATOR}.
     */
    record Counts(Map<String, BigDecimal> counts) implements Answer {

        public static final String NUMERATOR = "numerator";
        public static final String DENOMINATOR = "denominator";

        public Counts {
            counts = Map.copyOf(counts);
        }

        boolean combined() {
            return counts.keySet().equals(Set.of(NUMERATOR, DENOMINATOR));
        }
    }

    /** How the answer reads in an error message. */
    default String describe() {
        return switch (this) {
            case Option option -> "'" + option.text() + "'";
            case Index index -> "the number " + index.value().toPlainString();
            case Counts counts -> "counts " + counts.counts().keySet();
        };
    }
}
