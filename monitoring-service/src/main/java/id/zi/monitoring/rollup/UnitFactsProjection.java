package id.zi.monitoring.rollup;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.zi.platform.events.CloudEventHeaders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unit facts read model: one document per unit ({@code _id} = unit id) with the unit's place in the org
 * tree and its latest facts, each under its own key ({@code plans.2026.status}, {@code monev.2026-Q1},
 * {@code lke.2026.TPI}, {@code surveys.<resultId>}, …), stamped with the org path and ancestors of the event
 * that set it and guarded by that event's {@code ce_sequence}. A fact changes only for a newer sequence of its
 * own aggregate, so a re-sent event (same ce_id, same sequence), an older one and a whole replay change
 * nothing; that guard is why this consumer needs no {@code processed_events} entry (two round trips less per
 * event). Built from Kafka alone, in its own consumer group.
 */
public class UnitFactsProjection extends AbstractConsumerSeekAware {

    public static final String COLLECTION = "unit_facts";
    static final String LISTENER_ID = "monitoring-rollup-facts";
    private static final Logger log = LoggerFactory.getLogger(UnitFactsProjection.class);

    private final MongoCollection<Document> facts;
    private final FactChanges changes;
    private final RollupControl control;
    private final JsonMapper json;
    private final Clock clock;

