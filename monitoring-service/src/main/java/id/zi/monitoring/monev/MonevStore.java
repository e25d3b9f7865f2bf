package id.zi.monitoring.monev;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monevs: one document per unit and period, holding its rows, follow-ups, recommendations, history and
 * pending events, so every change and the event reporting it are one single-document write.
 */
public class MonevStore {

    public static final String COLLECTION = "monev";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> collection;
    private final ScopedCollection scoped;
    private final JsonMapper json;

    public MonevStore(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection(COLLECTION);
        this.scoped = new ScopedCollection(collection, "orgPath");
        this.json = json;
        // The unit first: follow-ups read a unit's monevs, lists filter a unit's or a subtree's by year.
        collection.createIndex(Indexes.ascending("unitId", "year"));
        collection.createIndex(Indexes.ascending("orgPath"));
    }

    /** @return false when the unit already has a monev of that period */
    public boolean insert(OrgScope writeScope, Monev monev, List<PendingEvent> events) {
        Document document = toDocument(monev).append(OutboxDocuments.FIELD, events.stream().map(OutboxDocuments::toDocument).toList());
        try {
            scoped.insert(writeScope, document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Replaces the monev's state and appends its events in one update, only if nobody changed it since
     * {@code expectedVersion}.
     *
     * @return false when the version no longer matches
     */
    public boolean update(Monev monev, long expectedVersion, List<PendingEvent> events) {
        Document state = toDocument(monev);
        state.remove("_id");
        List<Bson> sets = new ArrayList<>();
        state.forEach((field, value) -> sets.add(Updates.set(field, value)));
        if (!events.isEmpty()) {
            sets.add(OutboxDocuments.append(events));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", monev.id()), Filters.eq("version", expectedVersion)), Updates.combine(sets))
                .getModifiedCount() == 1;
    }

    public Optional<Monev> find(OrgScope scope, String id) {
        return scoped.findById(scope, id).map(this::fromDocument);
    }

    /** Every monev of the unit, whatever its period: the history its follow-ups are read from. */
    public List<Monev> ofUnit(String unitId) {
        return collection.find(Filters.eq("unitId", unitId)).map(this::fromDocument).into(new ArrayList<>());
    }

    /** Monevs in scope matching {@code filter}, by org path then period. */
    public List<Monev> list(OrgScope scope, @Nullable Bson filter, int skip, int limit) {
        return scoped.find(scope, filter).sort(Sorts.ascending("orgPath", "_id")).skip(skip).limit(limit).map(this::fromDocument)
                .into(new ArrayList<>());
    }

    public long count(OrgScope scope, @Nullable Bson filter) {
        return scoped.count(scope, filter);
    }

    /** The monevs of a moved subtree, to be filed under their new paths. */
    public List<Monev> under(String path) {
        return collection.find(Filters.regex("orgPath", "^" + Pattern.quote(path) + "(/|$)")).map(this::fromDocument).into(new ArrayList<>());
    }

    Document toDocument(Monev monev) {
        Document document = Document.parse(json.writeValueAsString(monev));
        document.remove("id");
        Document ordered = new Document("_id", monev.id());
        ordered.putAll(document);
        ordered.put("version", monev.version());
        ordered.put("sequence", monev.sequence());
        return ordered;
    }

    Monev fromDocument(Document document) {
        Document state = new Document("id", document.get("_id"));
        document.forEach((field, value) -> {
            if (!field.equals("_id") && !field.startsWith(OutboxDocuments.FIELD)) {
                state.put(field, value);
            }
        });
        return json.readValue(state.toJson(RELAXED), Monev.class);
    }
}
