package id.zi.planning.plan;

import java.time.Instant;

/**
 * A signed revision of the plan as it stood when a change opened the next one. Kept inside the plan's
 * document, so the history and the new draft are written in one atomic update with its events.
 *
 * @param status      APPROVED or PUBLISHED: only signed revisions are kept
 * @param publishedAt when it was made public, if it was
 * @param closedAt    when the next revision was opened
 */
public record PlanRevision(int revision, PlanStatus status, WorkPlanContent content, Approval approval, Instant publishedAt,
        Instant closedAt, String closedBy) {
}
