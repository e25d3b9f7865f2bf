package id.zi.monitoring.plan;

import java.util.List;

/** Monitoring's copy of a unit's work plan for a year, as far as the planning events have told it. */
public record PlanCopy(String planId, String unitId, String orgPath, int year, int revision, String status, List<PlanRow> rows) {

    public PlanCopy {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public static String idOf(String unitId, int year) {
        return unitId + ":" + year;
    }
}
