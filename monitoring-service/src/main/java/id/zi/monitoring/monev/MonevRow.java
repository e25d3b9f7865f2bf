package id.zi.monitoring.monev;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rencana aksi row due by the monev's period, as the plan had it when the monev was created, with what
 * the unit reports for it.
 *
 * @param schedule     months (1-12) of the plan's year with a step of the row
 * @param realisation  0-100 %: how much of the row is realised
 * @param obstacles    the kendala that hold the row back; required at submission for a row not done
 */
public record MonevRow(String rowId, int area, @Nullable String indicatorRef, @Nullable String indicator, List<Integer> schedule,
        List<String> evidenceKinds, RowStatus status, int realisation, @Nullable String obstacles) {

    public MonevRow {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        evidenceKinds = evidenceKinds == null ? List.of() : List.copyOf(evidenceKinds);
    }

    /** A row just due: nothing reported yet. */
    static MonevRow due(String rowId, int area, @Nullable String indicatorRef, @Nullable String indicator, List<Integer> schedule,
            List<String> evidenceKinds) {
        return new MonevRow(rowId, area, indicatorRef, indicator, schedule, evidenceKinds, RowStatus.NOT_STARTED, 0, null);
    }

    MonevRow reported(RowStatus newStatus, int newRealisation, @Nullable String newObstacles) {
        return new MonevRow(rowId, area, indicatorRef, indicator, schedule, evidenceKinds, newStatus, newRealisation, newObstacles);
    }

    /** The row as people name it: its LKE reference and wording when it has both. */
    public String label() {
        if (indicatorRef != null && indicator != null) {
            return indicatorRef + " " + indicator;
        }
        return indicatorRef != null ? indicatorRef : indicator != null ? indicator : rowId;
    }
}
