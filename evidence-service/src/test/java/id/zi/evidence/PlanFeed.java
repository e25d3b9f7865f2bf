package id.zi.evidence;

import id.zi.testkit.events.EventFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.json.JsonMapper;

/** Publishes planning's events (plan rows, unit moves), so evidence learns what a test needs. */
public final class PlanFeed {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());

    private PlanFeed() {
    }

    public static Map<String, Object> row(String rowId, int area, String indicatorRef, String indicator, List<String> evidenceKinds) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId);
        row.put("area", area);
        row.put("indicatorRef", indicatorRef);
        row.put("indicator", indicator);
        row.put("schedule", List.of(1, 2, 3));
        row.put("evidenceKinds", evidenceKinds);
        row.put("pic", "Koordinator area " + area);
        return row;
    }

    /** Sends a {@code rows-changed} event for the unit's plan of {@code year}. */
    public static void rows(String bootstrap, JsonMapper json, String unitId, String orgPath, int year, List<Map<String, Object>> rows) {
        String planId = unitId + ":" + year;
        List<String> segments = Arrays.stream(orgPath.split("/")).filter(s -> !s.isEmpty()).toList();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("planId", planId);
        payload.put("unitId", unitId);
        payload.put("orgPath", orgPath);
        payload.put("ancestors", segments.subList(0, segments.size() - 1));
        payload.put("instansiId", segments.get(segments.size() - 2));
        payload.put("year", year);
        payload.put("revision", 1);
        payload.put("status", "DRAFT");
        payload.put("rows", rows);
        payload.put("occurredAt", Instant.now().toString());
        EventFeed.publish(bootstrap, "id.zi.planning.plan.rows-changed.v1", unitId, planId, orgPath, SEQUENCE.incrementAndGet(),
                json.writeValueAsBytes(payload));
    }

    /** Sends an org unit's {@code moved} event the way planning does. */
    public static void orgUnitMoved(String bootstrap, JsonMapper json, String unitId, String newPath, Map<String, Object> payload) {
        EventFeed.publish(bootstrap, "id.zi.planning.orgunit.moved.v1", unitId, unitId, newPath, SEQUENCE.incrementAndGet(),
                json.writeValueAsBytes(payload));
    }

    public static void await(BooleanSupplier condition, Duration timeout, String what) {
        EventFeed.await(condition, timeout, what);
    }
}
