package id.zi.monitoring.monev;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation the TPI gave in one period's monev, when returning or approving it. The unit reports its
 * follow-up (tindak lanjut) in every later monev until a later monev marking it done is approved.
 *
 * @param period the period of the monev that gave it, e.g. {@code 2026-Q1}
 * @param rowId  the plan row it is about, when it is about one
 */
public record Recommendation(String id, String period, String text, @Nullable String rowId, String givenBy, Instant givenAt) {
}
