package id.zi.survey.result;

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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published results, one document per survey and period holding the latest revision frozen as published
 * (with the org path of that moment), a short history of earlier revisions, and the {@code published} events
 * waiting in its outbox: a publication and its event are one single-document write.
 */
public class PublishedResults {

    public static final String COLLECTION = "survey_results";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    public PublishedResults(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection(COLLECTION);
        this.json = json;
        collection.createIndex(Indexes.ascending("unitId", "period"));
    }

    public Optional<PeriodResult> find(String resultId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", resultId)).first()).map(this::result);
    }

    /** The latest published revision of every survey and period of the unit, newest period first. */
    public List<PeriodResult> ofUnit(String unitId) {
        return collection.find(Filters.eq("unitId", unitId)).sort(Sorts.orderBy(Sorts.descending("from"), Sorts.ascending("_id")))
                .map(this::result).into(new ArrayList<>());
    }

    public List<PeriodResult> ofUnit(String unitId, String period) {
        return collection.find(Filters.and(Filters.eq("unitId", unitId), Filters.eq("period", period))).sort(Sorts.ascending("_id"))
                .map(this::result).into(new ArrayList<>());
    }

    /**
     * Stores {@code result} as the next revision and appends its event, only if the stored revision is still
     * {@code previousRevision} (0 for the first publication).
     *
     * @return false when someone published the period meanwhile
     */
    boolean save(PeriodResult result, long previousRevision, PendingEvent published) {
        PeriodResult.Publication publication = java.util.Objects.requireNonNull(result.published());
        String id = ResultEvents.resultId(result.surveyId(), result.period().key());
        Document snapshot = Document.parse(json.writeValueAsString(result));
        Document entry = new Document("revision", publication.revision()).append("publishedAt", Date.from(publication.publishedAt()))
                .append("publishedBy", publication.publishedBy()).append("respondents", result.respondents()).append("index", result.index());
        if (previousRevision == 0) {
            Document document = new Document("_id", id).append("unitId", result.unitId()).append("surveyId", result.surveyId())
                    .append("period", result.period().key()).append("from", result.period().from().toString())
                    .append("revision", publication.revision()).append("result", snapshot).append("history", List.of(entry))
                    .append(OutboxDocuments.FIELD, List.of(OutboxDocuments.toDocument(published)));
            try {
                collection.insertOne(document);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("revision", previousRevision)),
                Updates.combine(Updates.set("revision", publication.revision()), Updates.set("result", snapshot), Updates.push("history", entry),
                        OutboxDocuments.append(List.of(published)))).getModifiedCount() == 1;
    }

    private PeriodResult result(Document document) {
        return json.readValue(document.get("result", Document.class).toJson(RELAXED), PeriodResult.class);
    }
}
