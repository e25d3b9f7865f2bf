package id.zi.planning.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The payloads published on {@code zi.planning.plan.v1}; their JSON Schemas are in contracts/. Each carries
 * the unit's place in the tree (path, ancestors, instansi) and the plan's year, revision and status, so a
 * consumer can roll up by any level without looking anything up.
 */
public final class PlanEvents {

    private PlanEvents() {
    }

    public record Created(String planId, String unitId, String orgPath, List<String> ancestors, String instansiId, int year, int revision,
            PlanStatus status, int rowCount, Instant occurredAt) {
    }

    /** The rows as evidence and monitoring need them: what is due, of which kind, in which months. */
    public record RowsChanged(String planId, String unitId, String orgPath, List<String> ancestors, String instansiId, int year,
            int revision, PlanStatus status, List<Row> rows, Instant occurredAt) {
    }

    public record Row(String rowId, int area, String indicatorRef, String indicator, List<Integer> schedule, List<String> evidenceKinds,
            String pic, Long budget) {

        static Row of(ActionRow row) {
            return new Row(row.rowId(), row.area(), row.indicatorRef(), row.indicator(), row.schedule(), row.evidenceKinds(), row.pic(),
                    row.budget());
        }
    }

    public record Submitted(String planId, String unitId, String orgPath, List<String> ancestors, String instansiId, int year,
            int revision, PlanStatus status, int rowCount, List<Integer> areas, long totalBudget, Instant occurredAt) {
    }

    public record Returned(String planId, String unitId, String orgPath, List<String> ancestors, String instansiId, int year,
            int revision, PlanStatus status, String notes, Instant occurredAt) {
    }

    public record Approved(String planId, String unitId, String orgPath, List<String> ancestors, String instansiId, int year,
            int revision, PlanStatus status, Signature approval, int rowCount, long totalBudget, Instant occurredAt) {
    }

    public record Signature(String skNumber, LocalDate date, String signatoryName, String rank, String nip) {

        static Signature of(Approval approval) {
            return new Signature(approval.skNumber(), approval.date(), approval.signatoryName(), approval.rank(), approval.nip());
        }
    }

    public record Published(String planId, String unitId, String orgPath, List<String> ancestors, String instansiId, int year,
            int revision, PlanStatus status, List<String> targetPrioritas, int rowCount, long totalBudget, Instant occurredAt) {
    }

    public record Revised(String planId, String unitId, String orgPath, List<String> ancestors, String instansiId, int year,
            int revision, PlanStatus status, int previousRevision, PlanStatus previousStatus, Instant occurredAt) {
    }
}
