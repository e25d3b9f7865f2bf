package id.zi.evidence.item;

import id.zi.evidence.catalog.LkeCatalog;
import id.zi.evidence.limits.UploadLimits;
import id.zi.evidence.plan.PlanProjection;
import id.zi.evidence.storage.EvidenceStorage;
import id.zi.evidence.storage.GuardedUpload;
import id.zi.evidence.storage.Limits;
import id.zi.evidence.storage.StorageUnavailable;
import id.zi.evidence.storage.UploadIntents;
import id.zi.evidence.storage.UploadRejected;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxRelay;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import io.github.resilience4j.bulkhead.Bulkhead;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that changes evidence: upload, a new version, metadata, review, deletion. The bytes go to the
 * store first, under an upload intent; the metadata and its event follow in one write; whatever fails on the
 * way removes what was written, so there is never metadata without an object nor an object without metadata.
 */
public class EvidenceLifecycle {

    public static final String UNIT_OPERATOR = "unit-operator";
    public static final String UNIT_HEAD = "unit-head";
    public static final String TPI_EVALUATOR = "tpi-evaluator";
    /** Indonesia's western time: "today" for effective dates is the day at the counter, not in UTC. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Logger log = LoggerFactory.getLogger(EvidenceLifecycle.class);

    /** A file part of a multipart request, read once. */
    public interface IncomingFile {
        String name();

        InputStream stream();

        /** Fails if the request goes on after the file: fields must come first, and one file per request. */
        void requireEnd() throws IOException;
    }

    public enum Decision {
        ACCEPT(ReviewState.ACCEPTED), REJECT(ReviewState.REJECTED), REQUEST_CHANGES(ReviewState.CHANGES_REQUESTED);

        final ReviewState state;

        Decision(ReviewState state) {
            this.state = state;
        }
    }

    private record StoredFile(String key, String sha256, long size, String contentType) {
    }

    private final EvidenceStore store;
    private final EvidenceStorage storage;
    private final UploadIntents intents;
    private final UploadLimits limits;
    private final PlanProjection plans;
    private final LkeCatalog catalog;
    private final EventFactory events;
    private final OutboxRelay relay;
    private final Bulkhead uploads;
    private final Clock clock;

    public EvidenceLifecycle(EvidenceStore store, EvidenceStorage storage, UploadIntents intents, UploadLimits limits, PlanProjection plans,
            LkeCatalog catalog, EventFactory events, OutboxRelay relay, Bulkhead uploads, Clock clock) {
        this.store = store;
        this.storage = storage;
        this.intents = intents;
        this.limits = limits;
        this.plans = plans;
        this.catalog = catalog;
        this.events = events;
        this.relay = relay;
        this.uploads = uploads;
        this.clock = clock;
    }

    public Optional<EvidenceItem> get(Caller caller, String id) {
        return store.find(caller.readScope(), id).filter(item -> !item.deleted());
    }

    /** A new evidence item of the caller's unit with its first version. */
    public EvidenceItem upload(Caller caller, EvidenceDraft draft, IncomingFile file) {
        if (caller.unitId() == null || caller.writeScope() == null || !(caller.hasRole(UNIT_OPERATOR) || caller.hasRole(UNIT_HEAD))) {
            throw Problems.forbidden("Only a unit's operator or head uploads its evidence");
        }
        String unitId = caller.unitId();
        String orgPath = caller.writeScope().rootPath();
        EvidenceRules.Metadata metadata = EvidenceRules.check(draft, unitId, plans::find, catalog, today());
        String fileName = EvidenceRules.fileName(file.name());
        String id = newId();
        String key = unitId + "/" + metadata.year() + "/" + id + "/1";
        StoredFile stored = store(unitId, id, key, fileName, file);
        Instant now = clock.instant();
        EvidenceItem.FileVersion first = new EvidenceItem.FileVersion(1, storage.bucket(), key, stored.sha256(), stored.size(),
                stored.contentType(), fileName, now, caller.username(), null);
        EvidenceItem item = new EvidenceItem(id, unitId, orgPath, metadata.year(), metadata.quarter(), metadata.kind(), metadata.title(),
                metadata.description(), metadata.effectiveDate(), metadata.links(), List.of(first), 1, EvidenceItem.Review.pending(), false,
                now, caller.username(), now, List.of(audit(now, caller, "UPLOADED", Map.of(), fileFacts(first))), 1, 1);
        try {
            store.insert(caller.writeScope(), item, List.of(event("uploaded", item, EvidenceEvents.Payload.of(item, now))));
        } catch (RuntimeException e) {
            discard(key);
            throw e;
        }
        forget(key);
        relay.wakeUp();
        return item;
    }

