package id.zi.monitoring.survey;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The units' published SPAK and SPKP results, from {@code zi.survey.result.v1} alone: one document per unit and
 * year ({@code <unitId>:<year>}, read with one lookup by id) holding each result under its id with the
 * ce_sequence of its latest event, so a republished revision replaces it and re-sends, older events and replays
 * change nothing. SKM results are not kept: the LKE takes no IKM.
 */
@Component
public class SurveyResultProjection {

    public static final String COLLECTION = "survey_indices";
    static final String CONSUMER = "monitoring.survey-results";
    private static final Logger log = LoggerFactory.getLogger(SurveyResultProjection.class);

    private final MongoCollection<Document> units;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final ObjectProvider<SurveyIndicesListener> listeners;

    SurveyResultProjection(MongoDatabase database, ProcessedEvents processed, JsonMapper json, ObjectProvider<SurveyIndicesListener> listeners) {
        this.units = database.getCollection(COLLECTION);
        this.processed = processed;
        this.json = json;
        this.listeners = listeners;
    }

    @KafkaListener(topics = "zi.survey.result.v1", groupId = "monitoring-service.survey-results")
    void on(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders.Metadata event = CloudEventHeaders.read(record);
        JsonNode data = json.readTree(record.value());
        if (!SurveyIndex.INDEX_OF_INSTRUMENT.containsKey(data.path("instrument").asString())) {
            return; // SKM results: the LKE takes no IKM, so not even a processed_events entry
        }
        processed.runOnce(CONSUMER, event, () -> apply(event, data));
    }

    void apply(CloudEventHeaders.Metadata event, JsonNode data) {
        if (!event.type().equals("id.zi.survey.result.published.v1")) {
            log.info("ignoring survey result event of unknown type {}", event.type());
            return;
        }
        String instrument = data.path("instrument").asString();
        if (!SurveyIndex.INDEX_OF_INSTRUMENT.containsKey(instrument)) {
            return;
        }
        String unitId = data.path("unitId").asString(null);
        String resultId = data.path("resultId").asString(null);
        JsonNode period = data.path("period");
        if (unitId == null || unitId.isBlank() || resultId == null || resultId.isBlank() || !period.path("year").isInt()) {
            throw new IllegalArgumentException("survey result event " + event.id() + " has no unitId, resultId or period.year");
        }
        int year = period.path("year").asInt();
        List<Document> statements = new ArrayList<>();
        for (JsonNode element : data.path("elements")) {
            statements.add(new Document("code", element.path("code").asString()).append("answers", element.path("answers").asLong())
                    .append("converted", element.path("converted").asDouble()));
        }
        Document result = new Document("resultId", resultId)
                .append("surveyId", data.path("surveyId").asString())
                .append("instrument", instrument)
                .append("period", period.path("key").asString())
                .append("from", period.path("from").asString())
                .append("to", period.path("to").asString())
                .append("policy", data.path("scalePolicy").asString())
                .append("respondents", data.path("respondents").asInt())
                .append("statements", statements)
                .append("sequence", event.sequence());
        String id = unitId + ":" + year;
        String field = "results." + fieldName(resultId);
        // Read by _id, then write by _id (see SequenceGuard): the unit's results are written only by the consumer
        // of its partition, one record at a time.
        @Nullable Document held = units.find(Filters.eq("_id", id)).projection(Projections.include(field + ".sequence")).first();
        @Nullable Long heldSequence = held == null ? null : sequenceOf(held, fieldName(resultId));
        if (heldSequence == null || heldSequence < event.sequence()) {
            try {
                units.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("unitId", unitId), Updates.set("year", year),
                        Updates.set(field, result)), new UpdateOptions().upsert(true));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                units.updateOne(Filters.eq("_id", id), Updates.set(field, result));
            }
        }
        // told even when nothing changed here: a rescoring that failed on an earlier delivery runs again
        listeners.orderedStream().forEach(listener -> listener.changed(unitId, year));
    }

    /** The unit's published results of {@code year}. */
    public List<PublishedResult> results(String unitId, int year) {
        @Nullable Document unit = units.find(Filters.eq("_id", unitId + ":" + year)).first();
        List<PublishedResult> results = new ArrayList<>();
        @Nullable Document held = unit == null ? null : unit.get("results", Document.class);
        if (held == null) {
            return results;
        }
        for (Object value : held.values()) {
            Document result = (Document) value;
            List<PublishedResult.Statement> statements = result.getList("statements", Document.class, List.of()).stream()
                    .map(s -> new PublishedResult.Statement(s.getString("code"), ((Number) s.get("answers")).longValue(),
                            ((Number) s.get("converted")).doubleValue()))
                    .toList();
            results.add(new PublishedResult(result.getString("resultId"), result.getString("surveyId"), result.getString("instrument"),
                    result.getString("period"), LocalDate.parse(result.getString("from")), LocalDate.parse(result.getString("to")),
                    result.getString("policy"), result.getInteger("respondents", 0), statements));
        }
        return results;
    }

    /** The unit's IPAK and IPKP of {@code year}, by index name; an index without a published result is absent. */
    public Map<String, SurveyIndex> indices(String unitId, int year) {
        List<PublishedResult> results = results(unitId, year);
        Map<String, SurveyIndex> indices = new LinkedHashMap<>();
        for (String instrument : List.of("SPAK", "SPKP")) {
            Optional<SurveyIndex> index = SurveyIndex.pool(instrument, results);
            index.ifPresent(found -> indices.put(found.index(), found));
        }
        return indices;
    }

    private static @Nullable Long sequenceOf(Document unit, String key) {
        Document results = unit.get("results", Document.class);
        Document result = results == null ? null : results.get(key, Document.class);
        return result != null && result.get("sequence") instanceof Number sequence ? sequence.longValue() : null;
    }

    /** Result ids hold a colon and may hold dots, which a field name may not. */
    static String fieldName(String resultId) {
        return resultId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
