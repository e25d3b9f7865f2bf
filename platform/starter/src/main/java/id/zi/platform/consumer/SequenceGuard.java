package id.zi.platform.consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Applies an event to a read-model document only when its {@code ce_sequence} is newer than the one the
 * document holds. Old, repeated or replayed events change nothing, so projections can be rebuilt from the
 * topic and tolerate at-least-once delivery.
 */
public final class SequenceGuard {

    public static final String FIELD = "sequence";

    private SequenceGuard() {
    }

    /** @return whether the update was applied */
    public static boolean applyIfNewer(MongoCollection<Document> collection, Object id, long sequence, Bson update) {
        Bson filter = Filters.and(Filters.eq("_id", id), Filters.lt(FIELD, sequence));
        Bson change = Updates.combine(update, Updates.set(FIELD, sequence));
        try {
            UpdateResult result = collection.updateOne(filter, change, new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // The document exists (with a newer or equal sequence, or it was inserted a moment ago by a
            // racing consumer): try once more as a plain update, which applies only if still newer.
            return collection.updateOne(filter, change).getModifiedCount() > 0;
        }
    }
}
