package id.zi.monitoring.evidence;

import java.util.List;

/**
 * A unit's evidence item as monitoring shows it beside a plan row or an LKE answer: what it is and where the
 * TPI's review of it stands.
 *
 * @param reviewState PENDING, ACCEPTED, REJECTED or CHANGES_REQUESTED
 * @param quarter     the quarter of the plan year it counts for
 */
public record EvidenceLink(String id, String kind, String title, String reviewState, int quarter, List<String> planRows,
        List<String> lkeQuestions) {

    public EvidenceLink {
        planRows = planRows == null ? List.of() : List.copyOf(planRows);
        lkeQuestions = lkeQuestions == null ? List.of() : List.copyOf(lkeQuestions);
    }
}
