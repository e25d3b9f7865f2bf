package id.zi.platform.mongo;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.OrgScope;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one path by which a service reads and writes tenant data. Every query is combined with the scope's
 * subtree on the document's org path field, so no feature query can forget it; every insert is checked
 * against the scope before it is written.
 */
public final class ScopedCollection {

    private final MongoCollection<Document> collection;
    private final String pathField;

    public ScopedCollection(MongoCollection<Document> collection, String pathField) {
        this.collection = collection;
        this.pathField = pathField;
    }

    public Bson scopeFilter(OrgScope scope) {
        return Filters.regex(pathField, Pattern.compile(scope.pathPattern()));
    }

    private Bson scoped(OrgScope scope, Bson filter) {
        return filter == null ? scopeFilter(scope) : Filters.and(scopeFilter(scope), filter);
    }

    public FindIterable<Document> find(OrgScope scope, Bson filter) {
        return collection.find(scoped(scope, filter));
    }

    public Optional<Document> findById(OrgScope scope, Object id) {
        return Optional.ofNullable(collection.find(scoped(scope, Filters.eq("_id", id))).first());
    }

    public long count(OrgScope scope, Bson filter) {
        return collection.countDocuments(scoped(scope, filter));
    }

    public void insert(OrgScope scope, Document document) {
        String path = document.getString(pathField);
        if (!scope.contains(path)) {
            throw Problems.forbidden("You may not write data of " + path);
        }
        collection.insertOne(document);
    }

    public UpdateResult updateOne(OrgScope scope, Bson filter, Bson update) {
        return collection.updateOne(scoped(scope, filter), update);
    }

    public Optional<Document> findOneAndUpdate(OrgScope scope, Bson filter, Bson update) {
        return Optional.ofNullable(collection.findOneAndUpdate(scoped(scope, filter), update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    public DeleteResult deleteOne(OrgScope scope, Bson filter) {
        return collection.deleteOne(scoped(scope, filter));
    }

    /** The unscoped collection, for the platform's own machinery (index creation, the outbox relay). */
    public MongoCollection<Document> unscoped() {
        return collection;
    }
}
