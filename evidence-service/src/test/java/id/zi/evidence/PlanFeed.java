package id.zi.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes work plan events the way planning does, so evidence learns the rows a test needs. */
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
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("zi.planning.plan.v1", unitId, json.writeValueAsBytes(payload));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", "/zi/planning");
        headers.put("ce_type", "id.zi.planning.plan.rows-changed.v1");
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_subject", planId);
        headers.put("ce_dataschema", "https://zi.id/schemas/planning.plan.rows-changed.v1.json");
        headers.put("ce_tenantid", unitId);
        headers.put("ce_orgpath", orgPath);
        headers.put("ce_sequence", Long.toString(SEQUENCE.incrementAndGet()));
        headers.put("content-type", "application/json");
        send(bootstrap, record, headers);
    }

    /** Waits until {@code condition} holds, e.g. until the service has the plan; fails after {@code timeout}. */
    public static void await(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
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

    /** Sends an org unit's {@code moved} event the way planning does. */
    public static void orgUnitMoved(String bootstrap, JsonMapper json, String unitId, String newPath, Map<String, Object> payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("zi.planning.orgunit.v1", unitId, json.writeValueAsBytes(payload));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_source", "/zi/planning");
        headers.put("ce_type", "id.zi.planning.orgunit.moved.v1");
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_subject", unitId);
        headers.put("ce_dataschema", "https://zi.id/schemas/planning.orgunit.moved.v1.json");
        headers.put("ce_tenantid", unitId);
        headers.put("ce_orgpath", newPath);
        headers.put("ce_sequence", Long.toString(SEQUENCE.incrementAndGet()));
        headers.put("content-type", "application/json");
        send(bootstrap, record, headers);
    }

    private static void send(String bootstrap, ProducerRecord<String, byte[]> record, Map<String, String> headers) {
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the event", e);
        }
    }
}
