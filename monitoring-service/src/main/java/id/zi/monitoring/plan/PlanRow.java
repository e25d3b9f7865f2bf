package id.zi.monitoring.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rencana aksi row as monitoring needs it: what it is about, when its steps fall, which evidence it expects. */
public record PlanRow(String rowId, int area, @Nullable String indicatorRef, @Nullable String indicator, List<Integer> schedule,
        List<String> evidenceKinds) {

    public PlanRow {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        evidenceKinds = evidenceKinds == null ? List.of() : List.copyOf(evidenceKinds);
    }
}