    UnitFactsProjection(MongoDatabase database, FactChanges changes, RollupControl control, JsonMapper json, Clock clock) {
        this.facts = database.getCollection(COLLECTION);
        this.changes = changes;
        this.control = control;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(id = LISTENER_ID, topics = {"zi.planning.orgunit.v1", "zi.planning.plan.v1", "zi.evidence.evidence.v1",
            "zi.monitoring.monev.v1", "zi.monitoring.assessment.v1", "zi.survey.result.v1"},
            groupId = "${zi.monitoring.rollup.group-id:monitoring-service.rollup-facts}",
            concurrency = "${zi.monitoring.rollup.concurrency:1}")
    void on(ConsumerRecord<String, byte[]> record) {
        apply(CloudEventHeaders.read(record), json.readTree(record.value()));
    }

    /** @return whether a fact changed */
    boolean apply(CloudEventHeaders.Metadata event, JsonNode data) {
        String type = event.type();
        long sequence = event.sequence();
        if (type.startsWith("id.zi.planning.orgunit.")) {
            return orgUnit(event, data);
        }
        String unitId = data.path("unitId").asString(null);
        if (unitId == null || unitId.isBlank()) {
            if (isKnown(type)) {
                throw new IllegalArgumentException("event " + event.id() + " of type " + type + " has no unitId");
            }
            log.debug("ignoring event of type {}", type);
            return false;
        }
        Map<String, Object> stamp = stamp(data, event);
        if (type.startsWith("id.zi.planning.plan.")) {
            String year = Integer.toString(data.path("year").asInt());
            Map<String, Object> status = new LinkedHashMap<>(stamp);
            status.put("value", data.path("status").asString());
            status.put("revision", data.path("revision").asInt());
            boolean changed = guarded(unitId, "plans." + year + ".status", sequence, status, true);
            if (type.equals("id.zi.planning.plan.rows-changed.v1")) {
                List<Document> rows = new ArrayList<>();
                for (JsonNode row : data.path("rows")) {
                    rows.add(new Document("rowId", row.path("rowId").asString()).append("kinds", strings(row.path("evidenceKinds"))));
                }
                changed |= guarded(unitId, "plans." + year + ".rows", sequence, Map.of("rows", rows), true);
            }
            return changed;
        }
        if (type.startsWith("id.zi.evidence.evidence.")) {
            String evidenceId = data.path("evidenceId").asString();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", data.path("kind").asString());
            item.put("state", data.path("reviewState").asString());
            item.put("rows", strings(data.path("planRows")));
            item.put("deleted", type.equals("id.zi.evidence.evidence.deleted.v1"));
            return guarded(unitId, "evidence." + data.path("year").asInt() + "." + key(evidenceId), sequence, item, true);
        }
        if (type.startsWith("id.zi.monitoring.monev.")) {
            Map<String, Object> monev = new LinkedHashMap<>(stamp);
            monev.put("year", data.path("year").asInt());
            monev.put("periodEnd", data.path("periodEnd").asString());
            monev.put("status", data.path("status").asString());
            monev.put("numerator", data.path("realisation").path("numerator").asLong());
            monev.put("denominator", data.path("realisation").path("denominator").asLong());
            return guarded(unitId, "monev." + data.path("period").asString(), sequence, monev, true);
        }
        if (type.equals("id.zi.monitoring.assessment.scored.v1") || type.equals("id.zi.monitoring.assessment.readiness-changed.v1")) {
            Map<String, Object> side = new LinkedHashMap<>(stamp);
            side.put("total", data.path("total").asDouble());
            side.put("hasWbk", data.path("hasWbk").asBoolean());
            boolean scored = type.equals("id.zi.monitoring.assessment.scored.v1");
            // readiness-changed carries each predicate before and after; scored the verdict itself
            side.put("wbk", (scored ? data.path("wbk") : data.path("wbk").path("after")).path("eligible").asBoolean());
            side.put("wbbm", (scored ? data.path("wbbm") : data.path("wbbm").path("after")).path("eligible").asBoolean());
            return guarded(unitId, "lke." + data.path("year").asInt() + "." + data.path("side").asString(), sequence, side, false);
        }
        if (type.equals("id.zi.survey.result.published.v1")) {
            Map<String, Object> result = new LinkedHashMap<>(stamp);
            JsonNode period = data.path("period");
            result.put("period", period.path("key").asString());
            result.put("year", period.path("year").asInt());
            result.put("instrument", data.path("instrument").asString());
            result.put("respondents", data.path("respondents").asInt());
            List<Document> elements = new ArrayList<>();
            for (JsonNode element : data.path("elements")) {
                elements.add(new Document("code", element.path("code").asString()).append("weight", element.path("weight").asDouble())
                        .append("sum", element.path("sum").asLong()).append("answers", element.path("answers").asLong())
                        .append("converted", element.path("converted").asDouble()));
            }
            result.put("elements", elements);
            result.put("index", data.path("index").asDouble());
            String policy = data.path("instrument").asString().equals("SKM") ? data.path("weightPolicy").asString(null)
                    : data.path("scalePolicy").asString(null);
            result.put("policy", policy);
            return guarded(unitId, "surveys." + key(data.path("resultId").asString()), sequence, result, true);
        }
        log.debug("ignoring event of type {}", type);
        return false;
    }

    private boolean orgUnit(CloudEventHeaders.Metadata event, JsonNode data) {
        String unitId = event.subject();
        if (unitId == null || unitId.isBlank()) {
            throw new IllegalArgumentException("org unit event " + event.id() + " has no ce_subject");
        }
        Map<String, Object> org = new LinkedHashMap<>();
        switch (event.type()) {
            case "id.zi.planning.orgunit.created.v1" -> {
                org.put("name", data.path("name").asString());
                org.put("kind", data.path("kind").asString());
                org.put("path", data.path("path").asString());
            }
            case "id.zi.planning.orgunit.renamed.v1" -> {
                org.put("name", data.path("newName").asString());
                org.put("path", data.path("path").asString());
            }
            case "id.zi.planning.orgunit.moved.v1" -> org.put("path", data.path("newPath").asString());
            default -> {
                log.info("ignoring org unit event of unknown type {}", event.type());
                return false;
            }
        }
        org.put("ancestors", strings(data.path("ancestors")));
        return guarded(unitId, "org", event.sequence(), org, false);
    }

    /**
     * Sets the fields of the fact at {@code prefix} when {@code sequence} is newer than the fact's own, and
     * records the change for the instances' indexes.
     *
     * @param replace whether the fact is replaced as a whole (else only the given fields change, so a rename
     *                keeps the kind)
     */
    private boolean guarded(String unitId, String prefix, long sequence, Map<String, Object> fields, boolean replace) {
        // The embedded MongoDB-protocol server answers a filter from the _id index only when _id is its sole key;
        // a guard inside the filter would scan every unit on every event. So the guard reads the fact's sequence
        // by _id and writes by _id: a fact is written only by the consumer of its aggregate's partition (keyed by
        // unit id), one record at a time, and each event $sets only its own fact's fields, so no other writer
        // can slip in between.
        Document current = facts.find(Filters.eq("_id", unitId)).projection(Projections.include(prefix + ".sequence")).first();
        Number held = current == null ? null : nested(current, prefix + ".sequence");
        if (held != null && held.longValue() >= sequence) {
            return false;
        }
        List<Bson> sets = new ArrayList<>();
        if (replace) {
            Document fact = new Document(fields).append("sequence", sequence);
            sets.add(Updates.set(prefix, fact));
        } else {
            fields.forEach((name, value) -> sets.add(Updates.set(prefix + "." + name, value)));
            sets.add(Updates.set(prefix + ".sequence", sequence));
        }
        sets.add(Updates.set("changedAt", clock.millis()));
        sets.add(Updates.set("generation", control.generation()));
        Bson update = Updates.combine(sets);
        try {
            facts.updateOne(Filters.eq("_id", unitId), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // the consumer of another topic created the unit's document a moment ago
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            facts.updateOne(Filters.eq("_id", unitId), update);
        }
        changes.record(unitId);
        return true;
    }

    private static Number nested(Document document, String dotted) {
        Object value = document;
        for (String part : dotted.split("\\.")) {
            if (!(value instanceof Document inner)) {
                return null;
            }
            value = inner.get(part);
        }
        return value instanceof Number number ? number : null;
    }

    void drop() {
        facts.drop();
    }

    /** The org path and ancestors of the unit when the event happened: where its fact counts. */
    private static Map<String, Object> stamp(JsonNode data, CloudEventHeaders.Metadata event) {
        Map<String, Object> stamp = new LinkedHashMap<>();
        String path = data.path("orgPath").asString(null);
        stamp.put("path", path != null ? path : event.orgPath());
        stamp.put("ancestors", strings(data.path("ancestors")));
        return stamp;
    }

    private static boolean isKnown(String type) {
        return type.startsWith("id.zi.planning.plan.") || type.startsWith("id.zi.evidence.evidence.") || type.startsWith("id.zi.monitoring.")
                || type.startsWith("id.zi.survey.result.");
    }

    /** Ids may hold dots and dollars, which a field name may not. */
    static String key(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String unkey(String key) {
        return key.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
