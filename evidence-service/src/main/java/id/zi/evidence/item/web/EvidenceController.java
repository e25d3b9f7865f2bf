package id.zi.evidence.item.web;

import com.mongodb.client.model.Filters;
import id.zi.evidence.item.EvidenceDraft;
import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.EvidenceKind;
import id.zi.evidence.item.EvidenceLifecycle;
import id.zi.evidence.item.EvidenceQueries;
import id.zi.evidence.item.ReviewState;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import id.zi.platform.scope.OrgScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence items: list and read within the caller's scope, change what they say, delete, review one or
 * many, and read the audit trail. Changes take the version read, as {@code If-Match} or in the body, and
 * answer 412 instead of overwriting someone else's change.
 */
@RestController
class EvidenceController {

    static final int MAX_PAGE = 200;
    static final int MAX_BULK = 500;

    private final EvidenceLifecycle lifecycle;
    private final EvidenceQueries queries;

    EvidenceController(EvidenceLifecycle lifecycle, EvidenceQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    /** The filters of lists and bulk review; all optional, always within the caller's scope. */
    record Filter(String unitId, String orgPath, Integer year, Integer quarter, String kind, String state, String planRow, String lkeQuestion,
            List<String> ids) {

        Bson toBson() {
            List<Bson> parts = new ArrayList<>();
            if (unitId != null) {
                parts.add(Filters.eq("unitId", unitId));
            }
            if (orgPath != null) {
                OrgScope subtree;
                try {
                    subtree = new OrgScope(orgPath);
                } catch (IllegalArgumentException e) {
                    throw Problems.invalid("orgPath", "an org path such as /id/33/33.71");
                }
                parts.add(Filters.regex("orgPath", subtree.pathPattern()));
            }
            if (year != null) {
                parts.add(Filters.eq("year", year));
            }
            if (quarter != null) {
                if (quarter < 1 || quarter > 4) {
                    throw Problems.invalid("quarter", "1-4");
                }
                parts.add(Filters.eq("quarter", quarter));
            }
            if (kind != null) {
                parts.add(Filters.eq("kind", EvidenceController.parse(EvidenceKind.class, "kind", kind).name()));
            }
            if (state != null) {
                parts.add(Filters.eq("review.state", EvidenceController.parse(ReviewState.class, "state", state).name()));
            }
            if (planRow != null) {
                parts.add(Filters.eq("links.planRows", planRow));
            }
            if (lkeQuestion != null) {
                parts.add(Filters.eq("links.lkeQuestions", lkeQuestion));
            }
            if (ids != null && !ids.isEmpty()) {
                parts.add(Filters.in("_id", ids));
            }
            return parts.isEmpty() ? null : Filters.and(parts);
        }
    }

    record Changes(String kind, String title, String description, String effectiveDate, Integer year, List<String> planRows,
            List<String> lkeQuestions, Long version) {
    }

    record ReviewRequest(EvidenceLifecycle.Decision decision, String reason, Integer fileVersion, Long version) {
    }

    record BulkReviewRequest(Filter filter, EvidenceLifecycle.Decision decision, String reason) {
    }

    record AuditView(String evidenceId, String title, Instant at, String by, String action, Map<String, Object> before,
            Map<String, Object> after) {
    }

    @GetMapping("/api/evidence/items")
    ResponseEntity<List<EvidenceView>> list(@RequestParam(required = false) String unitId, @RequestParam(required = false) String orgPath,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String state,
            @RequestParam(required = false) String planRow, @RequestParam(required = false) String lkeQuestion,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw Problems.invalid("page", "0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw Problems.invalid("size", "1-" + MAX_PAGE);
        }
        Caller caller = Callers.current();
        Bson filter = new Filter(unitId, orgPath, year, quarter, kind, state, planRow, lkeQuestion, null).toBson();
        List<EvidenceView> items = queries.list(caller, filter, page * size, size).stream().map(EvidenceView::of).toList();
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(queries.count(caller, filter))).body(items);
    }

    @GetMapping("/api/evidence/items/{id}")
    ResponseEntity<EvidenceView> get(@PathVariable String id) {
        EvidenceItem item = lifecycle.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Evidence", id));
        return ResponseEntity.ok().eTag(Long.toString(item.version())).body(EvidenceView.of(item));
    }

    @PatchMapping("/api/evidence/items/{id}")
    ResponseEntity<EvidenceView> update(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody Changes changes) {
        EvidenceItem item = lifecycle.update(Callers.current(), id, version(ifMatch, changes.version()), new EvidenceDraft(changes.kind(),
                changes.title(), changes.description(), changes.effectiveDate(), changes.year(), changes.planRows(), changes.lkeQuestions()));
        return ResponseEntity.ok().eTag(Long.toString(item.version())).body(EvidenceView.of(item));
    }

    @DeleteMapping("/api/evidence/items/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        lifecycle.delete(Callers.current(), id, version(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/evidence/items/{id}/review")
    ResponseEntity<EvidenceView> review(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ReviewRequest request) {
        if (request.decision() == null) {
            throw Problems.invalid("decision", "one of ACCEPT, REJECT, REQUEST_CHANGES");
        }
        EvidenceItem item = lifecycle.review(Callers.current(), id, version(ifMatch, request.version()), request.decision(), request.reason(),
                request.fileVersion());
        return ResponseEntity.ok().eTag(Long.toString(item.version())).body(EvidenceView.of(item));
    }

    /** One decision for every item the filter finds (at most {@value #MAX_BULK}); each is reviewed and audited on its own. */
    @PostMapping("/api/evidence/reviews")
    EvidenceLifecycle.BulkReview reviewAll(@RequestBody BulkReviewRequest request) {
        if (request.filter() == null) {
            throw Problems.invalid("filter", "say which evidence: unitId, orgPath, year, quarter, kind, state, planRow, lkeQuestion or ids");
        }
        Bson filter = request.filter().toBson();
        if (filter == null) {
            throw Problems.invalid("filter", "an empty filter would review everything in your scope; name at least one criterion");
        }
        return lifecycle.reviewAll(Callers.current(), filter, request.decision(), request.reason(), MAX_BULK);
    }

    @GetMapping("/api/evidence/items/{id}/audit")
    List<AuditView> audit(@PathVariable String id) {
        EvidenceItem item = lifecycle.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Evidence", id));
        return item.audit().stream().map(entry -> new AuditView(item.id(), item.title(), entry.at(), entry.by(), entry.action(), entry.before(),
                entry.after())).toList();
    }

    /** Every action on a unit's evidence of a year, deleted items included, newest first. */
    @GetMapping("/api/evidence/audit")
    List<AuditView> unitAudit(@RequestParam String unitId, @RequestParam int year, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw Problems.invalid(page < 0 ? "page" : "size", page < 0 ? "0 or more" : "1-500");
        }
        List<AuditView> entries = new ArrayList<>();
        queries.forEachIncludingDeleted(Callers.current(), Filters.and(Filters.eq("unitId", unitId), Filters.eq("year", year)),
                item -> item.audit().forEach(entry -> entries.add(new AuditView(item.id(), item.title(), entry.at(), entry.by(), entry.action(),
                        entry.before(), entry.after()))));
        entries.sort((a, b) -> b.at().compareTo(a.at()));
        int from = Math.min(page * size, entries.size());
        return entries.subList(from, Math.min(from + size, entries.size()));
    }

    static Long version(String ifMatch, Long inBody) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return inBody;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw Problems.invalid("If-Match", "the ETag of the evidence as read, e.g. \"3\"");
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
