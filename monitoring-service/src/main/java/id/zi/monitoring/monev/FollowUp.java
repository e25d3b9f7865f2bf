package id.zi.monitoring.monev;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a unit reports in one period about a recommendation of an earlier period.
 *
 * @param note what was done (tindak lanjut); required at submission
 */
public record FollowUp(String recommendationId, Status status, @Nullable String note, @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    public enum Status {
        OPEN, DONE
    }

    /** Nothing reported yet in this period. */
    static FollowUp open(String recommendationId) {
        return new FollowUp(recommendationId, Status.OPEN, null, null, null);
    }
}
