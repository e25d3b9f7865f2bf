package id.zi.evidence.plan;

import java.util.List;

/** A rencana aksi row as evidence needs it: what it is about and which kinds of evidence it expects. */
public record PlanRow(String rowId, int area, String indicatorRef, String indicator, List<Integer> schedule, List<String> evidenceKinds) {

    public PlanRow {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        evidenceKinds = evidenceKinds == null ? List.of() : List.copyOf(evidenceKinds);
    }

    /** The row as people name it: its LKE reference and wording when it has both. */
    public String label() {
        if (indicatorRef != null && indicator != null) {
            return indicatorRef + " " + indicator;
        }
        return indicatorRef != null ? indicatorRef : indicator;
    }
}
