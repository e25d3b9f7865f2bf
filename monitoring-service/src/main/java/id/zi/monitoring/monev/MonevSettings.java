package id.zi.monitoring.monev;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.zi.platform.mongo.ScopedCollection;
import id.zi.platform.scope.OrgScope;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Each unit's monev setting: quarterly by default, or per semester. One document per unit, read by its id;
 * changing it leaves the monevs already made as they are.
 */
public class MonevSettings {

    public static final String COLLECTION = "monev_settings";

    /**
     * @param version 0 while the unit has never changed its setting (then it holds the default)
     */
    public record Setting(String unitId, MonevPeriod.Cadence cadence, long version, @Nullable String updatedBy, @Nullable Instant updatedAt) {
    }

    private final MongoCollection<Document> collection;
    private final ScopedCollection scoped;

    public MonevSettings(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        this.scoped = new ScopedCollection(collection, "orgPath");
    }

    /** The unit's setting, the default (quarterly) when it never chose. */
    public Setting of(String unitId) {
        Document document = collection.find(Filters.eq("_id", unitId)).first();
        return document == null ? new Setting(unitId, MonevPeriod.Cadence.QUARTER, 0, null, null) : fromDocument(document);
    }

    public Optional<Setting> find(OrgScope scope, String unitId) {
        return scoped.findById(scope, unitId).map(MonevSettings::fromDocument);
    }

    /**
     * Writes the setting if it is still at {@code expectedVersion} (0: never written).
     *
     * @return false when someone changed it meanwhile
     */
    public boolean save(OrgScope writeScope, String unitId, String orgPath, MonevPeriod.Cadence cadence, long expectedVersion, String by,
            Instant at) {
        if (expectedVersion == 0) {
            try {
                scoped.insert(writeScope, new Document("_id", unitId).append("orgPath", orgPath).append("cadence", cadence.name())
                        .append("version", 1L).append("updatedBy", by).append("updatedAt", Date.from(at)));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        return scoped.updateOne(writeScope, Filters.and(Filters.eq("_id", unitId), Filters.eq("version", expectedVersion)),
                Updates.combine(Updates.set("cadence", cadence.name()), Updates.set("orgPath", orgPath), Updates.inc("version", 1L),
                        Updates.set("updatedBy", by), Updates.set("updatedAt", Date.from(at)))).getModifiedCount() == 1;
    }

    /** Settings of a moved subtree follow it, so the new instansi's scope sees them. */
    public void restamp(String oldPath, String newPath) {
        for (Document document : collection.find(Filters.regex("orgPath", "^" + Pattern.quote(oldPath) + "(/|$)"))) {
            String path = document.getString("orgPath");
            collection.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq("orgPath", path)),
                    Updates.set("orgPath", newPath + path.substring(oldPath.length())));
        }
    }

    private static Setting fromDocument(Document document) {
        Date at = document.getDate("updatedAt");
        return new Setting(document.getString("_id"), MonevPeriod.Cadence.valueOf(document.getString("cadence")),
                ((Number) document.get("version")).longValue(), document.getString("updatedBy"), at == null ? null : at.toInstant());
    }
}