    /** A new version of the item's file; the old ones stay, the new one becomes current and waits for review. */
    public EvidenceItem revise(Caller caller, String id, Long expectedVersion, String note, IncomingFile file) {
        EvidenceItem item = writable(caller, id);
        requireVersion(item, expectedVersion);
        String checkedNote = EvidenceRules.text("note", note, 1000, false);
        String fileName = EvidenceRules.fileName(file.name());
        int number = item.versions().stream().mapToInt(EvidenceItem.FileVersion::number).max().orElse(0) + 1;
        String key = item.unitId() + "/" + item.year() + "/" + item.id() + "/" + number;
        StoredFile stored = store(item.unitId(), item.id(), key, fileName, file);
        Instant now = clock.instant();
        EvidenceItem.FileVersion next = new EvidenceItem.FileVersion(number, storage.bucket(), key, stored.sha256(), stored.size(),
                stored.contentType(), fileName, now, caller.username(), checkedNote);
        List<EvidenceItem.FileVersion> versions = new ArrayList<>(item.versions());
        versions.add(next);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("currentVersion", item.currentVersion());
        before.put("review", item.review().state().name());
        Map<String, Object> after = fileFacts(next);
        after.put("review", ReviewState.PENDING.name());
        EvidenceItem revised = new EvidenceItem(item.id(), item.unitId(), item.orgPath(), item.year(), item.quarter(), item.kind(), item.title(),
                item.description(), item.effectiveDate(), item.links(), versions, number, EvidenceItem.Review.pending(), false, item.createdAt(),
                item.createdBy(), now, appended(item, audit(now, caller, "REVISED", before, after)), item.version() + 1, item.sequence() + 1);
        EvidenceEvents.Payload payload = EvidenceEvents.Payload.of(revised, now).previously(item.review().state(), item.currentVersion());
        boolean saved;
        try {
            saved = store.update(revised, item.version(), List.of(event("revised", revised, payload)));
        } catch (RuntimeException e) {
            discard(key);
            throw e;
        }
        if (!saved) {
            discard(key);
            throw Problems.preconditionFailed("Evidence " + id + " changed while the file was uploading; reload it and upload again");
        }
        forget(key);
        relay.wakeUp();
        return revised;
    }

    /** Changes what the evidence says it is; changing its kind, date or links sends it back to review. */
    public EvidenceItem update(Caller caller, String id, Long expectedVersion, EvidenceDraft changes) {
        EvidenceItem item = writable(caller, id);
        requireVersion(item, expectedVersion);
        if (changes.year() != null && changes.year() != item.year()) {
            throw new EvidenceRuleViolation("year", "evidence stays in its plan year " + item.year() + "; upload it again for " + changes.year());
        }
        EvidenceDraft merged = new EvidenceDraft(
                changes.kind() != null ? changes.kind() : item.kind().name(),
                changes.title() != null ? changes.title() : item.title(),
                changes.description() != null ? changes.description() : item.description(),
                changes.effectiveDate() != null ? changes.effectiveDate() : item.effectiveDate().toString(),
                item.year(),
                changes.planRows() != null ? changes.planRows() : item.links().planRows(),
                changes.lkeQuestions() != null ? changes.lkeQuestions() : item.links().lkeQuestions());
        EvidenceRules.Metadata metadata = EvidenceRules.check(merged, item.unitId(), plans::find, catalog, today());
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        changed("kind", item.kind(), metadata.kind(), before, after);
        changed("title", item.title(), metadata.title(), before, after);
        changed("description", item.description(), metadata.description(), before, after);
        changed("effectiveDate", item.effectiveDate(), metadata.effectiveDate(), before, after);
        changed("planRows", item.links().planRows(), metadata.links().planRows(), before, after);
        changed("lkeQuestions", item.links().lkeQuestions(), metadata.links().lkeQuestions(), before, after);
        if (after.isEmpty()) {
            return item;
        }
        boolean claimChanged = after.containsKey("kind") || after.containsKey("effectiveDate") || after.containsKey("planRows")
                || after.containsKey("lkeQuestions");
        EvidenceItem.Review review = item.review();
        if (claimChanged && review.state() != ReviewState.PENDING) {
            before.put("review", review.state().name());
            after.put("review", ReviewState.PENDING.name());
            review = EvidenceItem.Review.pending();
        }
        Instant now = clock.instant();
        EvidenceItem updated = new EvidenceItem(item.id(), item.unitId(), item.orgPath(), item.year(), metadata.quarter(), metadata.kind(),
                metadata.title(), metadata.description(), metadata.effectiveDate(), metadata.links(), item.versions(), item.currentVersion(),
                review, false, item.createdAt(), item.createdBy(), now, appended(item, audit(now, caller, "UPDATED", before, after)),
                item.version() + 1, item.sequence() + 1);
        EvidenceEvents.Payload payload = EvidenceEvents.Payload.of(updated, now)
                .previously(review != item.review() ? item.review().state() : null, null);
        save(item, updated, event("updated", updated, payload));
        return updated;
    }

