package id.zi.portal.unit.monev;

import id.zi.portal.unit.UnitPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A monev as its form shows it: every row due with what the unit reported (kept as typed, so a refused value
 * comes back to the user as they wrote it), the follow-ups of earlier recommendations, and the TPI's notes and
 * recommendations of this period.
 */
public record MonevPage(String id, String unitId, int year, String period, String status, long version, @Nullable String returnNotes,
        List<Row> rows, List<FollowUp> followUps, List<Recommendation> recommendations, Summary summary) {

    public record Row(String rowId, int area, String label, List<Integer> schedule, List<String> evidenceKinds, String status,
            String realisation, String obstacles, List<Evidence> evidence, List<String> missingKinds) {
    }

    public record Evidence(String id, String kind, String title, String reviewState) {
    }

    public record FollowUp(String recommendationId, String fromPeriod, String text, @Nullable String rowId, String givenBy, String status,
            String note) {
    }

    public record Recommendation(String text, @Nullable String rowId, String givenBy) {
    }

    public record Summary(int rowsDue, int rowsDone, int rowsInProgress, int rowsNotStarted, double averageRealisation, int openRecommendations) {
    }

    static MonevPage of(JsonNode monev, long version) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : monev.path("rows")) {
            List<Evidence> evidence = new ArrayList<>();
            row.path("evidence").forEach(item -> evidence.add(new Evidence(item.path("id").asString(), item.path("kind").asString(),
                    item.path("title").asString(""), item.path("reviewState").asString(""))));
            rows.add(new Row(row.path("rowId").asString(), row.path("area").asInt(), UnitPages.rowLabel(row), UnitPages.ints(row.path("schedule")),
                    UnitPages.strings(row.path("evidenceKinds")), row.path("status").asString("NOT_STARTED"), row.path("realisation").asString("0"),
                    row.path("obstacles").asString(""), evidence, UnitPages.strings(row.path("missingKinds"))));
        }
        List<FollowUp> followUps = new ArrayList<>();
        monev.path("followUps").forEach(item -> followUps.add(new FollowUp(item.path("recommendationId").asString(),
                item.path("fromPeriod").asString(""), item.path("text").asString(""), UnitPages.text(item, "rowId"), item.path("givenBy").asString(""),
                item.path("status").asString("OPEN"), item.path("note").asString(""))));
        List<Recommendation> recommendations = new ArrayList<>();
        monev.path("recommendations").forEach(item -> recommendations.add(new Recommendation(item.path("text").asString(""),
                UnitPages.text(item, "rowId"), item.path("givenBy").asString(""))));
        JsonNode summary = monev.path("summary");
        return new MonevPage(monev.path("id").asString(), monev.path("unitId").asString(), monev.path("year").asInt(),
                monev.path("period").asString(), monev.path("status").asString(), version, UnitPages.text(monev, "returnNotes"), rows, followUps,
                recommendations, new Summary(summary.path("rowsDue").asInt(), summary.path("rowsDone").asInt(), summary.path("rowsInProgress").asInt(),
                        summary.path("rowsNotStarted").asInt(), summary.path("averageRealisation").asDouble(),
                        summary.path("openRecommendations").asInt()));
    }

    /** The unit edits before submitting, and again after the TPI returned it. */
    public boolean editable() {
        return "DRAFT".equals(status) || "RETURNED".equals(status);
    }

    /**
     * The same monev with what the user typed in place of what was stored, for showing a refused form again.
     * {@code form} holds {@code rows[i].status}, {@code rows[i].realisation}, … as the form named them.
     */
    MonevPage typed(Map<String, String> form) {
        List<Row> typedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "rows[" + i + "].";
            typedRows.add(new Row(row.rowId(), row.area(), row.label(), row.schedule(), row.evidenceKinds(),
                    form.getOrDefault(prefix + "status", row.status()), form.getOrDefault(prefix + "realisation", row.realisation()),
                    form.getOrDefault(prefix + "obstacles", row.obstacles()), row.evidence(), row.missingKinds()));
        }
        List<FollowUp> typedFollowUps = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUp item = followUps.get(i);
            String prefix = "followUps[" + i + "].";
            typedFollowUps.add(new FollowUp(item.recommendationId(), item.fromPeriod(), item.text(), item.rowId(), item.givenBy(),
                    form.getOrDefault(prefix + "status", item.status()), form.getOrDefault(prefix + "note", item.note())));
        }
        return new MonevPage(id, unitId, year, period, status, version, returnNotes, typedRows, typedFollowUps, recommendations, summary);
    }
}
