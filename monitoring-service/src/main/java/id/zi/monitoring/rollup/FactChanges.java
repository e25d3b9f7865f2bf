package id.zi.monitoring.rollup;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Which units' facts changed when, so every instance can refresh its index from MongoDB, including facts
 * written by the consumers of other instances. One document per 100 ms slot ({@code _id} = epoch millis / 100)
 * lists the units changed in it, in order and with repeats; readers ask for a window of slots by {@code _id},
 * the only lookup the embedded MongoDB-protocol server answers from an index (a {@code changedAt} field
 * would be scanned across all units on every refresh).
 */
public class FactChanges {

    static final String COLLECTION = "unit_fact_changes";
    static final long SLOT_MILLIS = 100;

    private final MongoCollection<Document> slots;
    private final Clock clock;

    FactChanges(MongoDatabase database, Clock clock) {
        this.slots = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    long currentSlot() {
        return clock.millis() / SLOT_MILLIS;
    }

    void record(String unitId) {
        long slot = currentSlot();
        try {
            slots.updateOne(Filters.eq("_id", slot), Updates.push("units", unitId), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // another consumer thread created the slot a moment ago
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            slots.updateOne(Filters.eq("_id", slot), Updates.push("units", unitId));
        }
    }

    /** The units listed in the slots {@code from..to} (inclusive), by slot. */
    Map<Long, List<String>> read(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long slot = from; slot <= to; slot++) {
            ids.add(slot);
        }
        Map<Long, List<String>> found = new LinkedHashMap<>();
        for (Document document : slots.find(Filters.in("_id", ids))) {
            found.put(((Number) document.get("_id")).longValue(), document.getList("units", String.class, List.of()));
        }
        return found;
    }

    /** Forgets the slots {@code from..to}, listed by id so the delete is a lookup and not a scan. */
    void forget(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long slot = from; slot <= to; slot++) {
            ids.add(slot);
        }
        if (!ids.isEmpty()) {
            slots.deleteMany(Filters.in("_id", ids));
        }
    }

    /** Forgets every slot before {@code slot}: one scan of this small collection, at start. */
    void forgetBefore(long slot) {
        slots.deleteMany(Filters.lt("_id", slot));
    }

    void drop() {
        slots.drop();
    }
}