    /** The TPI's decision on the current version; a rejection or a request for changes must say why. */
    public EvidenceItem review(Caller caller, String id, Long expectedVersion, Decision decision, String reason, Integer fileVersion) {
        if (!caller.hasRole(TPI_EVALUATOR)) {
            throw Problems.forbidden("Only a TPI evaluator reviews evidence");
        }
        EvidenceItem item = get(caller, id).orElseThrow(() -> Problems.notFound("Evidence", id));
        requireVersion(item, expectedVersion);
        EvidenceItem reviewed = reviewed(caller, item, decision, reason, fileVersion);
        save(item, reviewed, reviewEvent(item, reviewed));
        return reviewed;
    }

    /** The same decision on every item the filter finds in the caller's scope, each checked and audited on its own. */
    public BulkReview reviewAll(Caller caller, Bson filter, Decision decision, String reason, int max) {
        if (!caller.hasRole(TPI_EVALUATOR)) {
            throw Problems.forbidden("Only a TPI evaluator reviews evidence");
        }
        if (decision == null) {
            throw new EvidenceRuleViolation("decision", "one of ACCEPT, REJECT, REQUEST_CHANGES");
        }
        checkReason(decision, reason);
        long matched = store.count(caller.readScope(), filter);
        if (matched > max) {
            throw new EvidenceRuleViolation("filter", matched + " items match; review at most " + max + " at once (narrow the filter)");
        }
        List<String> reviewed = new ArrayList<>();
        List<BulkReview.Skipped> skipped = new ArrayList<>();
        for (EvidenceItem item : store.list(caller.readScope(), filter, 0, max)) {
            EvidenceItem next = reviewed(caller, item, decision, reason, null);
            if (store.update(next, item.version(), List.of(reviewEvent(item, next)))) {
                reviewed.add(item.id());
            } else {
                skipped.add(new BulkReview.Skipped(item.id(), "changed while the review ran; review it again"));
            }
        }
        relay.wakeUp();
        return new BulkReview(matched, reviewed, skipped);
    }

    public record BulkReview(long matched, List<String> reviewed, List<Skipped> skipped) {

        public record Skipped(String id, String reason) {
        }
    }

    /** Removes the item from the unit's evidence; accepted evidence stays (upload a new version instead). */
    public void delete(Caller caller, String id, Long expectedVersion) {
        EvidenceItem item = writable(caller, id);
        requireVersion(item, expectedVersion);
        if (item.review().state() == ReviewState.ACCEPTED) {
            throw new EvidenceConflict("Evidence " + id + " was accepted by the TPI and cannot be deleted; upload a new version instead", null);
        }
        Instant now = clock.instant();
        EvidenceItem deleted = new EvidenceItem(item.id(), item.unitId(), item.orgPath(), item.year(), item.quarter(), item.kind(), item.title(),
                item.description(), item.effectiveDate(), item.links(), item.versions(), item.currentVersion(), item.review(), true,
                item.createdAt(), item.createdBy(), now, appended(item, audit(now, caller, "DELETED", Map.of("deleted", false),
                        Map.of("deleted", true))), item.version() + 1, item.sequence() + 1);
        save(item, deleted, event("deleted", deleted, EvidenceEvents.Payload.of(deleted, now)));
        removeObjects(deleted);
    }

