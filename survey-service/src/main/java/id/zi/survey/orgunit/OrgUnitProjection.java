package id.zi.survey.orgunit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.consumer.SequenceGuard;
import id.zi.platform.events.CloudEventHeaders;
import id.zi.survey.survey.SurveyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey service's own copy of the org directory, built from {@code zi.planning.orgunit.v1} alone: the
 * names on forms, posters and reports come from it without calling planning. Each event applies once
 * (dedupe on ce_source+ce_id) and only if newer than what the copy holds (ce_sequence). A move also re-files
 * the unit's surveys under the new path, so the new parent's evaluators see them; published results keep
 * the path they were published under, as closed periods are frozen.
 */
public class OrgUnitProjection {

    public static final String COLLECTION = "org_units";
    static final String CONSUMER = "survey.orgunit-projection";
    private static final Logger log = LoggerFactory.getLogger(OrgUnitProjection.class);

    /** A unit as the directory names it. */
    public record OrgUnit(String id, String name, @Nullable String kind, @Nullable String path, @Nullable String parentId) {
    }

    private final MongoCollection<Document> units;
    private final ProcessedEvents processed;
    private final SurveyStore surveys;
    private final JsonMapper json;

    public OrgUnitProjection(MongoDatabase database, ProcessedEvents processed, SurveyStore surveys, JsonMapper json) {
        this.units = database.getCollection(COLLECTION);
        this.processed = processed;
        this.surveys = surveys;
        this.json = json;
    }

    /** One group per deployment: a second platform on the same brokers (or a test) names its own and reads the topic whole. */
    @KafkaListener(topics = "zi.planning.orgunit.v1", groupId = "${zi.survey.consumer-group}.orgunit-projection")
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
            }
            case "id.zi.planning.orgunit.renamed.v1" -> {
                changes.add(Updates.set("name", text(data, "newName")));
                changes.add(Updates.set("path", text(data, "path")));
            }
            case "id.zi.planning.orgunit.moved.v1" -> {
                String oldPath = text(data, "oldPath");
                String newPath = text(data, "newPath");
                if (oldPath == null || newPath == null) {
                    throw new IllegalArgumentException("moved event " + event.id() + " lacks oldPath or newPath");
                }
                changes.add(Updates.set("parentId", text(data, "newParentId")));
                changes.add(Updates.set("path", newPath));
                changes.add(Updates.set("ancestors", strings(data.path("ancestors"))));
                long moved = surveys.restamp(oldPath, newPath);
                log.info("{} moved to {}: {} surveys re-filed", oldPath, newPath, moved);
            }
            default -> {
                log.info("ignoring org unit event of unknown type {}", event.type());
                return;
            }
        }
        SequenceGuard.applyIfNewer(units, unitId, event.sequence(), Updates.combine(changes));
    }

    public Optional<OrgUnit> find(String unitId) {
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first())
                .map(d -> new OrgUnit(d.getString("_id"), d.getString("name") != null ? d.getString("name") : unitId, d.getString("kind"),
                        d.getString("path"), d.getString("parentId")));
    }

    /** The unit's name, or its id while the directory has not told this service about it yet. */
    public String nameOf(String unitId) {
        return find(unitId).map(OrgUnit::name).orElse(unitId);
    }

    /** The name of the unit's parent (the instansi: a city, regency, province or ministry), if known. */
    public Optional<String> parentNameOf(String unitId) {
        return find(unitId).map(OrgUnit::parentId).flatMap(this::find).map(OrgUnit::name);
    }

    private static @Nullable String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
