package id.zi.evidence.limits;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;

/**
 * How large one file may be and how much a unit may keep in the store: the platform's defaults
 * ({@code zi.evidence.max-file-size}, {@code zi.evidence.unit-quota}), which a platform admin may raise or
 * lower for one unit (a unit that films its services needs more than one that scans decrees).
 */
public class UploadLimits {

    public static final String COLLECTION = "unit_limits";

    /** @param overridden whether the unit has its own values rather than the defaults */
    public record Limits(String unitId, long maxFileSize, long quota, boolean overridden) {
    }

    private final MongoCollection<Document> overrides;
    private final long defaultMaxFileSize;
    private final long defaultQuota;

    public UploadLimits(MongoDatabase database, long defaultMaxFileSize, long defaultQuota) {
        this.overrides = database.getCollection(COLLECTION);
        this.defaultMaxFileSize = defaultMaxFileSize;
        this.defaultQuota = defaultQuota;
    }

    public Limits of(String unitId) {
        Document own = overrides.find(Filters.eq("_id", unitId)).first();
        if (own == null) {
            return new Limits(unitId, defaultMaxFileSize, defaultQuota, false);
        }
        return new Limits(unitId, own.getLong("maxFileSize"), own.getLong("quota"), true);
    }

    public Limits set(String unitId, Long maxFileSize, Long quota) {
        Limits current = of(unitId);
        long file = maxFileSize == null ? current.maxFileSize() : maxFileSize;
        long total = quota == null ? current.quota() : quota;
        overrides.replaceOne(Filters.eq("_id", unitId), new Document("_id", unitId).append("maxFileSize", file).append("quota", total),
                new ReplaceOptions().upsert(true));
        return new Limits(unitId, file, total, true);
    }

    public Optional<Limits> reset(String unitId) {
        return overrides.deleteOne(Filters.eq("_id", unitId)).getDeletedCount() == 1 ? Optional.of(of(unitId)) : Optional.empty();
    }
}
