package id.zi.monitoring.rollup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The generation of the roll-up read model, shared by every instance through MongoDB: a rebuild drops the
 * facts and bumps it, and each instance that sees a new generation seeks its consumer to the beginning of
 * the topics and reloads its index. Facts are stamped with the generation that wrote them.
 */
public class RollupControl {

    static final String COLLECTION = "rollup_control";
    private static final String ID = "rollup";

    private final MongoCollection<Document> control;
    private volatile long generation;

    RollupControl(MongoDatabase database) {
        this.control = database.getCollection(COLLECTION);
        this.generation = stored();
    }

    /** The generation this instance works in. */
    public long generation() {
        return generation;
    }

    /** The generation in MongoDB, which a rebuild on any instance may have bumped. */
    long stored() {
        Document document = control.find(Filters.eq("_id", ID)).first();
        return document == null ? 0 : ((Number) document.get("generation")).longValue();
    }

    long bump() {
        Document document = control.findOneAndUpdate(Filters.eq("_id", ID), Updates.inc("generation", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) document.get("generation")).longValue();
    }

    void adopt(long generation) {
        this.generation = generation;
    }
}
