package id.zi.testkit.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events the way a ZI service's outbox relay does (CloudEvents in Kafka binary mode, key = unit id),
 * so a test can play another service: planning announcing a unit or a plan, evidence a review.
 */
public final class EventFeed {

    private EventFeed() {
    }

    /**
     * @param type     {@code id.zi.<service>.<aggregate>.<event>.v1}; the topic, source and schema follow from it
     * @param unitId   the record key and {@code ce_tenantid}
     * @param subject  the aggregate id ({@code ce_subject})
     * @param sequence {@code ce_sequence} within the aggregate
     * @return the {@code ce_id} sent, to send the same event again
     */
    public static String publish(String bootstrap, String type, String unitId, String subject, String orgPath, long sequence, byte[] payload) {
        return publish(bootstrap, UUID.randomUUID().toString(), type, unitId, subject, orgPath, sequence, payload);
    }

    /** The same, with a chosen {@code ce_id}: a re-send of an event already published. */
    public static String publish(String bootstrap, String ceId, String type, String unitId, String subject, String orgPath, long sequence,
            byte[] payload) {
        String[] parts = type.split("\\.");
        if (parts.length != 6 || !type.startsWith("id.zi.")) {
            throw new IllegalArgumentException("a ZI event type is id.zi.<service>.<aggregate>.<event>.v1: " + type);
        }
        String service = parts[2];
        String topic = "zi." + service + "." + parts[3] + "." + parts[5];
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, unitId, payload);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", ceId);
        headers.put("ce_source", "/zi/" + service);
        headers.put("ce_type", type);
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_subject", subject);
        headers.put("ce_dataschema", "https://zi.id/schemas/" + type.substring("id.zi.".length()) + ".json");
        headers.put("ce_tenantid", unitId);
        headers.put("ce_orgpath", orgPath);
        headers.put("ce_sequence", Long.toString(sequence));
        headers.put("content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get();
            return ceId;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type, e);
        }
    }

    /** Waits until {@code condition} holds, e.g. until a consumer applied what was published; fails after {@code timeout}. */
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
}
