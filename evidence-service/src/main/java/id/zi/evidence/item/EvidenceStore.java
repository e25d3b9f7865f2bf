package id.zi.evidence.item;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.zi.platform.events.OutboxDocuments;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.mongo.ScopedCollection;
import id.zi.platform.scope.OrgScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence metadata: one document per item with its versions, review, audit trail and pending events,
 * so every change (and the event reporting it) is one single-document write.
 */
public class EvidenceStore {

    public static final String COLLECTION = "evidence";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> collection;
    private final ScopedCollection scoped;
    private final JsonMapper json;

    public EvidenceStore(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection(COLLECTION);
        this.scoped = new ScopedCollection(collection, "orgPath");
        this.json = json;
        // The unit first: lists, coverage and duplicate checks are all per unit (and year).
        collection.createIndex(Indexes.ascending("unitId", "year"));
        collection.createIndex(Indexes.ascending("unitId", "versions.sha256"));
        collection.createIndex(Indexes.ascending("orgPath"));
        collection.createIndex(Indexes.ascending("versions.key"));
    }

    public void insert(OrgScope writeScope, EvidenceItem item, List<PendingEvent> events) {
        Document document = toDocument(item).append(OutboxDocuments.FIELD, events.stream().map(OutboxDocuments::toDocument).toList());
        scoped.insert(writeScope, document);
    }

    /**
     * Replaces the item's state and appends its events in one update, only if nobody changed it since
     * {@code expectedVersion}.
     *
     * @return false when the version no longer matches
     */
    public boolean update(EvidenceItem item, long expectedVersion, List<PendingEvent> events) {
        Document state = toDocument(item);
        state.remove("_id");
        List<Bson> sets = new ArrayList<>();
        state.forEach((field, value) -> sets.add(Updates.set(field, value)));
        if (!events.isEmpty()) {
            sets.add(OutboxDocuments.append(events));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", item.id()), Filters.eq("version", expectedVersion)), Updates.combine(sets))
                .getModifiedCount() == 1;
    }

    public Optional<EvidenceItem> find(OrgScope scope, String id) {
        return scoped.findById(scope, id).map(this::fromDocument);
    }

    /** Live items in scope matching {@code filter}, newest effective date first. */
    public List<EvidenceItem> list(OrgScope scope, Bson filter, int skip, int limit) {
        return scoped.find(scope, live(filter)).sort(Sorts.orderBy(Sorts.ascending("orgPath"), Sorts.descending("effectiveDate"),
                Sorts.ascending("_id"))).skip(skip).limit(limit).map(this::fromDocument).into(new ArrayList<>());
    }

    public long count(OrgScope scope, Bson filter) {
        return scoped.count(scope, live(filter));
    }

    /** Every item in scope matching {@code filter}, one at a time, so a large unit or subtree never sits in memory. */
    public void forEach(OrgScope scope, Bson filter, boolean includeDeleted, Consumer<EvidenceItem> action) {
        for (Document document : scoped.find(scope, includeDeleted ? filter : live(filter)).sort(Sorts.ascending("_id"))) {
            action.accept(fromDocument(document));
        }
    }

    /** A live item of the unit that has a version with these bytes. */
    public Optional<EvidenceItem> findBySha256(String unitId, String sha256) {
        Document found = collection.find(Filters.and(Filters.eq("unitId", unitId), Filters.eq("versions.sha256", sha256),
                Filters.ne("deleted", true))).first();
        return Optional.ofNullable(found).map(this::fromDocument);
    }

    /** Bytes the unit keeps in the store: every version of every item not deleted. */
    public long storedBytes(String unitId) {
        long total = 0;
        for (Document document : collection.find(Filters.and(Filters.eq("unitId", unitId), Filters.ne("deleted", true)))
                .projection(Projections.include("versions.size"))) {
            for (Document version : document.getList("versions", Document.class, List.of())) {
                total += ((Number) version.get("size")).longValue();
            }
        }
        return total;
    }

    public boolean describesObject(String key) {
        return collection.find(Filters.eq("versions.key", key)).projection(Projections.include("_id")).first() != null;
    }

    /** Deleted items whose objects are still in the store. */
    public List<EvidenceItem> deletedWithObjects(int limit) {
        return collection.find(Filters.and(Filters.eq("deleted", true), Filters.ne("objectsRemoved", true))).limit(limit)
                .map(this::fromDocument).into(new ArrayList<>());
    }

    public void markObjectsRemoved(String id) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("objectsRemoved", true));
    }

    /** Re-files the evidence of a moved subtree under its new paths, so scope follows the move at once. */
    public long restamp(String oldPath, String newPath) {
        long changed = 0;
        for (Document document : collection.find(Filters.regex("orgPath", "^" + java.util.regex.Pattern.quote(oldPath) + "(/|$)"))
                .projection(Projections.include("orgPath"))) {
            String path = document.getString("orgPath");
            changed += collection.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq("orgPath", path)),
                    Updates.set("orgPath", newPath + path.substring(oldPath.length()))).getModifiedCount();
        }
        return changed;
    }

    private static Bson live(Bson filter) {
        Bson notDeleted = Filters.ne("deleted", true);
        return filter == null ? notDeleted : Filters.and(notDeleted, filter);
    }

    Document toDocument(EvidenceItem item) {
        Document document = Document.parse(json.writeValueAsString(item));
        document.remove("id");
        Document ordered = new Document("_id", item.id());
        ordered.putAll(document);
        ordered.put("version", item.version());
        ordered.put("sequence", item.sequence());
        return ordered;
    }

    EvidenceItem fromDocument(Document document) {
        Document state = new Document("id", document.get("_id"));
        document.forEach((field, value) -> {
            if (!field.equals("_id") && !field.startsWith(OutboxDocuments.FIELD) && !field.equals("objectsRemoved")) {
                state.put(field, value);
            }
        });
        return json.readValue(state.toJson(RELAXED), EvidenceItem.class);
    }
}
