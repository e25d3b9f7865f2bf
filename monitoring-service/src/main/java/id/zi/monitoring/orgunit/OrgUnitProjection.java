package id.zi.monitoring.orgunit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.consumer.SequenceGuard;
import id.zi.platform.events.CloudEventHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring's own copy of the org directory, built from {@code zi.planning.orgunit.v1} alone: roll-ups
 * across units group by it without calling planning. Each event applies once (dedupe on ce_source+ce_id)
 * and only if newer than what the copy holds (ce_sequence), so re-sends and replays change nothing.
 */
@Component
public class OrgUnitProjection {

    public static final String COLLECTION = "org_units";
    static final String CONSUMER = "monitoring.orgunit-projection";
    private static final Logger log = LoggerFactory.getLogger(OrgUnitProjection.class);

    private final MongoCollection<Document> units;
    private final ProcessedEvents processed;
    private final JsonMapper json;

    OrgUnitProjection(MongoDatabase database, ProcessedEvents processed, JsonMapper json) {
        this.units = database.getCollection(COLLECTION);
        // Not unique: during a move two units may briefly hold the same path in the copy, and a unique
        // index would make the sequence guard drop a newer event as if it were old.
        this.units.createIndex(Indexes.ascending("path"));
        this.processed = processed;
        this.json = json;
    }

    @KafkaListener(topics = "zi.planning.orgunit.v1", groupId = "monitoring-service.orgunit-projection")
    void on(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders.Metadata event = CloudEventHeaders.read(record);
        JsonNode data = json.readTree(record.value());
        boolean applied = processed.runOnce(CONSUMER, event, () -> apply(event, data));
        if (!applied) {
            log.debug("event {} from {} already applied; ignored", event.id(), event.source());
        }
    }

    private void apply(CloudEventHeaders.Metadata event, JsonNode data) {
        String unitId = event.subject();
        if (unitId == null || unitId.isBlank()) {
            throw new IllegalArgumentException("org unit event " + event.id() + " has no ce_subject");
        }
        List<Bson> changes = new ArrayList<>();
        switch (event.type()) {
            case "id.zi.planning.orgunit.created.v1" -> {
                changes.add(Updates.set("code", text(data, "code")));
                changes.add(Updates.set("name", text(data, "name")));
                changes.add(Updates.set("kind", text(data, "kind")));
                changes.add(Updates.set("parentId", text(data, "parentId")));
                changes.add(Updates.set("path", text(data, "path")));
                changes.add(Updates.set("ancestors", strings(data.path("ancestors"))));
                changes.add(Updates.set("instansiId", text(data, "instansiId")));
            }
            case "id.zi.planning.orgunit.renamed.v1" -> {
                changes.add(Updates.set("name", text(data, "newName")));
                changes.add(Updates.set("path", text(data, "path")));
            }
            case "id.zi.planning.orgunit.moved.v1" -> {
                changes.add(Updates.set("parentId", text(data, "newParentId")));
                changes.add(Updates.set("path", text(data, "newPath")));
                changes.add(Updates.set("ancestors", strings(data.path("ancestors"))));
                changes.add(Updates.set("instansiId", text(data, "instansiId")));
            }
            default -> {
                log.info("ignoring org unit event of unknown type {}", event.type());
                return;
            }
        }
        changes.add(Updates.inc("eventsApplied", 1));
        SequenceGuard.applyIfNewer(units, unitId, event.sequence(), Updates.combine(changes));
    }

    public Optional<Document> find(String unitId) {
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first());
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
