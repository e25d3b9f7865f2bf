package id.zi.monitoring.monev.web;

import id.zi.monitoring.evidence.EvidenceLink;
import id.zi.monitoring.monev.FollowUps;
import id.zi.monitoring.monev.HistoryEntry;
import id.zi.monitoring.monev.Monev;
import id.zi.monitoring.monev.MonevPeriod;
import id.zi.monitoring.monev.MonevRow;
import id.zi.monitoring.monev.Recommendation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A monev as the unit and the TPI read it: each row with the evidence linked to it and that evidence's review
 * state as it is now (evidence of a quarter after the period is left out), the recommendations of earlier
 * periods still open with this period's follow-up, and the TPI's notes and recommendations of this period.
 *
 * @param summary the numbers of the events: rows due and done, realisation as numerator/denominator
 */
record MonevView(String id, String unitId, String orgPath, int year, String period, String cadence, LocalDate periodStart,
        LocalDate periodEnd, String planId, int planRevision, String status, long version, List<RowView> rows, SummaryView summary,
        List<FollowUpView> followUps, List<RecommendationView> recommendations, @Nullable String returnNotes, List<HistoryEntry> history,
        Instant createdAt, String createdBy, Instant updatedAt) {

    /**
     * @param missingKinds the evidence kinds the row expects that none of its evidence provides (rejected evidence does not count)
     */
    record RowView(String rowId, int area, @Nullable String indicatorRef, @Nullable String indicator, List<Integer> schedule,
            List<String> evidenceKinds, String status, int realisation, @Nullable String obstacles, List<EvidenceView> evidence,
            List<String> missingKinds) {
    }

    record EvidenceView(String id, String kind, String title, String reviewState, int quarter) {
    }

    /**
     * @param realisationNumerator   Σ realisation % over the rows due
     * @param realisationDenominator the rows due
     * @param averageRealisation     numerator ÷ denominator, unrounded; 0 with no rows due
     * @param openRecommendations    recommendations still open as the monev stands: followed up and not closed, plus those given in it
     */
    record SummaryView(int rowsDue, int rowsDone, int rowsInProgress, int rowsNotStarted, int realisationNumerator, int realisationDenominator,
            double averageRealisation, int openRecommendations) {
    }

    /**
     * @param fromPeriod the period whose monev gave the recommendation
     * @param status     this period's report: OPEN or DONE (DONE closes it once this monev is approved)
     * @param earlier    reports of the periods in between that did not close it
     */
    record FollowUpView(String recommendationId, String fromPeriod, String text, @Nullable String rowId, String givenBy, Instant givenAt,
            String status, @Nullable String note, List<FollowUps.EarlierReport> earlier) {
    }

    record RecommendationView(String recommendationId, String text, @Nullable String rowId, String givenBy, Instant givenAt) {
    }

    /** A line of the monev list. */
    record Line(String id, String unitId, String orgPath, int year, String period, String status, int rowsDue, int rowsDone,
            double averageRealisation, long version, Instant updatedAt) {

        static Line of(Monev monev) {
            Monev.Summary summary = monev.summary();
            return new Line(monev.id(), monev.unitId(), monev.orgPath(), monev.year(), monev.period(), monev.status().name(), summary.rowsDue(),
                    summary.rowsDone(), summary.averageRealisation(), monev.version(), monev.updatedAt());
        }
    }

    static MonevView of(Monev monev, List<FollowUps.Item> followUps, List<EvidenceLink> evidence) {
        MonevPeriod period = monev.span();
        List<RowView> rows = new ArrayList<>();
        for (MonevRow row : monev.rows()) {
            List<EvidenceView> linked = evidence.stream()
                    .filter(link -> link.planRows().contains(row.rowId()) && link.quarter() <= period.lastQuarter())
                    .map(link -> new EvidenceView(link.id(), link.kind(), link.title(), link.reviewState(), link.quarter())).toList();
            Set<String> missing = new LinkedHashSet<>(row.evidenceKinds());
            linked.stream().filter(link -> !link.reviewState().equals("REJECTED")).forEach(link -> missing.remove(link.kind()));
            rows.add(new RowView(row.rowId(), row.area(), row.indicatorRef(), row.indicator(), row.schedule(), row.evidenceKinds(),
                    row.status().name(), row.realisation(), row.obstacles(), linked, List.copyOf(missing)));
        }
        Monev.Summary summary = monev.summary();
        SummaryView summaryView = new SummaryView(summary.rowsDue(), summary.rowsDone(), summary.rowsInProgress(), summary.rowsNotStarted(),
                summary.realisationSum(), summary.rowsDue(), summary.averageRealisation(), FollowUps.stillOpen(monev, followUps));
        List<FollowUpView> followUpViews = followUps.stream().map(item -> {
            Recommendation given = item.recommendation();
            return new FollowUpView(given.id(), given.period(), given.text(), given.rowId(), given.givenBy(), given.givenAt(),
                    item.entry().status().name(), item.entry().note(), item.earlier());
        }).toList();
        List<RecommendationView> recommendations = monev.recommendations().stream()
                .map(given -> new RecommendationView(given.id(), given.text(), given.rowId(), given.givenBy(), given.givenAt())).toList();
        return new MonevView(monev.id(), monev.unitId(), monev.orgPath(), monev.year(), monev.period(), period.cadence().name(), period.start(),
                period.end(), monev.planId(), monev.planRevision(), monev.status().name(), monev.version(), rows, summaryView, followUpViews,
                recommendations, monev.returnNotes(), monev.history(), monev.createdAt(), monev.createdBy(), monev.updatedAt());
    }
}
