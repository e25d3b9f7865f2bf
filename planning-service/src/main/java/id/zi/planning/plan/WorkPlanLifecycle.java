package id.zi.planning.plan;

import com.mongodb.client.model.Filters;
import id.zi.planning.orgunit.OrgUnit;
import id.zi.planning.orgunit.OrgUnitKind;
import id.zi.planning.orgunit.OrgUnits;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxRelay;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work plan's use cases. The unit team (operator or head) writes and submits its own unit's plan, the
 * TPI whose scope holds the unit returns it with notes, the head approves and publishes it. Every change
 * publishes its {@code zi.planning.plan.v1} events through the plan's own outbox.
 */
public class WorkPlanLifecycle {

    public static final String UNIT_OPERATOR = "unit-operator";
    public static final String UNIT_HEAD = "unit-head";
    public static final String TPI_EVALUATOR = "tpi-evaluator";

    private static final Logger log = LoggerFactory.getLogger(WorkPlanLifecycle.class);
    /** Plan years and approval dates are reckoned in Indonesian western time, where most units are. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final WorkPlans plans;
    private final OrgUnits units;
    private final LkeIndicators indicators;
    private final EventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public WorkPlanLifecycle(WorkPlans plans, OrgUnits units, LkeIndicators indicators, EventFactory events, OutboxRelay relay, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.indicators = indicators;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Optional<WorkPlan> get(Caller caller, String id) {
        return plans.find(caller.readScope(), id);
    }

    public Page list(Caller caller, String unitId, Integer year, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (unitId != null) {
            filters.add(Filters.eq("unitId", unitId));
        }
        if (year != null) {
            filters.add(Filters.eq("year", year));
        }
        Bson filter = filters.isEmpty() ? null : Filters.and(filters);
        return new Page(plans.list(caller.readScope(), filter, page * size, size), plans.count(caller.readScope(), filter));
    }

    public record Page(List<WorkPlan> items, long total) {
    }

    /** The signed revisions kept in the history, oldest first, then the current one. */
    public List<PlanRevision> revisions(Caller caller, String id) {
        WorkPlan plan = plans.find(caller.readScope(), id).orElseThrow(() -> Problems.notFound("Work plan", id));
        List<PlanRevision> all = new ArrayList<>(plan.history());
        all.add(new PlanRevision(plan.revision(), plan.status(), plan.content(), plan.approval(), plan.publishedAt(), null, null));
        return all;
    }

    public WorkPlan create(Caller caller, String unitId, int year, WorkPlanContent content) {
        requireAnyRole(caller, "create a work plan", UNIT_OPERATOR, UNIT_HEAD);
        // The path comes from the directory, never from the client: it is what every later read is scoped by.
        OrgUnit unit = units.findAny(unitId).filter(found -> caller.canSee(found.path()))
                .orElseThrow(() -> Problems.notFound("Unit", unitId));
        if (!caller.canWrite(unit.path())) {
            throw Problems.forbidden("You may write the work plan of your own unit only, not of " + unitId);
        }
        if (unit.kind() != OrgUnitKind.UNIT) {
            throw new PlanRuleViolation("unitId", unitId + " is a " + unit.kind() + "; work plans belong to units (OPD, satker)");
        }
        Instant now = clock.instant();
        WorkPlan plan = WorkPlan.draft(unit.id(), unit.path(), year, today().getYear(), content, indicators, caller.username(), now);
        List<PendingEvent> pending = new ArrayList<>();
        pending.add(event(plan, unit, pending, "created", new PlanEvents.Created(plan.id(), unit.id(), unit.path(), unit.ancestors(),
                unit.instansiId(), year, plan.revision(), plan.status(), plan.content().rows().size(), now)));
        if (!plan.content().rows().isEmpty()) {
            pending.add(rowsChanged(plan, unit, pending, now));
        }
        plan = plan.withEventsAppended(pending.size());
        plans.insert(caller.writeScope(), plan, pending);
        relay.wakeUp();
        log.info("work plan {} created by {}", plan.id(), caller.username());
        return plan;
    }

    /** Replaces the content; a change to a signed plan opens its next revision. */
    public WorkPlan edit(Caller caller, String id, WorkPlanContent content, long expectedVersion) {
        return change(caller, id, expectedVersion, "edit the work plan", true, new String[] {UNIT_OPERATOR, UNIT_HEAD},
                (plan, unit, now) -> {
                    WorkPlan edited = plan.edit(content, indicators, caller.username(), now);
                    List<PendingEvent> pending = new ArrayList<>();
                    if (edited.revision() != plan.revision()) {
                        pending.add(event(edited, unit, pending, "revised", new PlanEvents.Revised(edited.id(), unit.id(), unit.path(),
                                unit.ancestors(), unit.instansiId(), edited.year(), edited.revision(), edited.status(), plan.revision(),
                                plan.status(), now)));
                    }
                    if (!edited.content().rows().equals(plan.content().rows()) || edited.revision() != plan.revision()) {
                        pending.add(rowsChanged(edited, unit, pending, now));
                    }
                    return new Step(edited, pending);
                });
    }

