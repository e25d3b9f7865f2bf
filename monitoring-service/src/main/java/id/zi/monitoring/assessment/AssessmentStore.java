package id.zi.monitoring.assessment;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import id.zi.platform.events.OutboxDocuments;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.mongo.ScopedCollection;
import id.zi.platform.scope.OrgScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessments: one document per unit and year holding both sides and the pending events, so a side's save
 * and the events reporting it are one single-document write.
 */
public class AssessmentStore {

    public static final String COLLECTION = "assessments";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> collection;
    private final ScopedCollection scoped;
    private final JsonMapper json;

    public AssessmentStore(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection(COLLECTION);
        this.scoped = new ScopedCollection(collection, "orgPath");
        this.json = json;
        collection.createIndex(Indexes.ascending("orgPath"));
    }

    public Optional<Assessment> find(OrgScope scope, String id) {
        return scoped.findById(scope, id).map(this::fromDocument);
    }

    /** Whatever the scope: for work the service does on its own, such as rescoring when survey results change. */
    public Optional<Assessment> findById(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::fromDocument);
    }

    /** @return false when someone created it meanwhile */
    public boolean insert(OrgScope scope, Assessment assessment, List<PendingEvent> events) {
        try {
            scoped.insert(scope, toDocument(assessment).append(OutboxDocuments.FIELD, events.stream().map(OutboxDocuments::toDocument).toList()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Replaces the assessment and appends its events in one update, only if nothing was saved since it was read
     * (its sequence and version are as read).
     *
     * @return false when it changed meanwhile
     */
    public boolean update(Assessment assessment, Assessment read, List<PendingEvent> events) {
        Document state = toDocument(assessment);
        state.remove("_id");
        List<Bson> sets = new ArrayList<>();
        state.forEach((field, value) -> sets.add(Updates.set(field, value)));
        if (!events.isEmpty()) {
            sets.add(OutboxDocuments.append(events));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", assessment.id()), Filters.eq("version", read.version()),
                Filters.eq("sequence", read.sequence())), Updates.combine(sets)).getModifiedCount() == 1;
    }

    /** The assessments of a moved subtree, to be filed under their new paths. */
    public List<Assessment> under(String path) {
        return collection.find(Filters.regex("orgPath", "^" + Pattern.quote(path) + "(/|$)")).map(this::fromDocument).into(new ArrayList<>());
    }

    Document toDocument(Assessment assessment) {
        Document document = Document.parse(json.writeValueAsString(assessment));
        document.remove("id");
        Document ordered = new Document("_id", assessment.id());
        ordered.putAll(document);
        ordered.put("version", assessment.version());
        ordered.put("sequence", assessment.sequence());
        return ordered;
    }

    Assessment fromDocument(Document document) {
        Document state = new Document("id", document.get("_id"));
        document.forEach((field, value) -> {
            if (!field.equals("_id") && !field.startsWith(OutboxDocuments.FIELD)) {
                state.put(field, value);
            }
        });
        return json.readValue(state.toJson(RELAXED), Assessment.class);
    }
}
