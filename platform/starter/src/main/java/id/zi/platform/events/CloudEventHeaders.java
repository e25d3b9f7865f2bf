package id.zi.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 in Kafka binary mode, written with plain Kafka headers: the CloudEvents SDK's Kafka
 * module is built on Jackson 2, which Boot 4 (Jackson 3) does not carry.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String TENANT_ID = "ce_tenantid";
    public static final String ORG_PATH = "ce_orgpath";
    public static final String SEQUENCE = "ce_sequence";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), event.data().getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, event.id());
        put(headers, SOURCE, event.source());
        put(headers, TYPE, event.type());
        put(headers, TIME, event.time().toString());
        put(headers, SUBJECT, event.subject());
        put(headers, DATA_SCHEMA, event.dataSchema());
        put(headers, TENANT_ID, event.tenantId());
        put(headers, ORG_PATH, event.orgPath());
        put(headers, SEQUENCE, Long.toString(event.sequence()));
        put(headers, CONTENT_TYPE, "application/json");
        return record;
    }

    /** The CloudEvent attributes of a consumed record; fails when a required one is missing. */
    public static Metadata read(ConsumerRecord<?, ?> record) {
        Headers headers = record.headers();
        String sequence = get(headers, SEQUENCE);
        String time = get(headers, TIME);
        return new Metadata(require(headers, ID), require(headers, SOURCE), require(headers, TYPE), get(headers, SUBJECT),
                get(headers, TENANT_ID), get(headers, ORG_PATH), sequence == null ? 0 : Long.parseLong(sequence),
                time == null ? null : Instant.parse(time));
    }

    private static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String require(Headers headers, String name) {
        String value = get(headers, name);
        if (value == null) {
            throw new IllegalArgumentException("CloudEvent header " + name + " is missing");
        }
        return value;
    }

    public record Metadata(String id, String source, String type, String subject, String tenantId, String orgPath, long sequence,
            Instant time) {

        /** The key side effects dedupe on: unique per event across all producers. */
        public String dedupeKey() {
            return source + "|" + id;
        }
    }
}
