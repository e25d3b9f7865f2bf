package id.zi.planning.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the unit team writes and may replace while the plan is a draft: the legal basis, the purpose, the
 * target prioritas, the ZI team, the pencanangan, and the rencana aksi rows.
 *
 * @param paktaIntegritasCount how many staff signed the pakta integritas at the pencanangan
 */
public record WorkPlanContent(List<String> legalBasis, String purpose, List<String> targetPrioritas, ZiTeam team, LocalDate pencanangan,
        Integer paktaIntegritasCount, List<ActionRow> rows) {

    public static final int MAX_ROWS = 500;
    public static final WorkPlanContent EMPTY = new WorkPlanContent(List.of(), null, List.of(), null, null, null, List.of());

    public WorkPlanContent {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        targetPrioritas = targetPrioritas == null ? List.of() : List.copyOf(targetPrioritas);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * The content normalized (trimmed, months sorted, evidence kinds deduplicated) and checked for shape.
     * Rows without an id get the next free {@code R<n>}; ids already given are kept, so evidence that
     * points at a row still finds it after an edit.
     */
    WorkPlanContent checked(LkeIndicators indicators) {
        if (rows.size() > MAX_ROWS) {
            throw new PlanRuleViolation("rows", "at most " + MAX_ROWS + " rows");
        }
        if (paktaIntegritasCount != null && paktaIntegritasCount < 0) {
            throw new PlanRuleViolation("paktaIntegritasCount", "a count is zero or more");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ActionRow row = rows.get(i);
            if (row == null) {
                throw new PlanRuleViolation("rows[" + i + "]", "is empty");
            }
            if (row.rowId() != null) {
                if (!ActionRow.ROW_ID.matcher(row.rowId()).matches()) {
                    throw new PlanRuleViolation("rows[" + i + "].rowId", "1-40 characters of letters, digits, '.', '_' and '-'");
                }
                if (!ids.add(row.rowId())) {
                    throw new PlanRuleViolation("rows[" + i + "].rowId", "row id " + row.rowId() + " is used twice");
                }
            }
        }
        List<ActionRow> checkedRows = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < rows.size(); i++) {
            ActionRow row = rows.get(i);
            String id = row.rowId();
            if (id == null) {
                while (ids.contains("R" + next)) {
                    next++;
                }
                id = "R" + next;
                ids.add(id);
            }
            checkedRows.add(row.checked("rows[" + i + "]", id, indicators));
        }
        return new WorkPlanContent(Checks.texts("legalBasis", legalBasis, 50, 500), Checks.optionalText("purpose", purpose, 4000),
                Checks.texts("targetPrioritas", targetPrioritas, 50, 500), team == null ? null : team.checked(), pencanangan,
                paktaIntegritasCount, checkedRows);
    }

    /** What a plan must hold before it goes to review and signature. */
    void requireComplete() {
        if (legalBasis.isEmpty()) {
            throw new PlanRuleViolation("legalBasis", "at least one legal basis is required before submitting");
        }
        if (purpose == null) {
            throw new PlanRuleViolation("purpose", "the purpose is required before submitting");
        }
        if (targetPrioritas.isEmpty()) {
            throw new PlanRuleViolation("targetPrioritas", "at least one target prioritas is required before submitting");
        }
        if (team == null) {
            throw new PlanRuleViolation("team", "the ZI team is required before submitting");
        }
        team.requireComplete();
        if (rows.isEmpty()) {
            throw new PlanRuleViolation("rows", "the rencana aksi needs at least one row before submitting");
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).requireComplete("rows[" + i + "]");
        }
    }

    long totalBudget() {
        return rows.stream().map(ActionRow::budget).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    List<Integer> areas() {
        return rows.stream().map(ActionRow::area).distinct().sorted().toList();
    }
}