    public WorkPlan submit(Caller caller, String id, long expectedVersion) {
        return change(caller, id, expectedVersion, "submit the work plan", true, new String[] {UNIT_OPERATOR, UNIT_HEAD},
                (plan, unit, now) -> {
                    WorkPlan submitted = plan.submit(caller.username(), now);
                    WorkPlanContent content = submitted.content();
                    return Step.of(submitted, event(submitted, unit, List.of(), "submitted", new PlanEvents.Submitted(submitted.id(),
                            unit.id(), unit.path(), unit.ancestors(), unit.instansiId(), submitted.year(), submitted.revision(),
                            submitted.status(), content.rows().size(), content.areas(), content.totalBudget(), now)));
                });
    }

    public WorkPlan returnForRework(Caller caller, String id, String notes, long expectedVersion) {
        // The TPI reviews the units it can see; it never writes their plans, so only the read scope matters.
        return change(caller, id, expectedVersion, "return a work plan", false, new String[] {TPI_EVALUATOR},
                (plan, unit, now) -> {
                    WorkPlan returned = plan.returnForRework(notes, caller.username(), now);
                    return Step.of(returned, event(returned, unit, List.of(), "returned", new PlanEvents.Returned(returned.id(), unit.id(),
                            unit.path(), unit.ancestors(), unit.instansiId(), returned.year(), returned.revision(), returned.status(),
                            returned.returnNotes(), now)));
                });
    }

    public WorkPlan approve(Caller caller, String id, Approval approval, long expectedVersion) {
        return change(caller, id, expectedVersion, "approve the work plan", true, new String[] {UNIT_HEAD},
                (plan, unit, now) -> {
                    WorkPlan approved = plan.approve(approval, today(), caller.username(), now);
                    return Step.of(approved, event(approved, unit, List.of(), "approved", new PlanEvents.Approved(approved.id(), unit.id(),
                            unit.path(), unit.ancestors(), unit.instansiId(), approved.year(), approved.revision(), approved.status(),
                            PlanEvents.Signature.of(approved.approval()), approved.content().rows().size(),
                            approved.content().totalBudget(), now)));
                });
    }

    public WorkPlan publish(Caller caller, String id, long expectedVersion) {
        return change(caller, id, expectedVersion, "publish the work plan", true, new String[] {UNIT_HEAD},
                (plan, unit, now) -> {
                    WorkPlan published = plan.publish(caller.username(), now);
                    return Step.of(published, event(published, unit, List.of(), "published", new PlanEvents.Published(published.id(),
                            unit.id(), unit.path(), unit.ancestors(), unit.instansiId(), published.year(), published.revision(),
                            published.status(), published.content().targetPrioritas(), published.content().rows().size(),
                            published.content().totalBudget(), now)));
                });
    }

    /** One step of the lifecycle: the plan after it and the events that report it, in order. */
    private record Step(WorkPlan plan, List<PendingEvent> events) {

        static Step of(WorkPlan plan, PendingEvent event) {
            return new Step(plan, List.of(event));
        }
    }

    @FunctionalInterface
    private interface Transition {
        Step apply(WorkPlan plan, OrgUnit unit, Instant now);
    }

    /**
     * Loads the plan within the caller's read scope (404 outside it), checks the role (403), the write
     * scope where the step writes for the unit (403), the version (412), then applies the step and saves
     * state and events in one update.
     */
    private WorkPlan change(Caller caller, String id, long expectedVersion, String action, boolean writesForUnit, String[] roles,
            Transition transition) {
        WorkPlan current = plans.find(caller.readScope(), id).orElseThrow(() -> Problems.notFound("Work plan", id));
        requireAnyRole(caller, action, roles);
        if (writesForUnit && !caller.canWrite(current.orgPath())) {
            throw Problems.forbidden("You may " + action + " of your own unit only");
        }
        if (current.version() != expectedVersion) {
            throw Problems.preconditionFailed("work plan " + id + " is at version " + current.version() + ", not " + expectedVersion);
        }
        OrgUnit unit = units.findAny(current.unitId())
                .orElseThrow(() -> new IllegalStateException("work plan " + id + " belongs to unit " + current.unitId() + ", which is gone"));
        Step step = transition.apply(current.at(unit.path()), unit, clock.instant());
        WorkPlan next = step.plan().withEventsAppended(step.events().size());
        if (!plans.update(next, expectedVersion, step.events())) {
            throw Problems.preconditionFailed("work plan " + id + " changed since version " + expectedVersion + "; reload it");
        }
        relay.wakeUp();
        log.info("work plan {} revision {} is {} (version {}) after {} by {}", id, next.revision(), next.status(), next.version(), action,
                caller.username());
        return next;
    }

    private PendingEvent rowsChanged(WorkPlan plan, OrgUnit unit, List<PendingEvent> before, Instant now) {
        return event(plan, unit, before, "rows-changed", new PlanEvents.RowsChanged(plan.id(), unit.id(), unit.path(), unit.ancestors(),
                unit.instansiId(), plan.year(), plan.revision(), plan.status(),
                plan.content().rows().stream().map(PlanEvents.Row::of).toList(), now));
    }

    /** The next event of the plan, after the ones of the same step already built. */
    private PendingEvent event(WorkPlan plan, OrgUnit unit, List<PendingEvent> before, String name, Object payload) {
        return events.create("plan", name, plan.id(), unit.id(), unit.path(), plan.sequence() + before.size() + 1, payload);
    }

    private static void requireAnyRole(Caller caller, String action, String... roles) {
        for (String role : roles) {
            if (caller.hasRole(role)) {
                return;
            }
        }
        throw Problems.forbidden("Only " + String.join(" or ", roles) + " may " + action);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WIB));
    }
}
