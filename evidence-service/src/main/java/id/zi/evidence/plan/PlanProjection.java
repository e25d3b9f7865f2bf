package id.zi.evidence.plan;

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
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The units' plan rows, built from {@code zi.planning.plan.v1} alone: uploads check the rows they link to,
 * coverage compares the evidence with what each row expects. Each event applies once and only when newer
 * than the copy (ce_sequence per plan), so re-sends and replays change nothing.
 */
public class PlanProjection {

    public static final String COLLECTION = "plans";
    static final String CONSUMER = "evidence.plan-projection";
    private static final Logger log = LoggerFactory.getLogger(PlanProjection.class);

    private final MongoCollection<Document> plans;
    private final ProcessedEvents processed;
    private final JsonMapper json;

    public PlanProjection(MongoDatabase database, ProcessedEvents processed, JsonMapper json) {
        this.plans = database.getCollection(COLLECTION);
        this.plans.createIndex(Indexes.ascending("orgPath"));
        this.processed = processed;
        this.json = json;
    }

    @KafkaListener(topics = "zi.planning.plan.v1", groupId = "evidence-service.plan-projection")
    void on(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders.Metadata event = CloudEventHeaders.read(record);
        JsonNode data = json.readTree(record.value());
        processed.runOnce(CONSUMER, event, () -> apply(event, data));
    }

    void apply(CloudEventHeaders.Metadata event, JsonNode data) {
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
        } else if (!event.type().startsWith("id.zi.planning.plan.")) {
            log.info("ignoring plan event of unknown type {}", event.type());
            return;
        }
        SequenceGuard.applyIfNewer(plans, planId, event.sequence(), Updates.combine(changes));
    }

    public Optional<PlanCopy> find(String planId) {
        return Optional.ofNullable(plans.find(Filters.eq("_id", planId)).first()).map(PlanProjection::fromDocument);
    }

    /** The plans of {@code year} whose unit lies in the subtree at {@code rootPath}. */
    public List<PlanCopy> inSubtree(String rootPath, int year) {
        List<PlanCopy> found = new ArrayList<>();
        for (Document document : plans.find(Filters.and(Filters.regex("orgPath", "^" + Pattern.quote(rootPath) + "(/|$)"),
                Filters.eq("year", year)))) {
            found.add(fromDocument(document));
        }
        return found;
    }

    /** Plans of a moved subtree follow it. */
    public long restamp(String oldPath, String newPath) {
        long changed = 0;
        for (Document document : plans.find(Filters.regex("orgPath", "^" + Pattern.quote(oldPath) + "(/|$)"))) {
            String path = document.getString("orgPath");
            changed += plans.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq("orgPath", path)),
                    Updates.set("orgPath", newPath + path.substring(oldPath.length()))).getModifiedCount();
        }
        return changed;
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
