package id.zi.monitoring;

import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.security.TestUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the events planning and evidence publish, each checked against its contract first, so monitoring
 * is tested on events those services may really send. Each test gets a unit of its own under Kota Magelang,
 * which the Magelang inspectorate sees and Jambi does not.
 */
public final class Feed {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());

    private final String bootstrap;
    private final JsonMapper json;

    public Feed(String bootstrap, JsonMapper json) {
        this.bootstrap = bootstrap;
        this.json = json;
    }

    /** A unit of its own for one test, e.g. {@code 33.71.t1a2b3c4}, under Kota Magelang. */
    public record Unit(String id, String path) {

        public static Unit fresh() {
            String id = "33.71.t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            return new Unit(id, "/id/33/33.71/" + id);
        }

        public String name() {
            return "Dinas Uji " + id;
        }

        public TestUser operator() {
            return new TestUser("operator." + id, Set.of("unit-operator"), id, path, path);
        }

        public TestUser head() {
            return new TestUser("kepala." + id, Set.of("unit-head"), id, path, path);
        }
    }

    public static Map<String, Object> row(String rowId, int area, String indicatorRef, String indicator, List<Integer> schedule,
            List<String> evidenceKinds) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId);
        row.put("area", area);
        row.put("indicatorRef", indicatorRef);
        row.put("indicator", indicator);
        row.put("schedule", schedule);
        row.put("evidenceKinds", evidenceKinds);
        row.put("pic", "Koordinator area " + area);
        return row;
    }

    /** The unit as planning's directory announces it. */
    public void orgUnit(Unit unit) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unitId", unit.id());
        payload.put("code", unit.id());
        payload.put("name", unit.name());
        payload.put("kind", "UNIT");
        payload.put("parentId", "33.71");
        payload.put("path", unit.path());
        payload.put("ancestors", ancestors(unit.path()));
        payload.put("instansiId", "33.71");
        payload.put("occurredAt", Instant.now().toString());
        send("zi.planning.orgunit.v1", "id.zi.planning.orgunit.created.v1", "/zi/planning", unit.id(), unit.id(), unit.path(), payload);
    }

    /** The unit moves under another parent, as planning's directory announces it; returns the unit at its new place. */
    public Unit moved(Unit unit, String newParentId, String newParentPath, String instansiId) {
        Unit moved = new Unit(unit.id(), newParentPath + "/" + unit.id());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("unitId", unit.id());
        payload.put("oldParentId", ancestors(unit.path()).getLast());
        payload.put("newParentId", newParentId);
        payload.put("oldPath", unit.path());
        payload.put("newPath", moved.path());
        payload.put("ancestors", ancestors(moved.path()));
        payload.put("instansiId", instansiId);
        payload.put("effectiveFrom", LocalDate.now().toString());
        payload.put("occurredAt", Instant.now().toString());
        send("zi.planning.orgunit.v1", "id.zi.planning.orgunit.moved.v1", "/zi/planning", unit.id(), unit.id(), moved.path(), payload);
        return moved;
    }

    /** A {@code rows-changed} event of the unit's plan for {@code year}. */
    public void planRows(Unit unit, int year, List<Map<String, Object>> rows) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("planId", unit.id() + ":" + year);
        payload.put("unitId", unit.id());
        payload.put("orgPath", unit.path());
        payload.put("ancestors", ancestors(unit.path()));
        payload.put("instansiId", "33.71");
        payload.put("year", year);
        payload.put("revision", 1);
        payload.put("status", "APPROVED");
        payload.put("rows", rows);
        payload.put("occurredAt", Instant.now().toString());
        send("zi.planning.plan.v1", "id.zi.planning.plan.rows-changed.v1", "/zi/planning", unit.id() + ":" + year, unit.id(), unit.path(),
                payload);
    }

    /**
     * An evidence event of the unit's plan of {@code year}.
     *
     * @param event       uploaded, reviewed, updated or deleted
     * @param reviewState the state after the event
     */
    public void evidence(Unit unit, int year, String event, String evidenceId, String kind, String title, int quarter, List<String> planRows,
            List<String> lkeQuestions, String reviewState, long sequence) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("evidenceId", evidenceId);
        payload.put("unitId", unit.id());
        payload.put("orgPath", unit.path());
        payload.put("ancestors", ancestors(unit.path()));
        payload.put("year", year);
        payload.put("quarter", quarter);
        payload.put("kind", kind);
        payload.put("title", title);
        payload.put("effectiveDate", String.format("%d-%02d-10", year, (quarter - 1) * 3 + 1));
        payload.put("planId", unit.id() + ":" + year);
        payload.put("planRows", planRows);
        payload.put("lkeQuestions", lkeQuestions);
        payload.put("object", Map.of("bucket", "zi-evidence", "key", unit.id() + "/" + year + "/" + evidenceId + "/1", "version", 1,
                "sha256", "31ef5528f3f0beb4cd249df48e8df56db0f5231b4a7b5b93c3b4d813783e95f2", "size", 2048, "contentType", "application/pdf"));
        payload.put("versionCount", 1);
        payload.put("reviewState", reviewState);
        if (event.equals("reviewed")) {
            payload.put("reviewedVersion", 1);
            payload.put("previousReviewState", "PENDING");
            if (!reviewState.equals("ACCEPTED")) {
                payload.put("reason", "Belum ditandatangani");
            }
        }
        payload.put("occurredAt", Instant.now().toString());
        send("zi.evidence.evidence.v1", "id.zi.evidence.evidence." + event + ".v1", "/zi/evidence", evidenceId, unit.id(), unit.path(), payload,
                sequence);
    }

    /** Waits until {@code condition} holds, e.g. until a projection caught up; fails after 30 s. */
    public static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void send(String topic, String type, String source, String subject, String unitId, String orgPath, Map<String, Object> payload) {
        send(topic, type, source, subject, unitId, orgPath, payload, SEQUENCE.incrementAndGet());
    }

    private void send(String topic, String type, String source, String subject, String unitId, String orgPath, Map<String, Object> payload,
            long sequence) {
        byte[] value = json.writeValueAsBytes(payload);
        EventContracts.assertValid(type, value);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, unitId, value);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", source);
        headers.put("ce_type", type);
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_subject", subject);
        headers.put("ce_dataschema", "https://zi.id/schemas/" + type.substring("id.zi.".length()) + ".json");
        headers.put("ce_tenantid", unitId);
        headers.put("ce_orgpath", orgPath);
        headers.put("ce_sequence", Long.toString(sequence));
        headers.put("content-type", "application/json");
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type, e);
        }
    }

    private static List<String> ancestors(String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        return segments.subList(0, segments.size() - 1);
    }
}
