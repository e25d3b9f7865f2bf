package id.zi.survey;

import id.zi.testkit.events.EventFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.json.JsonMapper;

/** Publishes org unit events the way planning does, so the survey service learns the names a test needs. */
public final class OrgFeed {

    public static final String MAGELANG_NAME = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Magelang";

    private OrgFeed() {
    }

    /** Kota Magelang, its DPMPTSP, and the DPMPTSP of Provinsi Jambi. */
    public static void demoUnits(String bootstrap, JsonMapper json) {
        created(bootstrap, json, "33.71", "CITY", "Kota Magelang", "/id/33/33.71");
        created(bootstrap, json, "33.71.dpmptsp", "UNIT", MAGELANG_NAME, "/id/33/33.71/33.71.dpmptsp");
        created(bootstrap, json, "15.dpmptsp", "UNIT", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jambi", "/id/15/15.dpmptsp");
    }

    public static void created(String bootstrap, JsonMapper json, String unitId, String kind, String name, String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unitId", unitId);
        payload.put("code", unitId.toUpperCase());
        payload.put("name", name);
        payload.put("kind", kind);
        payload.put("parentId", segments.get(segments.size() - 2));
        payload.put("path", path);
        payload.put("ancestors", segments.subList(0, segments.size() - 1));
        payload.put("instansiId", segments.get(segments.size() - 2));
        payload.put("occurredAt", Instant.now().toString());
        send(bootstrap, json, "id.zi.planning.orgunit.created.v1", unitId, path, 1, payload);
    }

    private static void send(String bootstrap, JsonMapper json, String type, String unitId, String path, long sequence, Map<String, Object> payload) {
        EventFeed.publish(bootstrap, type, unitId, unitId, path, sequence, json.writeValueAsBytes(payload));
    }

    /** The unit moves under another parent, as planning announces it. */
    public static void moved(String bootstrap, JsonMapper json, String unitId, String oldPath, String newPath) {
        List<String> oldSegments = Arrays.stream(oldPath.split("/")).filter(s -> !s.isEmpty()).toList();
        List<String> segments = Arrays.stream(newPath.split("/")).filter(s -> !s.isEmpty()).toList();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unitId", unitId);
        payload.put("oldParentId", oldSegments.get(oldSegments.size() - 2));
        payload.put("newParentId", segments.get(segments.size() - 2));
        payload.put("oldPath", oldPath);
        payload.put("newPath", newPath);
        payload.put("ancestors", segments.subList(0, segments.size() - 1));
        payload.put("occurredAt", Instant.now().toString());
        send(bootstrap, json, "id.zi.planning.orgunit.moved.v1", unitId, newPath, 2, payload);
    }

    /** Waits until {@code condition} holds; fails after {@code timeout}. */
    public static void await(BooleanSupplier condition, Duration timeout, String what) {
        EventFeed.await(condition, timeout, what);
    }
}
