package id.zi.monitoring.plan;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
 * The units' plan rows, built from {@code zi.planning.plan.v1} alone: a monev starts from the rows due by its
 * period. One document per plan, read by its id; each event applies once and only when newer than the copy
 * (ce_sequence per plan), so re-sends and replays change nothing.
 */
@Component
public class PlanProjection {

    public static final String COLLECTION = "plans";
    static final String CONSUMER = "monitoring.plan-projection";
    private static final Logger log = LoggerFactory.getLogger(PlanProjection.class);

    private final MongoCollection<Document> plans;
    private final ProcessedEvents processed;
    private final JsonMapper json;

    PlanProjection(MongoDatabase database, ProcessedEvents processed, JsonMapper json) {
        this.plans = database.getCollection(COLLECTION);
        this.processed = processed;
        this.json = json;
    }

    @KafkaListener(topics = "zi.planning.plan.v1", groupId = "monitoring-service.plan-projection")
    void on(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders.Metadata event = CloudEventHeaders.read(record);
        JsonNode data = json.readTree(record.value());
        processed.runOnce(CONSUMER, event, () -> apply(event, data));
    }

    void apply(CloudEventHeaders.Metadata event, JsonNode data) {
        if (!event.type().startsWith("id.zi.planning.plan.")) {
            log.info("ignoring plan event of unknown type {}", event.type());
            return;
        }
        String planId = data.path("planId").asString(null);
        if (planId == null || planId.isBlank()) {
            throw new IllegalArgumentException("plan event " + event.id() + " has no planId");
        }
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set("unitId", data.path("unitId").asString()));
        changes.add(Updates.set("orgPath", data.path("orgPath").asString()));
        changes.add(Updates.set("year", data.path("year").asInt()));
        changes.add(Updates.set("revision", data.path("revision").asInt()));
        changes.add(Updates.set("status", data.path("status").asString()));
        // Only rows-changed carries the rows; the other plan events change the status and revision alone.
        if (event.type().equals("id.zi.planning.plan.rows-changed.v1")) {
            List<Document> rows = new ArrayList<>();
            for (JsonNode row : data.path("rows")) {
                rows.add(new Document("rowId", row.path("rowId").asString())
                        .append("area", row.path("area").asInt())
                        .append("indicatorRef", row.path("indicatorRef").asString(null))
                        .append("indicator", row.path("indicator").asString(null))
                        .append("schedule", ints(row.path("schedule")))
                        .append("evidenceKinds", strings(row.path("evidenceKinds"))));
            }
            changes.add(Updates.set("rows", rows));
        }
        SequenceGuard.applyIfNewer(plans, planId, event.sequence(), Updates.combine(changes));
    }

    public Optional<PlanCopy> find(String planId) {
        return Optional.ofNullable(plans.find(Filters.eq("_id", planId)).first()).map(PlanProjection::fromDocument);
    }

    private static PlanCopy fromDocument(Document document) {
        List<PlanRow> rows = new ArrayList<>();
        for (Document row : document.getList("rows", Document.class, List.of())) {
            rows.add(new PlanRow(row.getString("rowId"), row.getInteger("area", 0), row.getString("indicatorRef"), row.getString("indicator"),
                    row.getList("schedule", Integer.class, List.of()), row.getList("evidenceKinds", String.class, List.of())));
        }
        return new PlanCopy(document.getString("_id"), document.getString("unitId"), document.getString("orgPath"),
                document.getInteger("year", 0), document.getInteger("revision", 0), document.getString("status"), rows);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asInt()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
