package id.zi.planning.plan.web;

import id.zi.planning.plan.ActionRow;
import id.zi.planning.plan.Approval;
import id.zi.planning.plan.PlanRevision;
import id.zi.planning.plan.PlanRuleViolation;
import id.zi.planning.plan.PlanStarts;
import id.zi.planning.plan.PlanStateConflict;
import id.zi.planning.plan.WorkPlan;
import id.zi.planning.plan.WorkPlanContent;
import id.zi.planning.plan.WorkPlanLifecycle;
import id.zi.planning.plan.ZiTeam;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Callers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * The units' yearly work plans. Every change takes the version the client read, as {@code If-Match} or
 * {@code version} in the body, and answers 412 instead of overwriting someone else's change.
 */
@RestController
@RequestMapping("/api/planning/plans")
@Validated
class WorkPlanController {

    private final WorkPlanLifecycle plans;
    private final PlanStarts starts;

    WorkPlanController(WorkPlanLifecycle plans, PlanStarts starts) {
        this.plans = plans;
        this.starts = starts;
    }

    /**
     * A new plan for {@code unitId} and {@code year}; the content may be given now or later with PUT, or the
     * draft may start from the template or from last year's plan ({@code startFrom}), but not both.
     */
    record CreatePlan(@NotBlank String unitId, @NotNull Integer year, PlanStarts.StartFrom startFrom, List<String> legalBasis, String purpose,
            List<String> targetPrioritas, ZiTeam team, LocalDate pencanangan, Integer paktaIntegritasCount, List<ActionRow> rows) {

        WorkPlanContent content() {
            return new WorkPlanContent(legalBasis, purpose, targetPrioritas, team, pencanangan, paktaIntegritasCount, rows);
        }

        boolean hasContent() {
            return legalBasis != null || purpose != null || targetPrioritas != null || team != null || pencanangan != null
                    || paktaIntegritasCount != null || rows != null;
        }
    }

    /** The whole editable content, replacing what was there. */
    record ReplaceContent(List<String> legalBasis, String purpose, List<String> targetPrioritas, ZiTeam team, LocalDate pencanangan,
            Integer paktaIntegritasCount, List<ActionRow> rows, Long version) {

        WorkPlanContent content() {
            return new WorkPlanContent(legalBasis, purpose, targetPrioritas, team, pencanangan, paktaIntegritasCount, rows);
        }
    }

    record Step(Long version) {
    }

    record ReturnPlan(String notes, Long version) {
    }

    record ApprovePlan(String skNumber, LocalDate date, String signatoryName, String rank, String nip, Long version) {
    }

    @PostMapping
    ResponseEntity<WorkPlanView> create(@Valid @RequestBody CreatePlan request) {
        WorkPlan plan;
        if (request.startFrom() == null) {
            plan = plans.create(Callers.current(), request.unitId(), request.year(), request.content());
        } else if (request.hasContent()) {
            throw Problems.invalid("startFrom", "start from " + request.startFrom() + " or send the content, not both");
        } else {
            plan = starts.start(Callers.current(), request.unitId(), request.year(), request.startFrom());
        }
        return ResponseEntity.created(URI.create("/api/planning/plans/" + plan.id())).eTag(Long.toString(plan.version()))
                .body(WorkPlanView.of(plan));
    }

    @GetMapping("/{id}")
    ResponseEntity<WorkPlanView> get(@PathVariable String id) {
        WorkPlan plan = plans.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Work plan", id));
        return ok(plan);
    }

    /** The plans the caller may see, by unit path then newest year first; {@code X-Total-Count} gives the whole count. */
    @GetMapping
    ResponseEntity<List<WorkPlanView.Summary>> list(@RequestParam(required = false) String unitId, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        WorkPlanLifecycle.Page result = plans.list(Callers.current(), unitId, year, page, size);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total()))
                .body(result.items().stream().map(WorkPlanView.Summary::of).toList());
    }

    @GetMapping("/{id}/revisions")
    List<PlanRevision> revisions(@PathVariable String id) {
        return plans.revisions(Callers.current(), id);
    }

    @PutMapping("/{id}")
    ResponseEntity<WorkPlanView> replace(@PathVariable String id, @RequestBody ReplaceContent request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(plans.edit(Callers.current(), id, request.content(), expectedVersion(ifMatch, request.version())));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<WorkPlanView> submit(@PathVariable String id, @RequestBody(required = false) Step request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(plans.submit(Callers.current(), id, expectedVersion(ifMatch, request == null ? null : request.version())));
    }

    @PostMapping("/{id}/return")
    ResponseEntity<WorkPlanView> returnForRework(@PathVariable String id, @RequestBody ReturnPlan request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(plans.returnForRework(Callers.current(), id, request.notes(), expectedVersion(ifMatch, request.version())));
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<WorkPlanView> approve(@PathVariable String id, @RequestBody ApprovePlan request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Approval approval = new Approval(request.skNumber(), request.date(), request.signatoryName(), request.rank(), request.nip());
        return ok(plans.approve(Callers.current(), id, approval, expectedVersion(ifMatch, request.version())));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<WorkPlanView> publish(@PathVariable String id, @RequestBody(required = false) Step request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(plans.publish(Callers.current(), id, expectedVersion(ifMatch, request == null ? null : request.version())));
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(PlanRuleViolation violation) {
        return ResponseEntity.badRequest().body(Problems.invalid(violation.field(), violation.getMessage()).getBody());
    }

    @ExceptionHandler(PlanStateConflict.class)
    ResponseEntity<ProblemDetail> stateConflict(PlanStateConflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.conflict(conflict.getMessage()).getBody());
    }

    private static ResponseEntity<WorkPlanView> ok(WorkPlan plan) {
        return ResponseEntity.ok().eTag(Long.toString(plan.version())).body(WorkPlanView.of(plan));
    }

    private static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw Problems.invalid("If-Match", "If-Match carries the plan's version, e.g. \"3\"");
            }
        }
        if (bodyVersion == null) {
            throw Problems.invalid("version", "send the version you read, as If-Match or in the body, so no change is overwritten");
        }
        return bodyVersion;
    }
}
