package id.zi.portal.unit.plan;

import id.zi.portal.unit.UnitPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A work plan as the plan page shows it: the rencana aksi grouped by area (1–6), each row with its 12-month
 * grid, plus what the team may do with the plan in its state.
 *
 * @param version what a change sends back as If-Match
 */
public record PlanView(String id, String unitId, int year, int revision, String status, long version, @Nullable String returnNotes,
        @Nullable String updatedBy, List<Area> areas, int rowCount) {

    public record Area(int number, List<Row> rows) {
    }

    /** @param months twelve cells, January first: true where a step of the row is scheduled */
    public record Row(String rowId, String label, @Nullable String indicatorRef, String criterion, List<String> actionSteps, @Nullable String output,
            List<String> evidenceKinds, List<Boolean> months, @Nullable String pic, @Nullable Long budget) {
    }

    static PlanView of(JsonNode plan, long version) {
        Map<Integer, List<Row>> byArea = new TreeMap<>();
        int count = 0;
        for (JsonNode row : plan.path("rows")) {
            List<Integer> schedule = UnitPages.ints(row.path("schedule"));
            List<Boolean> months = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                months.add(schedule.contains(month));
            }
            JsonNode budget = row.path("budget");
            byArea.computeIfAbsent(row.path("area").asInt(), area -> new ArrayList<>()).add(new Row(row.path("rowId").asString(),
                    UnitPages.rowLabel(row), UnitPages.text(row, "indicatorRef"), row.path("criterion").asString(""),
                    UnitPages.strings(row.path("actionSteps")), UnitPages.text(row, "output"), UnitPages.strings(row.path("evidenceKinds")), months,
                    UnitPages.text(row, "pic"), budget.isNumber() ? budget.asLong() : null));
            count++;
        }
        List<Area> areas = byArea.entrySet().stream().map(entry -> new Area(entry.getKey(), entry.getValue())).toList();
        return new PlanView(plan.path("id").asString(), plan.path("unitId").asString(), plan.path("year").asInt(), plan.path("revision").asInt(),
                plan.path("status").asString(), version, UnitPages.text(plan, "returnNotes"), UnitPages.text(plan, "updatedBy"), areas, count);
    }

    /** DRAFT and RETURNED are handed in by the operator or the head. */
    public boolean submittable() {
        return "DRAFT".equals(status) || "RETURNED".equals(status);
    }

    public boolean approvable() {
        return "SUBMITTED".equals(status);
    }

    public boolean publishable() {
        return "APPROVED".equals(status);
    }

    public boolean importable() {
        return submittable();
    }

    /** One row by its id, for the row's evidence page. */
    public @Nullable Row row(String rowId) {
        return areas.stream().flatMap(area -> area.rows().stream()).filter(row -> row.rowId().equals(rowId)).findFirst().orElse(null);
    }
}
