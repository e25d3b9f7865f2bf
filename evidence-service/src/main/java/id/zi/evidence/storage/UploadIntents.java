package id.zi.evidence.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Objects being written, recorded before the first byte goes to the store and removed once the
 * evidence's metadata is saved (or the object is removed again). Without multi-document transactions
 * this is how "no object without metadata" survives a crash: an intent that stops showing progress names
 * an object nobody will describe, and the sweeper removes it.
 */
public class UploadIntents {

    public static final String COLLECTION = "upload_intents";

    private final MongoCollection<Document> intents;
    private final Clock clock;

    public UploadIntents(MongoDatabase database, Clock clock) {
        this.intents = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    public void begin(String key, String evidenceId) {
        Date now = Date.from(clock.instant());
        intents.insertOne(new Document("_id", key).append("evidenceId", evidenceId).append("startedAt", now).append("aliveAt", now));
    }

    public void alive(String key) {
        intents.updateOne(Filters.eq("_id", key), Updates.set("aliveAt", Date.from(clock.instant())));
    }

    public void end(String key) {
        intents.deleteOne(Filters.eq("_id", key));
    }

    /** Intents that showed no progress for {@code quiet}: their upload died with its process or connection. */
    public List<Intent> abandoned(Duration quiet, int limit) {
        Instant before = clock.instant().minus(quiet);
        List<Intent> found = new ArrayList<>();
        for (Document document : intents.find(Filters.lt("aliveAt", Date.from(before))).limit(limit)) {
            found.add(new Intent(document.getString("_id"), document.getString("evidenceId")));
        }
        return found;
    }

    public record Intent(String key, String evidenceId) {
    }
}
