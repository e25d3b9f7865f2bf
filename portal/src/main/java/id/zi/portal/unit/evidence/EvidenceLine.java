package id.zi.portal.unit.evidence;

import id.zi.portal.unit.UnitPages;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One evidence item as the unit's lists show it: what it is, which rows it proves, and where the TPI's review
 * of its current version stands, with the reviewer's reason.
 */
public record EvidenceLine(String id, String title, String kind, @Nullable String effectiveDate, int quarter, List<String> planRows,
        int currentVersion, @Nullable String fileName, String state, @Nullable String reason, @Nullable String reviewedBy, String createdBy) {

    static EvidenceLine of(JsonNode item) {
        JsonNode review = item.path("review");
        int current = item.path("currentVersion").asInt();
        String fileName = null;
        for (JsonNode version : item.path("versions")) {
            if (version.path("number").asInt() == current) {
                fileName = version.path("fileName").asString(null);
            }
        }
        return new EvidenceLine(item.path("id").asString(), item.path("title").asString(""), item.path("kind").asString(),
                UnitPages.text(item, "effectiveDate"), item.path("quarter").asInt(), UnitPages.strings(item.path("links").path("planRows")), current,
                fileName, review.path("state").asString("PENDING"), UnitPages.text(review, "reason"), UnitPages.text(review, "by"),
                item.path("createdBy").asString(""));
    }

    /** The badge's colour: accepted green, rejected or sent back red, waiting amber. */
    public String badge() {
        return switch (state) {
            case "ACCEPTED" -> "ok";
            case "REJECTED", "CHANGES_REQUESTED" -> "bad";
            default -> "warn";
        };
    }
}
