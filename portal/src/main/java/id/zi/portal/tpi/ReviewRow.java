package id.zi.portal.tpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One evidence item of the review queue: what it is, its current file, the plan rows it is for, where its
 * review stands, and the problem of the last decision tried on it (the API's, next to the reason field).
 */
public record ReviewRow(String id, String unitId, String unitName, int year, String kind, String title, @Nullable String description,
        String effectiveDate, int currentVersion, @Nullable String fileName, @Nullable String contentType, String state,
        @Nullable String reason, @Nullable String reviewedBy, long version, List<PlanRowRef> rows, List<String> lkeQuestions,
        @Nullable String error, @Nullable String errorField, @Nullable String reasonTyped) {

    /** A plan row the evidence is for; area and indicator when the unit's coverage names the row. */
    public record PlanRowRef(String rowId, @Nullable Integer area, @Nullable String indicatorRef, @Nullable String indicator) {
    }

    /** Whether a browser can show the file itself (a PDF or a picture) rather than only download it. */
    public boolean previewable() {
        return contentType != null && (contentType.startsWith("application/pdf") || contentType.startsWith("image/"));
    }

    public boolean pending() {
        return "PENDING".equals(state);
    }

    /**
     * @param rowsByUnitYear the rows of each unit's plan by row id, keyed {@code unitId:year} (from the coverage)
     */
    static ReviewRow of(JsonNode item, Map<String, String> unitNames, Map<String, Map<String, JsonNode>> rowsByUnitYear) {
        String unitId = item.path("unitId").asString();
        int year = item.path("year").asInt();
        Map<String, JsonNode> planRows = rowsByUnitYear.getOrDefault(unitId + ":" + year, Map.of());
        List<PlanRowRef> rows = new ArrayList<>();
        item.path("links").path("planRows").forEach(rowId -> {
            JsonNode row = planRows.get(rowId.asString());
            rows.add(row == null ? new PlanRowRef(rowId.asString(), null, null, null)
                    : new PlanRowRef(rowId.asString(), row.path("area").asInt(), text(row.path("indicatorRef")), text(row.path("indicator"))));
        });
        List<String> questions = new ArrayList<>();
        item.path("links").path("lkeQuestions").forEach(question -> questions.add(question.asString()));
        int current = item.path("currentVersion").asInt();
        JsonNode file = null;
        for (JsonNode version : item.path("versions")) {
            if (version.path("number").asInt() == current) {
                file = version;
            }
        }
        JsonNode review = item.path("review");
        return new ReviewRow(item.path("id").asString(), unitId, unitNames.getOrDefault(unitId, unitId), year, item.path("kind").asString(),
                item.path("title").asString(), text(item.path("description")), item.path("effectiveDate").asString(""), current,
                file == null ? null : text(file.path("fileName")), file == null ? null : text(file.path("contentType")),
                review.path("state").asString("PENDING"), text(review.path("reason")), text(review.path("by")), item.path("version").asLong(),
                rows, questions, null, null, null);
    }

    ReviewRow withError(String message, @Nullable String field, @Nullable String typed) {
        return new ReviewRow(id, unitId, unitName, year, kind, title, description, effectiveDate, currentVersion, fileName, contentType, state,
                reason, reviewedBy, version, rows, lkeQuestions, message, field, typed);
    }

    /** The areas (1–6) of the plan rows the evidence is for. */
    boolean inArea(int area) {
        return rows.stream().anyMatch(row -> row.area() != null && row.area() == area);
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }
}
