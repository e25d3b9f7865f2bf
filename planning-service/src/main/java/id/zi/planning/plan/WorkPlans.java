package id.zi.planning.plan;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.zi.platform.events.OutboxDocuments;
import id.zi.platform.mongo.ScopedCollection;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.scope.OrgScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work plans' store: one document per plan (id {@code <unitId>:<year>}) holding its current revision,
 * its signed history and its pending events, so every change is one single-document update.
 */
public class WorkPlans {

    public static final String COLLECTION = "work_plans";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> collection;
    private final ScopedCollection scoped;
    private final JsonMapper json;

    public WorkPlans(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection(COLLECTION);
        this.scoped = new ScopedCollection(collection, "orgPath");
        this.json = json;
        // Plans are read by _id (unit and year) or by subtree; on MongoDB the path index serves the latter.
        collection.createIndex(Indexes.ascending("orgPath"));
    }

    public Optional<WorkPlan> find(OrgScope scope, String id) {
        return scoped.findById(scope, id).map(this::fromDocument);
    }

    public List<WorkPlan> list(OrgScope scope, Bson filter, int skip, int limit) {
        return scoped.find(scope, filter).sort(Sorts.orderBy(Sorts.ascending("orgPath"), Sorts.descending("year"))).skip(skip).limit(limit)
                .map(this::fromDocument).into(new ArrayList<>());
    }

    public long count(OrgScope scope, Bson filter) {
        return scoped.count(scope, filter);
    }

    /**
     * Re-files every plan of a unit under its new path, so scope follows a move at once. The plans' own
     * events say nothing of it: consumers learn of the move from the org unit's event.
     */
    public long restamp(String unitId, String newPath) {
        return collection.updateMany(Filters.and(Filters.eq("unitId", unitId), Filters.ne("orgPath", newPath)),
                Updates.set("orgPath", newPath)).getModifiedCount();
    }

    /** Inserts a new plan with its first events, refusing a path outside {@code writeScope}. */
    public void insert(OrgScope writeScope, WorkPlan plan, List<PendingEvent> events) {
        Document document = toDocument(plan).append(OutboxDocuments.FIELD, events.stream().map(OutboxDocuments::toDocument).toList());
        try {
            scoped.insert(writeScope, document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new PlanStateConflict("unit " + plan.unitId() + " has a plan for " + plan.year() + " already: " + plan.id());
            }
            throw e;
        }
    }

    /**
     * Replaces a plan's state and appends its events in one update, only if nobody changed it since
     * {@code expectedVersion} was read.
     *
     * @return false when the version no longer matches
     */
    public boolean update(WorkPlan plan, long expectedVersion, List<PendingEvent> events) {
        Document state = toDocument(plan);
        state.remove("_id");
        List<Bson> sets = new ArrayList<>();
        state.forEach((field, value) -> sets.add(Updates.set(field, value)));
        if (!events.isEmpty()) {
            sets.add(OutboxDocuments.append(events));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", plan.id()), Filters.eq("version", expectedVersion)), Updates.combine(sets))
                .getModifiedCount() == 1;
    }

    /** The state as JSON, the way the API and the events spell it; version and sequence as 64-bit numbers for the guard. */
    Document toDocument(WorkPlan plan) {
        Document document = Document.parse(json.writeValueAsString(plan));
        document.remove("id");
        Document ordered = new Document("_id", plan.id());
        ordered.putAll(document);
        ordered.put("version", plan.version());
        ordered.put("sequence", plan.sequence());
        return ordered;
    }

    WorkPlan fromDocument(Document document) {
        Document state = new Document("id", document.get("_id"));
        document.forEach((field, value) -> {
            // The outbox and the relay's lease belong to the platform's machinery, not to the plan.
            if (!field.equals("_id") && !field.startsWith(OutboxDocuments.FIELD)) {
                state.put(field, value);
            }
        });
        return json.readValue(state.toJson(RELAXED), WorkPlan.class);
    }
}
