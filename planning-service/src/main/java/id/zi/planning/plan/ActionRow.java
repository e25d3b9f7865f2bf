package id.zi.planning.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One row of the rencana aksi: area, indicator, criterion or target, action steps, the evidence that will
 * prove them, the months they happen in, who is responsible, and optionally output and budget.
 *
 * @param rowId         stable within the plan and across its revisions, so evidence can point at it
 * @param indicatorRef  an LKE node such as {@code A.I.1.i} or {@code A.I.1.i.a}, when the row serves one
 * @param indicator     the indicator in the plan's own words; a row has this, a reference, or both
 * @param evidenceKinds the kinds of bukti fisik expected ({@link #EVIDENCE_KINDS})
 * @param schedule      the months (1-12) of the plan's year the steps take place in, ascending
 * @param budget        rupiah, when the row has a budget of its own
 */
public record ActionRow(String rowId, Integer area, String indicatorRef, String indicator, String criterion, List<String> actionSteps,
        List<String> evidenceKinds, List<Integer> schedule, String pic, String output, Long budget) {

    public static final Set<String> EVIDENCE_KINDS = Set.of("SK", "NOTULEN", "DAFTAR_HADIR", "FOTO", "LAPORAN", "SCREENSHOT", "SOP",
            "LAINNYA");
    static final Pattern ROW_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public ActionRow {
        actionSteps = actionSteps == null ? List.of() : List.copyOf(actionSteps);
        evidenceKinds = evidenceKinds == null ? List.of() : List.copyOf(evidenceKinds);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
    }

    ActionRow checked(String field, String assignedId, LkeIndicators indicators) {
        Checks.area(field + ".area", area);
        String ref = Checks.optionalText(field + ".indicatorRef", indicatorRef, 40);
        if (ref != null) {
            String problem = indicators.problemWith(ref, area);
            if (problem != null) {
                throw new PlanRuleViolation(field + ".indicatorRef", problem);
            }
        }
        String text = Checks.optionalText(field + ".indicator", indicator, 1000);
        if (ref == null && text == null) {
            throw new PlanRuleViolation(field + ".indicator", "name the indicator: an LKE reference (indicatorRef), its wording, or both");
        }
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < evidenceKinds.size(); i++) {
            String kind = evidenceKinds.get(i);
            if (kind == null || !EVIDENCE_KINDS.contains(kind)) {
                throw new PlanRuleViolation(field + ".evidenceKinds[" + i + "]", "one of " + new TreeSet<>(EVIDENCE_KINDS));
            }
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        TreeSet<Integer> months = new TreeSet<>();
        for (Integer month : schedule) {
            if (month == null || month < 1 || month > 12) {
                throw new PlanRuleViolation(field + ".schedule", "months are 1-12");
            }
            months.add(month);
        }
        if (budget != null && budget < 0) {
            throw new PlanRuleViolation(field + ".budget", "a budget is zero or more rupiah");
        }
        return new ActionRow(assignedId, area, ref, text, Checks.optionalText(field + ".criterion", criterion, 1000),
                Checks.texts(field + ".actionSteps", actionSteps, 50, 1000), kinds, List.copyOf(months),
                Checks.optionalText(field + ".pic", pic, 200), Checks.optionalText(field + ".output", output, 1000), budget);
    }

    /** What a row must say before the plan goes to review: the target, the steps, the proof, when, and who. */
    void requireComplete(String field) {
        if (criterion == null) {
            throw new PlanRuleViolation(field + ".criterion", "the criterion or target is required before submitting");
        }
        if (actionSteps.isEmpty()) {
            throw new PlanRuleViolation(field + ".actionSteps", "at least one action step is required before submitting");
        }
        if (evidenceKinds.isEmpty()) {
            throw new PlanRuleViolation(field + ".evidenceKinds", "name the evidence that will prove the row before submitting");
        }
        if (schedule.isEmpty()) {
            throw new PlanRuleViolation(field + ".schedule", "at least one month is required before submitting");
        }
        if (pic == null) {
            throw new PlanRuleViolation(field + ".pic", "the person in charge is required before submitting");
        }
    }
}
