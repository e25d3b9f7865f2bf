package id.zi.portal.tpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One unit of the inspector's scope as the units page lists it, merged from the answers of four APIs by unit id;
 * a figure an API did not give stays null and the page shows a dash.
 *
 * @param planStatus      the plan of the year (DRAFT, SUBMITTED, …), null when the unit has none
 * @param pendingReview   evidence of the year waiting for the TPI's review
 * @param acceptedShare   accepted evidence kinds ÷ required kinds of the plan's rows, 0–1
 * @param monevId         the unit's latest monev of the year
 */
public record UnitStatus(String unitId, String name, String orgPath, @Nullable String planStatus, @Nullable Integer planRows, int pendingReview,
        @Nullable Double acceptedShare, @Nullable Integer missing, @Nullable String monevId, @Nullable String monevPeriod,
        @Nullable String monevStatus, @Nullable Double lkeSelf, @Nullable Double lkeTpi) {

    /**
     * @param plans    {@code GET /api/planning/plans/status}: every unit of the scope, the list's order
     * @param coverage {@code GET /api/evidence/coverage?orgPath&year} (or null)
     * @param pending  evidence items in state PENDING of the year
     * @param monevs   the monev lines of the year (or null)
     * @param self     {@code rollups/ranking?by=lkeSelf} (or null), {@code tpi} the same by lkeTpi
     */
    static List<UnitStatus> merge(JsonNode plans, @Nullable JsonNode coverage, List<JsonNode> pending, @Nullable JsonNode monevs,
            @Nullable JsonNode self, @Nullable JsonNode tpi) {
        Map<String, JsonNode> coverageByUnit = new HashMap<>();
        if (coverage != null) {
            coverage.path("perUnit").forEach(unit -> coverageByUnit.put(unit.path("unitId").asString(), unit.path("summary")));
        }
        Map<String, Integer> pendingByUnit = new HashMap<>();
        pending.forEach(item -> pendingByUnit.merge(item.path("unitId").asString(), 1, Integer::sum));
        Map<String, JsonNode> latestMonev = new HashMap<>();
        if (monevs != null) {
            monevs.forEach(line -> latestMonev.merge(line.path("unitId").asString(), line,
                    (a, b) -> a.path("period").asString().compareTo(b.path("period").asString()) >= 0 ? a : b));
        }
        Map<String, Double> selfByUnit = ranking(self);
        Map<String, Double> tpiByUnit = ranking(tpi);
        List<UnitStatus> units = new ArrayList<>();
        for (JsonNode unit : plans.path("unitsStatus")) {
            String id = unit.path("unitId").asString();
            JsonNode summary = coverageByUnit.get(id);
            JsonNode monev = latestMonev.get(id);
            units.add(new UnitStatus(id, unit.path("unitName").asString(id), unit.path("orgPath").asString(""), text(unit.path("status")),
                    unit.path("rows").isNumber() ? unit.path("rows").asInt() : null, pendingByUnit.getOrDefault(id, 0),
                    summary == null || !summary.path("required").isNumber() || summary.path("required").asInt() == 0 ? null
                            : summary.path("acceptedShare").asDouble(),
                    summary == null ? null : summary.path("missing").asInt(),
                    monev == null ? null : monev.path("id").asString(), monev == null ? null : monev.path("period").asString(),
                    monev == null ? null : monev.path("status").asString(), selfByUnit.get(id), tpiByUnit.get(id)));
        }
        return units;
    }

    private static Map<String, Double> ranking(@Nullable JsonNode ranking) {
        Map<String, Double> values = new HashMap<>();
        if (ranking != null) {
            ranking.path("units").forEach(row -> values.put(row.path("unitId").asString(), row.path("value").asDouble()));
        }
        return values;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }
}
