package id.zi.evidence.item;

import id.zi.platform.scope.Caller;
import java.util.List;
import java.util.function.Consumer;
import org.bson.conversions.Bson;

/** Reads of evidence, always within the caller's read scope. */
public class EvidenceQueries {

    private final EvidenceStore store;

    public EvidenceQueries(EvidenceStore store) {
        this.store = store;
    }

    public List<EvidenceItem> list(Caller caller, Bson filter, int skip, int limit) {
        return store.list(caller.readScope(), filter, skip, limit);
    }

    public long count(Caller caller, Bson filter) {
        return store.count(caller.readScope(), filter);
    }

    public void forEach(Caller caller, Bson filter, Consumer<EvidenceItem> action) {
        store.forEach(caller.readScope(), filter, false, action);
    }

    public void forEachIncludingDeleted(Caller caller, Bson filter, Consumer<EvidenceItem> action) {
        store.forEach(caller.readScope(), filter, true, action);
    }
}
