package id.zi.monitoring.evidence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.events.CloudEventHeaders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The units' evidence per plan, built from {@code zi.evidence.evidence.v1} alone: a monev shows each row's
 * evidence and its review state as they are now, an assessment the evidence its answers link to. One document
 * per plan ({@code <unitId>:<year>}) holds its items, so a monev reads them with one lookup by id. Each item
 * keeps the ce_sequence of its own events: an event applies once and only when newer than the item, so
 * re-sends and replays change nothing.
 */
@Component
public class EvidenceProjection {

    public static final String COLLECTION = "plan_evidence";
    static final String CONSUMER = "monitoring.evidence-projection";
    private static final Logger log = LoggerFactory.getLogger(EvidenceProjection.class);

    private final MongoCollection<Document> plans;
    private final ProcessedEvents processed;
    private final JsonMapper json;

    EvidenceProjection(MongoDatabase database, ProcessedEvents processed, JsonMapper json) {
        this.plans = database.getCollection(COLLECTION);
        this.processed = processed;
        this.json = json;
    }

    @KafkaListener(topics = "zi.evidence.evidence.v1", groupId = "monitoring-service.evidence-projection")
    void on(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders.Metadata event = CloudEventHeaders.read(record);
        JsonNode data = json.readTree(record.value());
        processed.runOnce(CONSUMER, event, () -> apply(event, data));
    }

    void apply(CloudEventHeaders.Metadata event, JsonNode data) {
        if (!event.type().startsWith("id.zi.evidence.evidence.")) {
            log.info("ignoring evidence event of unknown type {}", event.type());
            return;
        }
        String evidenceId = data.path("evidenceId").asString(null);
        String planId = data.path("planId").asString(null);
        if (evidenceId == null || evidenceId.isBlank() || planId == null || planId.isBlank()) {
            throw new IllegalArgumentException("evidence event " + event.id() + " has no evidenceId or planId");
        }
        Document item = new Document("id", evidenceId)
                .append("kind", data.path("kind").asString())
                .append("title", data.path("title").asString())
                .append("reviewState", data.path("reviewState").asString())
                .append("quarter", data.path("quarter").asInt())
                .append("planRows", strings(data.path("planRows")))
                .append("lkeQuestions", strings(data.path("lkeQuestions")))
                .append("deleted", event.type().equals("id.zi.evidence.evidence.deleted.v1"))
                .append("sequence", event.sequence());
        ensurePlan(planId, data.path("unitId").asString());
        String field = "items." + fieldName(evidenceId);
        // Applies only over an older state of the same item; an item not seen yet has no sequence. Read by _id, then
        // written by _id (see SequenceGuard: a guard in the filter makes the embedded server scan every plan).
        @Nullable Document held = plans.find(Filters.eq("_id", planId)).projection(Projections.include(field + ".sequence")).first();
        @Nullable Document heldItems = held == null ? null : held.get("items", Document.class);
        @Nullable Document heldItem = heldItems == null ? null : heldItems.get(fieldName(evidenceId), Document.class);
        if (heldItem != null && heldItem.get("sequence") instanceof Number sequence && sequence.longValue() >= event.sequence()) {
            return;
        }
        plans.updateOne(Filters.eq("_id", planId), Updates.set(field, item));
    }

    private void ensurePlan(String planId, String unitId) {
        try {
            plans.updateOne(Filters.eq("_id", planId), Updates.setOnInsert("unitId", unitId), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // a consumer of another partition assignment created it a moment ago
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The live (not deleted) evidence of the plan {@code <unitId>:<year>}, by id. */
    public List<EvidenceLink> ofPlan(String planId) {
        Document plan = plans.find(Filters.eq("_id", planId)).first();
        List<EvidenceLink> links = new ArrayList<>();
        if (plan == null) {
            return links;
        }
        Document items = plan.get("items", Document.class);
        if (items == null) {
            return links;
        }
        for (Map.Entry<String, Object> entry : items.entrySet()) {
            Document item = (Document) entry.getValue();
            if (!item.getBoolean("deleted", false)) {
                links.add(new EvidenceLink(item.getString("id"), item.getString("kind"), item.getString("title"), item.getString("reviewState"),
                        item.getInteger("quarter", 1), item.getList("planRows", String.class, List.of()),
                        item.getList("lkeQuestions", String.class, List.of())));
            }
        }
        links.sort(Comparator.comparing(EvidenceLink::id));
        return links;
    }

    /** Evidence ids may hold dots, which a field name may not: they are escaped, and the id is kept in the item. */
    static String fieldName(String evidenceId) {
        return evidenceId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
