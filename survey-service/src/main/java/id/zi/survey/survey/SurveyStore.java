package id.zi.survey.survey;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
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
 * The surveys: one document each, with its instrument versions, populations and improvement plans, so
 * every change is one single-document write guarded by the version. Reads for a user go through the
 * scoped collection; the public form reads by id after the link said which survey it is.
 */
public class SurveyStore {

    public static final String COLLECTION = "surveys";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> collection;
    private final ScopedCollection scoped;
    private final JsonMapper json;

    public SurveyStore(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection(COLLECTION);
        this.scoped = new ScopedCollection(collection, "orgPath");
        this.json = json;
        // One survey per unit, instrument and service type, so a unit's results never split over two.
        collection.createIndex(Indexes.ascending("unitId", "instrument", "serviceType.code"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("orgPath"));
    }

    /** @return false when the unit already has a survey of this instrument and service type */
    boolean insert(OrgScope writeScope, Survey survey) {
        try {
            scoped.insert(writeScope, toDocument(survey));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** @return false when someone changed the survey since {@code expectedVersion} */
    boolean update(Survey survey, long expectedVersion) {
        Document state = toDocument(survey);
        state.remove("_id");
        List<Bson> sets = new ArrayList<>();
        state.forEach((field, value) -> sets.add(Updates.set(field, value)));
        return collection.updateOne(Filters.and(Filters.eq("_id", survey.id()), Filters.eq("version", expectedVersion)), Updates.combine(sets))
                .getModifiedCount() == 1;
    }

    public Optional<Survey> find(OrgScope scope, String id) {
        return scoped.findById(scope, id).map(this::fromDocument);
    }

    /** Without scope: only for a survey named by its public link, or by the service itself. */
    public Optional<Survey> findById(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::fromDocument);
    }

    Optional<Survey> findByServiceType(String unitId, Instrument instrument, String serviceTypeCode) {
        return Optional.ofNullable(collection.find(Filters.and(Filters.eq("unitId", unitId), Filters.eq("instrument", instrument.name()),
                Filters.eq("serviceType.code", serviceTypeCode))).first()).map(this::fromDocument);
    }

    public List<Survey> list(OrgScope scope, @Nullable Bson filter, int skip, int limit) {
        return scoped.find(scope, filter).sort(Sorts.ascending("orgPath", "instrument", "serviceType.code")).skip(skip).limit(limit)
                .map(this::fromDocument).into(new ArrayList<>());
    }

    public long count(OrgScope scope, @Nullable Bson filter) {
        return scoped.count(scope, filter);
    }

    /** Every survey of a unit, for the public results and the demo. */
    public List<Survey> ofUnit(String unitId) {
        return collection.find(Filters.eq("unitId", unitId)).sort(Sorts.ascending("instrument", "serviceType.code"))
                .map(this::fromDocument).into(new ArrayList<>());
    }

    /** Re-files the surveys of a moved subtree under their new paths, so scope follows the move at once. */
    public long restamp(String oldPath, String newPath) {
        long changed = 0;
        for (Document document : collection.find(Filters.regex("orgPath", "^" + Pattern.quote(oldPath) + "(/|$)"))
                .projection(Projections.include("orgPath"))) {
            String path = document.getString("orgPath");
            changed += collection.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq("orgPath", path)),
                    Updates.set("orgPath", newPath + path.substring(oldPath.length()))).getModifiedCount();
        }
        return changed;
    }

    private Document toDocument(Survey survey) {
        Document document = Document.parse(json.writeValueAsString(survey));
        document.remove("id");
        Document ordered = new Document("_id", survey.id());
        ordered.putAll(document);
        ordered.put("version", survey.version());
        return ordered;
    }

    private Survey fromDocument(Document document) {
        Document state = new Document("id", document.get("_id"));
        document.forEach((field, value) -> {
            if (!field.equals("_id")) {
                state.put(field, value);
            }
        });
        return json.readValue(state.toJson(RELAXED), Survey.class);
    }
}
