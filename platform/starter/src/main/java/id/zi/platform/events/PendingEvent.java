package id.zi.platform.events;

import java.time.Instant;

/**
 * A CloudEvent waiting in its aggregate's outbox. It is written in the same single-document update as the
 * state change it reports, so the two can never disagree; the relay publishes it and then removes it.
 *
 * @param id          {@code ce_id}: stays the same on every re-send, which is what consumers dedupe on
 * @param topic       Kafka topic, {@code zi.<service>.<aggregate>.v1}
 * @param key         record key: the unit id, so one unit's events keep their order
 * @param type        {@code ce_type}, e.g. {@code id.zi.planning.orgunit.created.v1}
 * @param source      {@code ce_source}, e.g. {@code /zi/planning}
 * @param subject     {@code ce_subject}: the aggregate id
 * @param dataSchema  {@code ce_dataschema}
 * @param tenantId    {@code ce_tenantid}: the unit the event belongs to
 * @param orgPath     {@code ce_orgpath}: that unit's path, so consumers can filter by subtree without lookups
 * @param sequence    {@code ce_sequence}: per aggregate, strictly increasing
 * @param time        {@code ce_time}
 * @param data        the JSON payload
 */
public record PendingEvent(String id, String topic, String key, String type, String source, String subject, String dataSchema,
        String tenantId, String orgPath, long sequence, Instant time, String data) {
}