    /** Removes the objects of a deleted item; the store may be down, then a later pass does it. */
    public boolean removeObjects(EvidenceItem deleted) {
        try {
            for (EvidenceItem.FileVersion file : deleted.versions()) {
                storage.remove(file.key());
            }
            store.markObjectsRemoved(deleted.id());
            return true;
        } catch (StorageUnavailable | UploadRejected e) {
            log.info("objects of deleted evidence {} stay until the store is back: {}", deleted.id(), e.getMessage());
            return false;
        }
    }

    private EvidenceItem reviewed(Caller caller, EvidenceItem item, Decision decision, String reason, Integer fileVersion) {
        if (decision == null) {
            throw new EvidenceRuleViolation("decision", "one of ACCEPT, REJECT, REQUEST_CHANGES");
        }
        String why = checkReason(decision, reason);
        if (fileVersion != null && fileVersion != item.currentVersion()) {
            throw new EvidenceConflict("Version " + fileVersion + " of evidence " + item.id() + " is no longer current; version "
                    + item.currentVersion() + " is", null);
        }
        Instant now = clock.instant();
        EvidenceItem.Review review = new EvidenceItem.Review(decision.state, item.currentVersion(), why, caller.username(), now);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("review", item.review().state().name());
        if (item.review().reason() != null) {
            before.put("reason", item.review().reason());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("review", decision.state.name());
        after.put("version", item.currentVersion());
        if (why != null) {
            after.put("reason", why);
        }
        return new EvidenceItem(item.id(), item.unitId(), item.orgPath(), item.year(), item.quarter(), item.kind(), item.title(),
                item.description(), item.effectiveDate(), item.links(), item.versions(), item.currentVersion(), review, false, item.createdAt(),
                item.createdBy(), now, appended(item, audit(now, caller, "REVIEWED", before, after)), item.version() + 1,
                item.sequence() + 1);
    }

    private static String checkReason(Decision decision, String reason) {
        String why = EvidenceRules.text("reason", reason, 2000, false);
        if (why == null && decision != Decision.ACCEPT) {
            throw new EvidenceRuleViolation("reason", "say why the evidence is " + (decision == Decision.REJECT ? "rejected" : "to be changed"));
        }
        return why;
    }

    private PendingEvent reviewEvent(EvidenceItem before, EvidenceItem after) {
        EvidenceEvents.Payload payload = EvidenceEvents.Payload.of(after, after.updatedAt())
                .reviewed(after.currentVersion(), before.review().state(), after.review().reason());
        return event("reviewed", after, payload);
    }

    /**
     * Streams the file into the store under an upload intent, bounded by the bulkhead, the file limit and
     * the unit's quota; the bytes are then checked against the unit's other evidence.
     */
    private StoredFile store(String unitId, String evidenceId, String key, String fileName, IncomingFile file) {
        UploadLimits.Limits unitLimits = limits.of(unitId);
        long room = unitLimits.quota() - store.storedBytes(unitId);
        if (room <= 0) {
            throw tooLarge("unit " + unitId + " has used its storage quota of " + Limits.human(unitLimits.quota())
                    + "; delete evidence that is no longer needed or ask the platform admin for more");
        }
        long limit = Math.min(unitLimits.maxFileSize(), room);
        String limitReason = limit == unitLimits.maxFileSize() ? "the " + Limits.human(limit) + " a file may have"
                : "the " + Limits.human(room) + " left of unit " + unitId + "'s storage quota";
        if (!uploads.tryAcquirePermission()) {
            throw new UploadsBusy();
        }
        try {
            storage.requireAvailable();
            GuardedUpload guarded;
            try {
                guarded = GuardedUpload.open(file.stream(), fileName, limit, limitReason, () -> intents.alive(key));
            } catch (UploadRejected e) {
                throw e;
            } catch (IOException e) {
                throw new UploadRejected(UploadRejected.Reason.INCOMPLETE, "file", "the upload was interrupted; nothing was kept");
            }
            intents.begin(key, evidenceId);
            try {
                storage.put(key, guarded, guarded.contentType(), Map.of("evidence-id", evidenceId));
                file.requireEnd();
            } catch (IOException | RuntimeException e) {
                discard(key);
                throw e;
            }
            StoredFile stored = new StoredFile(key, guarded.sha256(), guarded.size(), guarded.contentType());
            Optional<EvidenceItem> same = store.findBySha256(unitId, stored.sha256());
            if (same.isPresent()) {
                discard(key);
                EvidenceItem existing = same.get();
                int version = existing.versions().stream().filter(v -> v.sha256().equals(stored.sha256())).findFirst().orElseThrow().number();
                throw new EvidenceConflict("The same file is already evidence " + existing.id() + " (\"" + existing.title() + "\", version "
                        + version + "); link that evidence to more rows instead of uploading it again", existing.id());
            }
            return stored;
        } catch (UploadRejected e) {
            throw new RejectedFile(e);
        } catch (IOException e) {
            throw new RejectedFile(new UploadRejected(UploadRejected.Reason.INCOMPLETE, "file", e.getMessage()));
        } finally {
            uploads.onComplete();
        }
    }

    /** The bytes were refused: the web layer answers with the rejection's status and field. */
    public static class RejectedFile extends RuntimeException {

        private final UploadRejected rejection;

        RejectedFile(UploadRejected rejection) {
            super(rejection.getMessage(), rejection);
            this.rejection = rejection;
        }

        public UploadRejected rejection() {
            return rejection;
        }
    }

    /** All upload slots are taken; the client retries shortly. */
    public static class UploadsBusy extends RuntimeException {

        UploadsBusy() {
            super("too many uploads are in progress; try again in a few seconds");
        }
    }

    private static RejectedFile tooLarge(String message) {
        return new RejectedFile(new UploadRejected(UploadRejected.Reason.TOO_LARGE, "file", message));
    }

    /** The object is described now; an intent that cannot be ended is harmless, the sweeper sees the metadata and drops it. */
    private void forget(String key) {
        try {
            intents.end(key);
        } catch (RuntimeException e) {
            log.info("intent of stored object {} stays until the next sweep: {}", key, e.toString());
        }
    }

    /** Removes an object that will not be described; if the store is down, its intent stays for the sweeper. */
    private void discard(String key) {
        try {
            storage.remove(key);
            intents.end(key);
        } catch (StorageUnavailable | UploadRejected e) {
            log.info("object {} could not be removed now; the orphan sweeper will: {}", key, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("object {} was removed but its intent could not be ended: {}", key, e.toString());
        }
    }

    private EvidenceItem writable(Caller caller, String id) {
        EvidenceItem item = get(caller, id).orElseThrow(() -> Problems.notFound("Evidence", id));
        if (!(caller.hasRole(UNIT_OPERATOR) || caller.hasRole(UNIT_HEAD)) || !caller.canWrite(item.orgPath())) {
            throw Problems.forbidden("Only the operator or head of unit " + item.unitId() + " changes its evidence");
        }
        return item;
    }

    private static void requireVersion(EvidenceItem item, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != item.version()) {
            throw Problems.preconditionFailed("Evidence " + item.id() + " is at version " + item.version() + ", not " + expectedVersion
                    + "; reload it and try again");
        }
    }

    private void save(EvidenceItem before, EvidenceItem after, PendingEvent event) {
        if (!store.update(after, before.version(), List.of(event))) {
            throw Problems.preconditionFailed("Evidence " + before.id() + " changed meanwhile; reload it and try again");
        }
        relay.wakeUp();
    }

    private PendingEvent event(String name, EvidenceItem item, EvidenceEvents.Payload payload) {
        return events.create("evidence", name, item.id(), item.unitId(), item.orgPath(), item.sequence(), payload);
    }

    private static EvidenceItem.AuditEntry audit(Instant at, Caller caller, String action, Map<String, Object> before,
            Map<String, Object> after) {
        return new EvidenceItem.AuditEntry(at, caller.username(), action, before, after);
    }

    private static List<EvidenceItem.AuditEntry> appended(EvidenceItem item, EvidenceItem.AuditEntry entry) {
        List<EvidenceItem.AuditEntry> audit = new ArrayList<>(item.audit());
        audit.add(entry);
        return audit;
    }

    private static Map<String, Object> fileFacts(EvidenceItem.FileVersion file) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("version", file.number());
        facts.put("fileName", file.fileName());
        facts.put("size", file.size());
        facts.put("sha256", file.sha256());
        facts.put("contentType", file.contentType());
        return facts;
    }

    private static void changed(String field, Object before, Object after, Map<String, Object> beforeMap, Map<String, Object> afterMap) {
        if (!Objects.equals(before, after)) {
            beforeMap.put(field, before instanceof Enum<?> || before instanceof LocalDate ? before.toString() : before);
            afterMap.put(field, after instanceof Enum<?> || after instanceof LocalDate ? after.toString() : after);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WIB));
    }

    /** Random, unguessable, and short enough to read out over the phone. */
    private static String newId() {
        return "ev-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
