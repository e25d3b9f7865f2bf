package id.zi.evidence.coverage;

import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.ReviewState;
import id.zi.evidence.plan.PlanCopy;
import id.zi.evidence.plan.PlanRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * For each row of a plan, whether each kind of evidence it expects is there and how far its review got.
 * A kind takes the best state among the evidence of that kind linked to the row: ACCEPTED, then PENDING
 * (awaiting the TPI), then RETURNED (rejected or sent back for changes: there, but not yet good enough),
 * else MISSING. Free of Spring and of the database.
 */
public final class Coverage {

    public enum KindState { ACCEPTED, PENDING, RETURNED, MISSING }

    public record KindCoverage(String kind, KindState state, boolean present, List<String> evidenceIds) {
    }

    /** @param otherEvidence linked to the row but of a kind the row does not list */
    public record RowCoverage(String rowId, int area, String indicatorRef, String indicator, List<Integer> schedule, List<KindCoverage> kinds,
            List<String> otherEvidence, boolean complete) {
    }

    /** @param acceptedShare accepted kinds ÷ required kinds, 0-1 (1 when nothing is required) */
    public record Summary(int rows, int rowsComplete, int required, int accepted, int pending, int returned, int missing,
            double acceptedShare) {

        static Summary of(List<RowCoverage> rows) {
            int required = 0;
            int accepted = 0;
            int pending = 0;
            int returned = 0;
            int missing = 0;
            for (RowCoverage row : rows) {
                for (KindCoverage kind : row.kinds()) {
                    required++;
                    switch (kind.state()) {
                        case ACCEPTED -> accepted++;
                        case PENDING -> pending++;
                        case RETURNED -> returned++;
                        case MISSING -> missing++;
                    }
                }
            }
            int complete = (int) rows.stream().filter(RowCoverage::complete).count();
            return new Summary(rows.size(), complete, required, accepted, pending, returned, missing,
                    required == 0 ? 1.0 : accepted / (double) required);
        }
    }

    public record UnitCoverage(String unitId, String orgPath, int year, String planId, int planRevision, String planStatus,
            List<RowCoverage> rows, Summary summary) {
    }

    private Coverage() {
    }

    /** @param evidence the unit's live evidence of the plan's year */
    public static UnitCoverage of(PlanCopy plan, List<EvidenceItem> evidence) {
        List<RowCoverage> rows = new ArrayList<>();
        for (PlanRow row : plan.rows()) {
            List<EvidenceItem> linked = evidence.stream().filter(item -> item.links().planRows().contains(row.rowId())).toList();
            List<KindCoverage> kinds = new ArrayList<>();
            for (String kind : row.evidenceKinds()) {
                List<EvidenceItem> ofKind = linked.stream().filter(item -> item.kind().name().equals(kind)).toList();
                KindState state = ofKind.stream().map(item -> stateOf(item.review().state())).min(Comparator.naturalOrder())
                        .orElse(KindState.MISSING);
                kinds.add(new KindCoverage(kind, state, !ofKind.isEmpty(), ofKind.stream().map(EvidenceItem::id).toList()));
            }
            List<String> other = linked.stream().filter(item -> !row.evidenceKinds().contains(item.kind().name())).map(EvidenceItem::id)
                    .toList();
            boolean complete = !kinds.isEmpty() && kinds.stream().allMatch(kind -> kind.state() == KindState.ACCEPTED);
            rows.add(new RowCoverage(row.rowId(), row.area(), row.indicatorRef(), row.indicator(), row.schedule(), kinds, other, complete));
        }
        return new UnitCoverage(plan.unitId(), plan.orgPath(), plan.year(), plan.planId(), plan.revision(), plan.status(), rows,
                Summary.of(rows));
    }

    private static KindState stateOf(ReviewState review) {
        return switch (review) {
            case ACCEPTED -> KindState.ACCEPTED;
            case PENDING -> KindState.PENDING;
            case REJECTED, CHANGES_REQUESTED -> KindState.RETURNED;
        };
    }
}
