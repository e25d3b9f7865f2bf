package id.zi.survey.response;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import id.zi.platform.events.OutboxDocuments;
import id.zi.platform.events.PendingEvent;
import id.zi.survey.survey.Instrument;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The responses, one document each with its {@code recorded} event in its own outbox, so a response and the
 * event announcing it are one insert. The {@code _id} comes from the survey and the idempotency key, which
 * makes the database the judge of "already counted". Reads are always for one survey of one unit, by month.
 */
public class ResponseStore {

    public static final String COLLECTION = "responses";

    private final MongoCollection<Document> collection;

    public ResponseStore(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        // The unit first, as the shard key would be; results and exports read one survey's months.
        collection.createIndex(Indexes.ascending("unitId", "surveyId", "month"));
    }

    /** @return false when a response with this id exists already: the key was used before */
    boolean insert(SurveyResponse response, PendingEvent recorded) {
        Document document = toDocument(response).append(OutboxDocuments.FIELD, List.of(OutboxDocuments.toDocument(recorded)));
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

    public Optional<SurveyResponse> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(ResponseStore::fromDocument);
    }

    public long count(String unitId, String surveyId) {
        return collection.countDocuments(Filters.and(Filters.eq("unitId", unitId), Filters.eq("surveyId", surveyId)));
    }

    /** The survey's responses given in {@code months}, oldest first, one at a time so a large survey never sits in memory. */
    public void forEach(String unitId, String surveyId, Collection<YearMonth> months, Consumer<SurveyResponse> action) {
        Bson filter = Filters.and(Filters.eq("unitId", unitId), Filters.eq("surveyId", surveyId),
                Filters.in("month", months.stream().map(YearMonth::toString).toList()));
        for (Document document : collection.find(filter).projection(Projections.exclude(OutboxDocuments.FIELD)).sort(Sorts.ascending("recordedAt", "_id"))) {
            action.accept(fromDocument(document));
        }
    }

    static Document toDocument(SurveyResponse response) {
        return new Document("_id", response.id())
                .append("surveyId", response.surveyId())
                .append("unitId", response.unitId())
                .append("orgPath", response.orgPath())
                .append("instrument", response.instrument().name())
                .append("instrumentVersion", response.instrumentVersion())
                .append("serviceTypeCode", response.serviceTypeCode())
                .append("month", response.month().toString())
                .append("recordedAt", Date.from(response.recordedAt()))
                .append("answers", new Document(new LinkedHashMap<>(response.answers())))
                .append("profile", new Document(new LinkedHashMap<>(response.profile().given())))
                .append("fingerprint", response.fingerprint());
    }

    static SurveyResponse fromDocument(Document document) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        document.get("answers", Document.class).forEach((code, value) -> answers.put(code, ((Number) value).intValue()));
        Document profile = document.get("profile", Document.class);
        return new SurveyResponse(document.getString("_id"), document.getString("surveyId"), document.getString("unitId"),
                document.getString("orgPath"), Instrument.valueOf(document.getString("instrument")),
                ((Number) document.get("instrumentVersion")).intValue(), document.getString("serviceTypeCode"),
                YearMonth.parse(document.getString("month")), document.getDate("recordedAt").toInstant(), answers,
                new Profile(profile.getString("sex"), profile.getString("ageBand"), profile.getString("education"),
                        profile.getString("occupation"), profile.getString("serviceReceived")), document.getString("fingerprint"));
    }
}
