package id.zi.platform.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.zi.platform.events.CloudEventHeaders;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;

/**
 * Remembers which events a consumer has acted on, keyed by {@code ce_source}+{@code ce_id}, so a re-sent
 * event (the outbox relay's at-least-once delivery, a consumer rebalance) has its side effect only once.
 */
public final class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public ProcessedEvents(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /**
     * Runs {@code effect} unless this event was already processed, then marks it processed. The mark is
     * written after the effect so that a crash or a failed effect never loses the event: at worst a crash
     * between the two repeats the effect once, which effects must tolerate (projections do, through
     * {@link SequenceGuard}); what the mark prevents is the common case, a re-sent or redelivered event.
     *
     * @return whether the effect ran now
     */
    public boolean runOnce(String consumer, CloudEventHeaders.Metadata event, Runnable effect) {
        String key = consumer + "|" + event.dedupeKey();
        if (collection.find(Filters.eq("_id", key)).first() != null) {
            return false;
        }
        effect.run();
        try {
            collection.insertOne(new Document("_id", key).append("type", event.type()).append("at", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            // Another consumer instance processed the same event at the same moment; the effect tolerates it.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return true;
    }
}
