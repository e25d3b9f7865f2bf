package id.zi.monitoring.rollup;

import id.zi.testkit.contracts.EventContracts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes the events the roll-ups are built from, each starting from the contract's own example
 * ({@code contracts/examples}) with the test's unit and figures put in, and checked against its schema before
 * it is sent: monitoring is tested on events planning, evidence, survey and monitoring itself may really send.
 */
public final class RollupFeed implements AutoCloseable {

    /** A sent event, to send again as it was (same ce_id) or with an older sequence. */
    public record Sent(String topic, String key, String type, String id, String subject, String orgPath, long sequence, byte[] value) {
    }

    private final JsonMapper json;
    private final KafkaProducer<String, byte[]> producer;

    public RollupFeed(String bootstrap, JsonMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"), new StringSerializer(),
                new ByteArraySerializer());
    }

    /**
     * @param type     e.g. {@code monitoring.monev.approved.v1}
     * @param changes  fields of the example's payload to replace (nested objects as maps); a null value removes the field
     */
    public Sent publish(String type, String subject, String unitId, String orgPath, long sequence, Map<String, Object> changes) {
        ObjectNode example = example(type);
        ObjectNode payload = (ObjectNode) example.path("payload");
        changes.forEach((field, value) -> {
            if (value == null) {
                payload.remove(field);
            } else {
                payload.set(field, json.valueToTree(value));
            }
        });
        if (payload.has("unitId")) {
            payload.put("unitId", unitId);
        }
        if (payload.has("orgPath")) {
            payload.put("orgPath", orgPath);
            payload.set("ancestors", json.valueToTree(ancestors(orgPath)));
        }
        byte[] value = json.writeValueAsBytes(payload);
        EventContracts.assertValid("id.zi." + type, value);
        Sent sent = new Sent(example.path("topic").asString(), unitId, "id.zi." + type, UUID.randomUUID().toString(), subject, orgPath,
                sequence, value);
        send(sent);
        return sent;
    }

    void send(Sent sent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(sent.topic(), sent.key(), sent.value());
        String source = "/zi/" + sent.type().split("\\.")[2];
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", sent.id(), "ce_source", source, "ce_type", sent.type(),
                "ce_time", Instant.now().toString(), "ce_subject", sent.subject(), "ce_tenantid", sent.key(), "ce_orgpath", sent.orgPath(),
                "ce_sequence", Long.toString(sent.sequence()), "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + sent.type(), e);
        }
    }

    /** The same event under a new ce_id with another sequence (and payload), as a replayed older state would come. */
    Sent withSequence(Sent sent, long sequence, Map<String, Object> changes) {
        ObjectNode payload = (ObjectNode) json.readTree(sent.value());
        changes.forEach((field, value) -> payload.set(field, json.valueToTree(value)));
        byte[] value = json.writeValueAsBytes(payload);
        EventContracts.assertValid(sent.type(), value);
        return new Sent(sent.topic(), sent.key(), sent.type(), UUID.randomUUID().toString(), sent.subject(), sent.orgPath(), sequence, value);
    }

    private ObjectNode example(String type) {
        try (InputStream in = RollupFeed.class.getResourceAsStream("/examples/" + type + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no contract example for " + type);
            }
            JsonNode node = json.readTree(in.readAllBytes());
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> ancestors(String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        return segments.subList(0, segments.size() - 1);
    }

    @Override
    public void close() {
        producer.close();
    }
}
