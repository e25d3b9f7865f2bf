package id.zi.planning.orgunit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.zi.platform.events.OutboxDocuments;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.mongo.ScopedCollection;
import id.zi.platform.scope.OrgScope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The org directory's store: one document per node, each carrying its own pending events. */
public class OrgUnits {

    public static final String COLLECTION = "org_units";

    private final MongoCollection<Document> collection;
    private final ScopedCollection scoped;

    public OrgUnits(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        this.scoped = new ScopedCollection(collection, "path");
        // The path is unique, and lookups by it or by _id are the hot reads (non-unique indexes are not
        // used by the embedded server; on MongoDB the ancestors index serves subtree queries).
        collection.createIndex(Indexes.ascending("path"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("ancestors"));
    }

    public Optional<OrgUnit> find(OrgScope scope, String id) {
        return scoped.findById(scope, id).map(OrgUnits::fromDocument);
    }

    /** Unscoped: for rule checks such as "does the parent exist", never returned to a caller as is. */
    public Optional<OrgUnit> findAny(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(OrgUnits::fromDocument);
    }

    public List<OrgUnit> list(OrgScope scope, Bson filter, int skip, int limit) {
        return scoped.find(scope, filter).sort(Sorts.ascending("path")).skip(skip).limit(limit).map(OrgUnits::fromDocument)
                .into(new ArrayList<>());
    }

    public long count(OrgScope scope, Bson filter) {
        return scoped.count(scope, filter);
    }

    public boolean isEmpty() {
        return collection.countDocuments() == 0;
    }

    /** Descendants of a node, parents before children. */
    public List<OrgUnit> descendants(String id) {
        List<OrgUnit> found = collection.find(Filters.eq("ancestors", id)).map(OrgUnits::fromDocument).into(new ArrayList<>());
        found.sort((a, b) -> Integer.compare(a.ancestors().size(), b.ancestors().size()));
        return found;
    }

    /** Every node, parents before children: for the start-up consistency pass. */
    public List<OrgUnit> allParentsFirst() {
        List<OrgUnit> all = collection.find().map(OrgUnits::fromDocument).into(new ArrayList<>());
        all.sort((a, b) -> Integer.compare(a.ancestors().size(), b.ancestors().size()));
        return all;
    }

    /** Inserts a new node together with its first event. */
    public void insert(OrgUnit unit, PendingEvent event) {
        Document document = toDocument(unit).append(OutboxDocuments.FIELD, List.of(OutboxDocuments.toDocument(event)));
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new OrgRuleViolation("id", "a unit with id " + unit.id() + " or path " + unit.path() + " exists already");
            }
            throw e;
        }
    }

    /**
     * Replaces a node's state and appends its event in one update, only if nobody changed it since
     * {@code expectedVersion} was read.
     *
     * @return false when the version no longer matches
     */
    public boolean update(OrgUnit unit, long expectedVersion, PendingEvent event) {
        Document state = toDocument(unit);
        state.remove("_id");
        List<Bson> sets = new ArrayList<>();
        state.forEach((field, value) -> sets.add(Updates.set(field, value)));
        sets.add(OutboxDocuments.append(List.of(event)));
        return collection.updateOne(Filters.and(Filters.eq("_id", unit.id()), Filters.eq("version", expectedVersion)), Updates.combine(sets))
                .getModifiedCount() == 1;
    }

    static Document toDocument(OrgUnit unit) {
        List<Document> placements = unit.placements().stream().map(p -> new Document("parentId", p.parentId()).append("path", p.path())
                .append("from", date(p.from())).append("to", p.to() == null ? null : date(p.to()))).toList();
        return new Document("_id", unit.id())
                .append("code", unit.code())
                .append("name", unit.name())
                .append("kind", unit.kind().name())
                .append("parentId", unit.parentId())
                .append("path", unit.path())
                .append("ancestors", unit.ancestors())
                .append("instansiId", unit.instansiId())
                .append("version", unit.version())
                .append("sequence", unit.sequence())
                .append("placements", placements);
    }

    static OrgUnit fromDocument(Document document) {
        List<Placement> placements = document.getList("placements", Document.class, List.of()).stream()
                .map(p -> new Placement(p.getString("parentId"), p.getString("path"), day(p.getDate("from")),
                        p.getDate("to") == null ? null : day(p.getDate("to"))))
                .toList();
        return new OrgUnit(document.getString("_id"), document.getString("code"), document.getString("name"),
                OrgUnitKind.valueOf(document.getString("kind")), document.getString("parentId"), document.getString("path"),
                document.getList("ancestors", String.class, List.of()), document.getString("instansiId"),
                ((Number) document.get("version")).longValue(), ((Number) document.get("sequence")).longValue(), placements);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
