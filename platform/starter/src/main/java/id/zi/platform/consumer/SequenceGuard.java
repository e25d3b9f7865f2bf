package id.zi.platform.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Applies an event to a read-model document only when its {@code ce_sequence} is newer than the one the
 * document holds. Old, repeated or replayed events change nothing, so projections can be rebuilt from the
 * topic and tolerate at-least-once delivery.
 *
 * <p>The guard reads the held sequence by {@code _id} and then writes by {@code _id}, rather than putting the
 * guard into the update's filter: the embedded MongoDB-protocol server answers a filter from the {@code _id}
 * index only when {@code _id} is its sole key, so a guarded filter scans the whole collection on every event
 * (25,000 plan copies at national scale). Reading first is safe because a document is written only by the
 * consumer of its aggregate's partition (events are keyed by unit id), one record at a time.
 */
public final class SequenceGuard {

    public static final String FIELD = "sequence";

    private SequenceGuard() {
    }

    /** @return whether the update was applied */
    public static boolean applyIfNewer(MongoCollection<Document> collection, Object id, long sequence, Bson update) {
        Bson byId = Filters.eq("_id", id);
        Document held = collection.find(byId).projection(Projections.include(FIELD)).first();
        if (held != null && held.get(FIELD) instanceof Number current && current.longValue() >= sequence) {
            return false;
        }
        Bson change = Updates.combine(update, Updates.set(FIELD, sequence));
        if (held != null) {
            return collection.updateOne(byId, change).getMatchedCount() > 0;
        }
        try {
            collection.updateOne(byId, change, new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Inserted a moment ago by a racing consumer (a rebalance hands the partition over): judge again.
            return applyIfNewer(collection, id, sequence, update);
        }
    }
}
