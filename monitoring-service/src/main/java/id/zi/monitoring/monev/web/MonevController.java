package id.zi.monitoring.monev.web;

import com.mongodb.client.model.Filters;
import id.zi.monitoring.evidence.EvidenceProjection;
import id.zi.monitoring.monev.Monev;
import id.zi.monitoring.monev.MonevLifecycle;
import id.zi.monitoring.monev.MonevStatus;
import id.zi.monitoring.orgunit.OrgUnitProjection;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import id.zi.platform.scope.OrgScope;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monev over HTTP: the unit's operator creates and fills it, the operator or head submits, a TPI evaluator
 * returns or approves; anyone whose scope holds the unit reads it and its report. Changes carry the version
 * read as {@code If-Match} and answer 412 instead of overwriting someone else's change.
 */
@RestController
@RequestMapping("/api/monitoring/monev")
class MonevController {

    static final int MAX_PAGE = 200;

    private final MonevLifecycle lifecycle;
    private final EvidenceProjection evidence;
    private final OrgUnitProjection units;

    MonevController(MonevLifecycle lifecycle, EvidenceProjection evidence, OrgUnitProjection units) {
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.units = units;
    }

    /** @param period e.g. 2026-Q1, or 2026-S1 for a unit that holds its monev per semester; the current one when left out */
    record CreateRequest(@Nullable String unitId, @Nullable String period) {
    }

    record EditRequest(@Nullable List<Monev.RowReport> rows, @Nullable List<Monev.FollowUpReport> followUps) {
    }

    record ReturnRequest(@Nullable String notes, @Nullable List<Monev.RecommendationDraft> recommendations) {
    }

    record ApproveRequest(@Nullable List<Monev.RecommendationDraft> recommendations) {
    }

    @PostMapping
    ResponseEntity<MonevView> create(@RequestBody CreateRequest request) {
        Monev monev = lifecycle.create(Callers.current(), request.unitId(), request.period());
        return ResponseEntity.created(URI.create("/api/monitoring/monev/" + monev.id())).eTag(Long.toString(monev.version())).body(view(monev));
    }

    @GetMapping
    ResponseEntity<List<MonevView.Line>> list(@RequestParam(required = false) String unitId, @RequestParam(required = false) String orgPath,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw Problems.invalid("page", "0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw Problems.invalid("size", "1-" + MAX_PAGE);
        }
        List<Bson> parts = new ArrayList<>();
        Bson filter = MonevLifecycle.filter(unitId, year, period, status == null ? null : parse(status));
        if (filter != null) {
            parts.add(filter);
        }
        if (orgPath != null) {
            try {
                parts.add(Filters.regex("orgPath", new OrgScope(orgPath).pathPattern()));
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("orgPath", "an org path such as /id/33/33.71");
            }
        }
        Bson all = parts.isEmpty() ? null : Filters.and(parts);
        Caller caller = Callers.current();
        List<MonevView.Line> lines = lifecycle.list(caller, all, page * size, size).stream().map(MonevView.Line::of).toList();
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(lifecycle.count(caller, all))).body(lines);
    }

    @GetMapping("/{id}")
    ResponseEntity<MonevView> get(@PathVariable String id) {
        Monev monev = lifecycle.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Monev", id));
        return ResponseEntity.ok().eTag(Long.toString(monev.version())).body(view(monev));
    }

    /** Rows and follow-ups named in the body are replaced; the others keep what they had. */
    @PutMapping("/{id}")
    ResponseEntity<MonevView> edit(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody EditRequest request) {
        Monev monev = lifecycle.edit(Callers.current(), id, version(ifMatch), request.rows() == null ? List.of() : request.rows(),
                request.followUps() == null ? List.of() : request.followUps());
        return ResponseEntity.ok().eTag(Long.toString(monev.version())).body(view(monev));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<MonevView> submit(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Monev monev = lifecycle.submit(Callers.current(), id, version(ifMatch));
        return ResponseEntity.ok().eTag(Long.toString(monev.version())).body(view(monev));
    }

    @PostMapping("/{id}/return")
    ResponseEntity<MonevView> returnToUnit(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ReturnRequest request) {
        Monev monev = lifecycle.returnToUnit(Callers.current(), id, version(ifMatch), request.notes(),
                request.recommendations() == null ? List.of() : request.recommendations());
        return ResponseEntity.ok().eTag(Long.toString(monev.version())).body(view(monev));
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<MonevView> approve(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) ApproveRequest request) {
        List<Monev.RecommendationDraft> recommendations = request == null || request.recommendations() == null ? List.of()
                : request.recommendations();
        Monev monev = lifecycle.approve(Callers.current(), id, version(ifMatch), recommendations);
        return ResponseEntity.ok().eTag(Long.toString(monev.version())).body(view(monev));
    }

    @GetMapping(path = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> report(@PathVariable String id) {
        Monev monev = lifecycle.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Monev", id));
        String unitName = units.find(monev.unitId()).map(unit -> unit.getString("name")).orElse(monev.unitId());
        byte[] pdf = MonevReportPdf.render(view(monev), unitName);
        String fileName = "monev-" + monev.unitId() + "-" + monev.period() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).eTag(Long.toString(monev.version()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private MonevView view(Monev monev) {
        return MonevView.of(monev, lifecycle.followUps(monev), evidence.ofPlan(monev.planId()));
    }

    /** The version from {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}; null when absent. */
    static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.valueOf(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw Problems.invalid("If-Match", "the ETag of the monev as read, e.g. \"3\"");
        }
    }

    private static MonevStatus parse(String status) {
        try {
            return MonevStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("status", "one of " + Arrays.toString(MonevStatus.values()));
        }
    }
}
