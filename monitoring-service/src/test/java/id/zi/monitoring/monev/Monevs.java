package id.zi.monitoring.monev;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Monevs for tests of the rules, built as the lifecycle builds them. */
final class Monevs {

    static final String UNIT = "33.71.dpmptsp";
    static final String PATH = "/id/33/33.71/33.71.dpmptsp";
    static final Instant AT = Instant.parse("2026-04-02T03:00:00Z");

    private Monevs() {
    }

    static MonevRow row(String rowId, Integer... months) {
        return MonevRow.due(rowId, 1, "A.I.1.i", "Penyusunan Tim Kerja " + rowId, List.of(months), List.of("SK"));
    }

    static Monev draft(String period, MonevRow... rows) {
        return Monev.create(UNIT, PATH, MonevPeriod.parse(period), UNIT + ":" + MonevPeriod.parse(period).year(), 1, List.of(rows),
                "operator.magelang", AT);
    }

    /** Reports every row done and every follow-up with a note and the given status, then submits. */
    static Monev submitted(Monev monev, List<String> followable, FollowUp.Status followUpStatus) {
        List<Monev.RowReport> rows = new ArrayList<>();
        monev.rows().forEach(row -> rows.add(new Monev.RowReport(row.rowId(), RowStatus.DONE, 100, null)));
        List<Monev.FollowUpReport> followUps = new ArrayList<>();
        followable.forEach(id -> followUps.add(new Monev.FollowUpReport(id, followUpStatus, "Ditindaklanjuti dengan SK baru")));
        return monev.edit(rows, followUps, followable, "operator.magelang", AT).submit(followable, "operator.magelang", AT);
    }

    static Monev.RecommendationDraft recommend(String text) {
        return new Monev.RecommendationDraft(text, null);
    }
}
