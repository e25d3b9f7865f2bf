package id.zi.planning.plan.web;

import id.zi.planning.plan.ActionRow;
import id.zi.planning.plan.Approval;
import id.zi.planning.plan.PlanStatus;
import id.zi.planning.plan.WorkPlan;
import id.zi.planning.plan.ZiTeam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan as the API shows it: the current revision in full; earlier ones are under {@code /revisions}. */
record WorkPlanView(String id, String unitId, String orgPath, int year, int revision, PlanStatus status, List<String> legalBasis,
        String purpose, List<String> targetPrioritas, ZiTeam team, LocalDate pencanangan, Integer paktaIntegritasCount,
        List<ActionRow> rows, Approval approval, String returnNotes, Instant publishedAt, List<Integer> earlierRevisions,
        String updatedBy, Instant updatedAt, long version) {

    static WorkPlanView of(WorkPlan plan) {
        var content = plan.content();
        return new WorkPlanView(plan.id(), plan.unitId(), plan.orgPath(), plan.year(), plan.revision(), plan.status(), content.legalBasis(),
                content.purpose(), content.targetPrioritas(), content.team(), content.pencanangan(), content.paktaIntegritasCount(),
                content.rows(), plan.approval(), plan.returnNotes(), plan.publishedAt(),
                plan.history().stream().map(revision -> revision.revision()).toList(), plan.updatedBy(), plan.updatedAt(), plan.version());
    }

    /** One line of a list: enough to pick a plan, without its rows. */
    record Summary(String id, String unitId, String orgPath, int year, int revision, PlanStatus status, int rowCount, Instant updatedAt,
            long version) {

        static Summary of(WorkPlan plan) {
            return new Summary(plan.id(), plan.unitId(), plan.orgPath(), plan.year(), plan.revision(), plan.status(),
                    plan.content().rows().size(), plan.updatedAt(), plan.version());
        }
    }
}
