package id.zi.monitoring.monev;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One unit's monev (monitoring dan evaluasi) of one period: the plan rows due by the period's end with their
 * status, realisation and obstacles; the unit's follow-up of the recommendations of earlier periods; and the
 * TPI's notes and recommendations. The unit fills and submits it; the TPI returns it or approves it, after
 * which it no longer changes. Transitions check the state and name it when they refuse.
 *
 * @param id             {@code <unitId>:<period>}, e.g. {@code 33.71.dpmptsp:2026-Q1}: one monev per unit and period
 * @param period         the period key, e.g. {@code 2026-Q1}
 * @param planId         the plan the rows come from, {@code <unitId>:<year>}
 * @param planRevision   its revision when the monev was created
 * @param followUps      the unit's reports, in this period, on recommendations of earlier periods
 * @param recommendations what the TPI recommended in this period
 * @param returnNotes    the TPI's notes of the latest return
 * @param version        optimistic-concurrency version, the ETag
 * @param sequence       the ce_sequence of its latest event
 */
public record Monev(String id, String unitId, String orgPath, int year, String period, String planId, int planRevision,
        MonevStatus status, List<MonevRow> rows, List<FollowUp> followUps, List<Recommendation> recommendations,
        @Nullable String returnNotes, List<HistoryEntry> history, Instant createdAt, String createdBy, Instant updatedAt, long version,
        long sequence) {

    static final int MAX_TEXT = 2000;
    static final int MAX_RECOMMENDATIONS = 50;

    public Monev {
        rows = List.copyOf(rows);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static String idOf(String unitId, MonevPeriod period) {
        return unitId + ":" + period.key();
    }

    /** A new monev of the rows due by the period's end, nothing reported yet. */
    static Monev create(String unitId, String orgPath, MonevPeriod period, String planId, int planRevision, List<MonevRow> rowsDue,
            String by, Instant at) {
        return new Monev(idOf(unitId, period), unitId, orgPath, period.year(), period.key(), planId, planRevision, MonevStatus.DRAFT, rowsDue,
                List.of(), List.of(), null, List.of(new HistoryEntry(at, by, "CREATED", null)), at, by, at, 1, 1);
    }

    public MonevPeriod span() {
        return MonevPeriod.parse(period);
    }

    public Optional<MonevRow> row(String rowId) {
        return rows.stream().filter(row -> row.rowId().equals(rowId)).findFirst();
    }

    /** This period's report on {@code recommendationId}; OPEN without a note when the unit has not reported yet. */
    public FollowUp followUp(String recommendationId) {
        return followUps.stream().filter(entry -> entry.recommendationId().equals(recommendationId)).findFirst()
                .orElse(FollowUp.open(recommendationId));
    }

    /** What the unit reports on one row. */
    public record RowReport(@Nullable String rowId, @Nullable RowStatus status, @Nullable Integer realisation, @Nullable String obstacles) {
    }

    /** What the unit reports on one earlier recommendation. */
    public record FollowUpReport(@Nullable String recommendationId, FollowUp.@Nullable Status status, @Nullable String note) {
    }

    /** A recommendation as the TPI writes it. */
    public record RecommendationDraft(@Nullable String text, @Nullable String rowId) {
    }

    /**
     * The unit's reports on rows and follow-ups; rows and recommendations not named keep what they had.
     *
     * @param followable the ids of the earlier recommendations this monev follows up
     */
    Monev edit(List<RowReport> rowReports, List<FollowUpReport> followUpReports, List<String> followable, String by, Instant at) {
        requireStatus("edited", MonevStatus.DRAFT, MonevStatus.RETURNED);
        List<MonevRuleViolation.Fault> faults = new ArrayList<>();
        Map<String, MonevRow> reported = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < rowReports.size(); i++) {
            RowReport report = rowReports.get(i);
            String prefix = "rows[" + i + "]";
            if (report == null || report.rowId() == null || report.rowId().isBlank()) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".rowId", "name the plan row"));
                continue;
            }
            MonevRow row = row(report.rowId()).orElse(null);
            if (row == null) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".rowId", report.rowId() + " is not a row of monev " + id
                        + " (rows due by " + period + ": " + rows.stream().map(MonevRow::rowId).toList() + ")"));
                continue;
            }
            if (!named.add(row.rowId())) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".rowId", row.rowId() + " is reported twice"));
                continue;
            }
            int before = faults.size();
            if (report.status() == null) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".status", "one of NOT_STARTED, IN_PROGRESS, DONE"));
            }
            Integer realisation = report.realisation();
            if (realisation == null || realisation < 0 || realisation > 100) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".realisation", "a whole percentage from 0 to 100"));
            } else if (report.status() == RowStatus.NOT_STARTED && realisation != 0) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".realisation", "a row not started is realised 0 %, not " + realisation + " %"));
            } else if (report.status() == RowStatus.DONE && realisation != 100) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".realisation", "a row done is realised 100 %, not " + realisation + " %"));
            }
            String obstacles = text(prefix + ".obstacles", report.obstacles(), faults);
            if (faults.size() == before) {
                reported.put(row.rowId(), row.reported(report.status(), realisation, obstacles));
            }
        }
        Map<String, FollowUp> followed = new LinkedHashMap<>();
        followUps.forEach(entry -> followed.put(entry.recommendationId(), entry));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < followUpReports.size(); i++) {
            FollowUpReport report = followUpReports.get(i);
            String prefix = "followUps[" + i + "]";
            if (report == null || report.recommendationId() == null || !followable.contains(report.recommendationId())) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".recommendationId", (report == null || report.recommendationId() == null
                        ? "name the recommendation" : report.recommendationId() + " is not an open recommendation of an earlier period")
                        + "; this monev follows up " + followable));
                continue;
            }
            if (!seen.add(report.recommendationId())) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".recommendationId", report.recommendationId() + " is reported twice"));
                continue;
            }
            int before = faults.size();
            if (report.status() == null) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".status", "one of OPEN, DONE"));
            }
            String note = text(prefix + ".note", report.note(), faults);
            if (faults.size() == before) {
                followed.put(report.recommendationId(), new FollowUp(report.recommendationId(), report.status(), note, by, at));
            }
        }
        if (!faults.isEmpty()) {
            throw new MonevRuleViolation(faults);
        }
        List<MonevRow> newRows = rows.stream().map(row -> reported.getOrDefault(row.rowId(), row)).toList();
        return new Monev(id, unitId, orgPath, year, period, planId, planRevision, status, newRows, new ArrayList<>(followed.values()),
                recommendations, returnNotes, history, createdAt, createdBy, at, version + 1, sequence);
    }

    /**
     * The unit hands the monev to the TPI. Every row not done says what holds it back, and every earlier
     * recommendation it follows up says what was done about it: that is what the TPI evaluates.
     *
     * @param followable the ids of the earlier recommendations this monev follows up, in the order it lists them
     */
    Monev submit(List<String> followable, String by, Instant at) {
        requireStatus("submitted", MonevStatus.DRAFT, MonevStatus.RETURNED);
        List<MonevRuleViolation.Fault> faults = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MonevRow row = rows.get(i);
            if (row.status() != RowStatus.DONE && row.obstacles() == null) {
                faults.add(new MonevRuleViolation.Fault("rows[" + i + "].obstacles", "row " + row.rowId() + " (" + row.label() + ") is "
                        + row.status() + ": say what holds it back before submitting"));
            }
        }
        int i = 0;
        for (String recommendationId : followable) {
            if (followUp(recommendationId).note() == null) {
                faults.add(new MonevRuleViolation.Fault("followUps[" + i + "].note", "report the follow-up of recommendation "
                        + recommendationId + " before submitting"));
            }
            i++;
        }
        if (!faults.isEmpty()) {
            throw new MonevRuleViolation(faults);
        }
        return next(MonevStatus.SUBMITTED, recommendations, returnNotes, new HistoryEntry(at, by, "SUBMITTED", null), at);
    }

    /** The TPI sends the monev back to the unit with notes, and may recommend. */
    Monev returnToUnit(@Nullable String notes, List<RecommendationDraft> drafts, String by, Instant at) {
        requireStatus("returned", MonevStatus.SUBMITTED);
        List<MonevRuleViolation.Fault> faults = new ArrayList<>();
        String checked = text("notes", notes, faults);
        if (checked == null && faults.isEmpty()) {
            faults.add(new MonevRuleViolation.Fault("notes", "say what the unit must change"));
        }
        List<Recommendation> given = recommendations(drafts, by, at, faults);
        if (!faults.isEmpty()) {
            throw new MonevRuleViolation(faults);
        }
        return next(MonevStatus.RETURNED, given, checked, new HistoryEntry(at, by, "RETURNED", checked), at);
    }

    /** The TPI approves the monev, and may recommend; it no longer changes. */
    Monev approve(List<RecommendationDraft> drafts, String by, Instant at) {
        requireStatus("approved", MonevStatus.SUBMITTED);
        List<MonevRuleViolation.Fault> faults = new ArrayList<>();
        List<Recommendation> given = recommendations(drafts, by, at, faults);
        if (!faults.isEmpty()) {
            throw new MonevRuleViolation(faults);
        }
        return next(MonevStatus.APPROVED, given, returnNotes, new HistoryEntry(at, by, "APPROVED", null), at);
    }

    /** Recommendations given in this period: those already given and the new ones. */
    private List<Recommendation> recommendations(List<RecommendationDraft> drafts, String by, Instant at,
            List<MonevRuleViolation.Fault> faults) {
        List<Recommendation> all = new ArrayList<>(recommendations);
        if (recommendations.size() + drafts.size() > MAX_RECOMMENDATIONS) {
            faults.add(new MonevRuleViolation.Fault("recommendations", "at most " + MAX_RECOMMENDATIONS + " recommendations per monev"));
            return all;
        }
        for (int i = 0; i < drafts.size(); i++) {
            RecommendationDraft draft = drafts.get(i);
            String prefix = "recommendations[" + i + "]";
            int before = faults.size();
            String text = draft == null ? null : text(prefix + ".text", draft.text(), faults);
            if (text == null && faults.size() == before) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".text", "say what the unit should do"));
            }
            String rowId = draft == null ? null : draft.rowId();
            if (rowId != null && row(rowId).isEmpty()) {
                faults.add(new MonevRuleViolation.Fault(prefix + ".rowId", rowId + " is not a row of monev " + id));
            }
            if (faults.size() == before) {
                all.add(new Recommendation("rec-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), period, text, rowId, by,
                        at));
            }
        }
        return all;
    }

    private Monev next(MonevStatus newStatus, List<Recommendation> newRecommendations, @Nullable String notes, HistoryEntry entry,
            Instant at) {
        List<HistoryEntry> newHistory = new ArrayList<>(history);
        newHistory.add(entry);
        return new Monev(id, unitId, orgPath, year, period, planId, planRevision, newStatus, rows, followUps, newRecommendations, notes,
                newHistory, createdAt, createdBy, at, version + 1, sequence + 1);
    }

    /** The same monev filed under another org path, when its unit moved in the tree. */
    Monev movedTo(String newPath) {
        return new Monev(id, unitId, newPath, year, period, planId, planRevision, status, rows, followUps, recommendations, returnNotes,
                history, createdAt, createdBy, updatedAt, version + 1, sequence);
    }

    private void requireStatus(String step, MonevStatus... allowed) {
        for (MonevStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new MonevConflict("status", "Monev " + id + " is " + status + " and cannot be " + step + " (only when "
                + String.join(" or ", Arrays.stream(allowed).map(Enum::name).toList()) + ")");
    }

    /** Stripped text of at most {@value #MAX_TEXT} characters; null when blank. */
    static @Nullable String text(String field, @Nullable String value, List<MonevRuleViolation.Fault> faults) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            faults.add(new MonevRuleViolation.Fault(field, "at most " + MAX_TEXT + " characters, not " + stripped.length()));
            return null;
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            faults.add(new MonevRuleViolation.Fault(field, "must not contain control characters"));
            return null;
        }
        return stripped;
    }

    /** Rows due, done, in progress and not started, and Σ realisation: the numbers a roll-up pools. */
    public Summary summary() {
        int done = 0;
        int inProgress = 0;
        int realised = 0;
        for (MonevRow row : rows) {
            done += row.status() == RowStatus.DONE ? 1 : 0;
            inProgress += row.status() == RowStatus.IN_PROGRESS ? 1 : 0;
            realised += row.realisation();
        }
        return new Summary(rows.size(), done, inProgress, rows.size() - done - inProgress, realised);
    }

    /**
     * @param realisationSum Σ realisation % over the rows due; ÷ {@code rowsDue} is the average realisation
     */
    public record Summary(int rowsDue, int rowsDone, int rowsInProgress, int rowsNotStarted, int realisationSum) {

        /** Average realisation in %; 0 with no rows due. */
        public double averageRealisation() {
            return rowsDue == 0 ? 0 : (double) realisationSum / rowsDue;
        }
    }
}
