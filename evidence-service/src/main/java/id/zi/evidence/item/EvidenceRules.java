package id.zi.evidence.item;

import id.zi.evidence.catalog.LkeCatalog;
import id.zi.evidence.plan.PlanCopy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The checks on what an uploader says about a file and on the name the file arrives with; free of Spring. */
public final class EvidenceRules {

    /** Metadata that passed the rules. */
    public record Metadata(EvidenceKind kind, String title, String description, LocalDate effectiveDate, int year, int quarter,
            EvidenceItem.Links links) {
    }

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");
    private static final int MAX_LINKS = 50;

    private EvidenceRules() {
    }

    /**
     * @param plans the unit's plan for a year, as far as evidence has heard of it
     * @param today the date in Indonesia now; evidence is about something that has happened
     */
    public static Metadata check(EvidenceDraft draft, String unitId, Function<String, Optional<PlanCopy>> plans, LkeCatalog catalog,
            LocalDate today) {
        EvidenceKind kind = kind(draft.kind());
        String title = text("title", draft.title(), 300, true);
        String description = text("description", draft.description(), 2000, false);
        if (draft.effectiveDate() == null || draft.effectiveDate().isBlank()) {
            throw new EvidenceRuleViolation("effectiveDate", "the date the evidence is about is required (YYYY-MM-DD)");
        }
        LocalDate effective;
        try {
            effective = LocalDate.parse(draft.effectiveDate().strip());
        } catch (DateTimeParseException e) {
            throw new EvidenceRuleViolation("effectiveDate", "a date as YYYY-MM-DD, e.g. 2026-01-15");
        }
        if (effective.isAfter(today)) {
            throw new EvidenceRuleViolation("effectiveDate", "evidence is about something that has happened: " + effective + " is in the future");
        }
        int year = draft.year() == null ? effective.getYear() : draft.year();
        if (year < 2000 || year > today.getYear() + 1) {
            throw new EvidenceRuleViolation("year", "a plan year between 2000 and " + (today.getYear() + 1));
        }
        if (effective.getYear() > year) {
            throw new EvidenceRuleViolation("effectiveDate", "the evidence is dated after the plan year " + year);
        }
        int quarter = effective.getYear() < year ? 1 : (effective.getMonthValue() - 1) / 3 + 1;
        List<String> rows = ids("planRows", draft.planRows());
        if (!rows.isEmpty()) {
            String planId = PlanCopy.idOf(unitId, year);
            PlanCopy plan = plans.apply(planId).orElseThrow(() -> new EvidenceRuleViolation("planRows",
                    "unit " + unitId + " has no work plan for " + year + " (yet): link the rows once the plan is saved"));
            for (int i = 0; i < rows.size(); i++) {
                if (plan.row(rows.get(i)).isEmpty()) {
                    throw new EvidenceRuleViolation("planRows[" + i + "]", "plan " + planId + " has no row " + rows.get(i));
                }
            }
        }
        List<String> questions = ids("lkeQuestions", draft.lkeQuestions());
        for (int i = 0; i < questions.size(); i++) {
            if (catalog.node(questions.get(i)).isEmpty()) {
                throw new EvidenceRuleViolation("lkeQuestions[" + i + "]",
                        questions.get(i) + " is not a pengungkit question or sub-area of the LKE (e.g. A.I.1.i.a)");
            }
        }
        return new Metadata(kind, title, description, effective, year, quarter, new EvidenceItem.Links(rows, questions));
    }

    /**
     * The file's name as shown and downloaded: refused if it could name a path, hides characters, or is
     * too long, rather than quietly changed into something the uploader did not choose.
     */
    public static String fileName(String name) {
        if (name == null || name.isBlank()) {
            throw new EvidenceRuleViolation("file", "the file needs a name");
        }
        if (CONTROL.matcher(name).find()) {
            throw new EvidenceRuleViolation("file", "the file name contains control or direction characters");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..") || name.startsWith(".")) {
            throw new EvidenceRuleViolation("file", "send the file's own name, without folders: '" + name + "' could name a path");
        }
        if (name.length() > 200) {
            throw new EvidenceRuleViolation("file", "the file name is longer than 200 characters");
        }
        return name.strip();
    }

    static EvidenceKind kind(String value) {
        if (value == null || value.isBlank()) {
            throw new EvidenceRuleViolation("kind", "the kind of evidence is required: one of " + Arrays.toString(EvidenceKind.values()));
        }
        try {
            return EvidenceKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new EvidenceRuleViolation("kind", "one of " + Arrays.toString(EvidenceKind.values()));
        }
    }

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new EvidenceRuleViolation(field, field + " is required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new EvidenceRuleViolation(field, "at most " + max + " characters");
        }
        if (CONTROL.matcher(stripped.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')).find()) {
            throw new EvidenceRuleViolation(field, field + " contains control characters");
        }
        return stripped;
    }

    private static List<String> ids(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank() || value.length() > 40 || CONTROL.matcher(value).find()) {
                throw new EvidenceRuleViolation(field + "[" + i + "]", "an id of at most 40 visible characters");
            }
            ids.add(value.strip());
        }
        if (ids.size() > MAX_LINKS) {
            throw new EvidenceRuleViolation(field, "at most " + MAX_LINKS + " links");
        }
        return new ArrayList<>(ids);
    }
}
