package id.zi.planning.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A unit's work plan for one year: one per unit and year, revised rather than replaced once signed. The
 * aggregate guards its lifecycle (DRAFT → SUBMITTED → RETURNED or APPROVED → PUBLISHED) and the shape of
 * its content; who may take which step, persistence and events live outside it.
 *
 * @param orgPath     the unit's path when the plan last changed: what read scopes match on
 * @param revision    1 for the first signed version; a change after approval opens the next
 * @param returnNotes the TPI's notes of the last return, kept until the revision is approved
 * @param history     earlier signed revisions, oldest first
 * @param version     optimistic-concurrency version seen by clients (ETag)
 * @param sequence    last event sequence of this aggregate ({@code ce_sequence})
 */
public record WorkPlan(String id, String unitId, String orgPath, int year, int revision, PlanStatus status, WorkPlanContent content,
        Approval approval, String returnNotes, Instant publishedAt, List<PlanRevision> history, String updatedBy, Instant updatedAt,
        long version, long sequence) {

    /** The first year the platform keeps plans for; older ones are paper. */
    public static final int FIRST_YEAR = 2010;

    public WorkPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        content = content == null ? WorkPlanContent.EMPTY : content;
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static String idOf(String unitId, int year) {
        return unitId + ":" + year;
    }

    /** A new plan, as a draft of revision 1; its content may be incomplete until it is submitted. */
    public static WorkPlan draft(String unitId, String orgPath, int year, int currentYear, WorkPlanContent content, LkeIndicators indicators,
            String by, Instant at) {
        if (year < FIRST_YEAR || year > currentYear + 1) {
            throw new PlanRuleViolation("year", "a plan is for a year from " + FIRST_YEAR + " to " + (currentYear + 1));
        }
        WorkPlanContent checked = (content == null ? WorkPlanContent.EMPTY : content).checked(indicators);
        return new WorkPlan(idOf(unitId, year), unitId, orgPath, year, 1, PlanStatus.DRAFT, checked, null, null, null, List.of(), by, at,
                1, 0);
    }

    /**
     * Replaces the content. A draft or returned plan changes in place and is a draft again; a signed plan
     * keeps its signed revision in the history and continues as the draft of the next revision, so what the
     * head signed is never altered. A submitted plan waits for its review.
     */
    public WorkPlan edit(WorkPlanContent newContent, LkeIndicators indicators, String by, Instant at) {
        if (status == PlanStatus.SUBMITTED) {
            throw new PlanStateConflict("plan " + id + " is under review; it can change again once it is returned or approved");
        }
        WorkPlanContent checked = (newContent == null ? WorkPlanContent.EMPTY : newContent).checked(indicators);
        if (status.isEditable()) {
            return new WorkPlan(id, unitId, orgPath, year, revision, PlanStatus.DRAFT, checked, null, returnNotes, null, history, by, at,
                    version + 1, sequence);
        }
        List<PlanRevision> kept = new ArrayList<>(history);
        kept.add(new PlanRevision(revision, status, content, approval, publishedAt, at, by));
        return new WorkPlan(id, unitId, orgPath, year, revision + 1, PlanStatus.DRAFT, checked, null, null, null, kept, by, at,
                version + 1, sequence);
    }

    /** Hands a complete draft in for review and signature. */
    public WorkPlan submit(String by, Instant at) {
        if (!status.isEditable()) {
            throw new PlanStateConflict("plan " + id + " is " + status + "; only a draft or a returned plan can be submitted");
        }
        content.requireComplete();
        return next(PlanStatus.SUBMITTED, approval, returnNotes, publishedAt, by, at);
    }

    /** Sends a submitted plan back to the team, saying what to rework. */
    public WorkPlan returnForRework(String notes, String by, Instant at) {
        String checkedNotes = Checks.requiredText("notes", notes, 4000);
        requireStatus(PlanStatus.SUBMITTED, "returned");
        return next(PlanStatus.RETURNED, null, checkedNotes, null, by, at);
    }

    /** The head signs a submitted plan. */
    public WorkPlan approve(Approval block, LocalDate today, String by, Instant at) {
        Approval checked = Approval.checked(block, today);
        requireStatus(PlanStatus.SUBMITTED, "approved");
        return next(PlanStatus.APPROVED, checked, null, null, by, at);
    }

    /** Makes an approved plan public. */
    public WorkPlan publish(String by, Instant at) {
        requireStatus(PlanStatus.APPROVED, "published");
        return next(PlanStatus.PUBLISHED, approval, null, at, by, at);
    }

    /** The same plan stamped with the unit's current path (a unit may have moved since the last change). */
    public WorkPlan at(String currentOrgPath) {
        return new WorkPlan(id, unitId, currentOrgPath, year, revision, status, content, approval, returnNotes, publishedAt, history,
                updatedBy, updatedAt, version, sequence);
    }

    /** The plan after {@code count} more events. */
    public WorkPlan withEventsAppended(int count) {
        return new WorkPlan(id, unitId, orgPath, year, revision, status, content, approval, returnNotes, publishedAt, history, updatedBy,
                updatedAt, version, sequence + count);
    }

    private WorkPlan next(PlanStatus newStatus, Approval newApproval, String notes, Instant published, String by, Instant at) {
        return new WorkPlan(id, unitId, orgPath, year, revision, newStatus, content, newApproval, notes, published, history, by, at,
                version + 1, sequence);
    }

    private void requireStatus(PlanStatus required, String step) {
        if (status != required) {
            throw new PlanStateConflict("plan " + id + " is " + status + "; only a " + required + " plan can be " + step);
        }
    }
}
