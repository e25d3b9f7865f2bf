package id.zi.monitoring.monev;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a monev's life: CREATED, SUBMITTED, RETURNED (with the TPI's notes), APPROVED.
 */
public record HistoryEntry(Instant at, String by, String action, @Nullable String notes) {
}
