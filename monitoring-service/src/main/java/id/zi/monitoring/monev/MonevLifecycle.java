package id.zi.monitoring.monev;

import com.mongodb.client.model.Filters;
import id.zi.monitoring.plan.PlanCopy;
import id.zi.monitoring.plan.PlanProjection;
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
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Everything that changes a monev: the unit's operator creates it from the plan rows due and reports on
 * them; the operator or head submits it; a TPI evaluator of the unit's instansi returns or approves it. Each
 * step that others care about writes its event in the same single-document update.
 */
public class MonevLifecycle {

    public static final String UNIT_OPERATOR = "unit-operator";
    public static final String UNIT_HEAD = "unit-head";
    public static final String TPI_EVALUATOR = "tpi-evaluator";
    /** Indonesia's western time: a period begins on the day the unit sees on its calendar, not in UTC. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final MonevStore store;
    private final MonevSettings settings;
    private final PlanProjection plans;
    private final EventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public MonevLifecycle(MonevStore store, MonevSettings settings, PlanProjection plans, EventFactory events, OutboxRelay relay,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.plans = plans;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public Optional<Monev> get(Caller caller, String id) {
        return store.find(caller.readScope(), id);
    }

    public List<Monev> list(Caller caller, @Nullable Bson filter, int skip, int limit) {
        return store.list(caller.readScope(), filter, skip, limit);
    }

    public long count(Caller caller, @Nullable Bson filter) {
        return store.count(caller.readScope(), filter);
    }

    /** The recommendations of earlier periods {@code monev} follows up, as they stand now. */
    public List<FollowUps.Item> followUps(Monev monev) {
        return FollowUps.of(monev, store.ofUnit(monev.unitId()));
    }

    /**
     * A new monev of the caller's unit for {@code periodText} (the current period when null), pre-filled with
     * every row of the unit's plan of that year that has a step due by the period's end.
     */
    public Monev create(Caller caller, @Nullable String unitId, @Nullable String periodText) {
        if (unitId == null || unitId.isBlank()) {
            throw new MonevRuleViolation("unitId", "name the unit whose monev this is");
        }
        if (!caller.hasRole(UNIT_OPERATOR)) {
            throw Problems.forbidden("Only the unit's operator creates its monev");
        }
        if (!unitId.equals(caller.unitId()) || caller.writeScope() == null) {
            throw Problems.notFound("Unit", unitId);
        }
        MonevPeriod.Cadence cadence = settings.of(unitId).cadence();
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        MonevPeriod period = periodText == null ? MonevPeriod.of(today, cadence) : MonevPeriod.parse(periodText);
        if (period.cadence() != cadence) {
            throw new MonevRuleViolation("period", "unit " + unitId + " holds its monev per " + cadence.name().toLowerCase() + ", so name a "
                    + cadence.name().toLowerCase() + " such as " + MonevPeriod.of(period.end(), cadence).key() + ", not " + period.key());
        }
        if (period.start().isAfter(today)) {
            throw new MonevRuleViolation("period", period.key() + " has not begun yet (it starts " + period.start() + ")");
        }
        List<Monev> unitMonevs = store.ofUnit(unitId);
        for (Monev other : unitMonevs) {
            if (other.span().overlaps(period)) {
                throw new MonevConflict("period", other.span().equals(period) ? "Unit " + unitId + " already has monev " + other.id()
                        : "Monev " + other.id() + " already covers part of " + period.key());
            }
        }
        PlanCopy plan = plans.find(PlanCopy.idOf(unitId, period.year())).orElseThrow(() -> new MonevConflict("period",
                "No work plan of " + period.year() + " is known for unit " + unitId + " yet; the monev starts from its rows"));
        List<MonevRow> rowsDue = plan.rows().stream().filter(row -> period.due(row.schedule()))
                .map(row -> MonevRow.due(row.rowId(), row.area(), row.indicatorRef(), row.indicator(), row.schedule(), row.evidenceKinds()))
                .toList();
        Instant now = clock.instant();
        String orgPath = caller.writeScope().rootPath();
        Monev monev = Monev.create(unitId, orgPath, period, plan.planId(), plan.revision(), rowsDue, caller.username(), now);
        List<FollowUps.Item> followUps = FollowUps.of(monev, unitMonevs);
        PendingEvent created = event("created", monev, MonevEvents.Payload.of(monev, FollowUps.stillOpen(monev, followUps), now));
        if (!store.insert(caller.writeScope(), monev, List.of(created))) {
            throw new MonevConflict("period", "Unit " + unitId + " already has monev " + monev.id());
        }
        relay.wakeUp();
        return monev;
    }

    /** The unit's reports on rows and on earlier recommendations; needs the version the operator read. */
    public Monev edit(Caller caller, String id, @Nullable Long expectedVersion, List<Monev.RowReport> rows,
            List<Monev.FollowUpReport> followUps) {
        Monev monev = get(caller, id).orElseThrow(() -> Problems.notFound("Monev", id));
        if (!caller.hasRole(UNIT_OPERATOR) || !caller.canWrite(monev.orgPath())) {
            throw Problems.forbidden("Only the operator of unit " + monev.unitId() + " reports in its monev");
        }
        requireVersion(monev, expectedVersion, true);
        Monev edited = monev.edit(rows, followUps, FollowUps.ids(followUps(monev)), caller.username(), clock.instant());
        save(monev, edited, List.of());
        return edited;
    }

    public Monev submit(Caller caller, String id, @Nullable Long expectedVersion) {
        Monev monev = get(caller, id).orElseThrow(() -> Problems.notFound("Monev", id));
        if (!(caller.hasRole(UNIT_OPERATOR) || caller.hasRole(UNIT_HEAD)) || !caller.canWrite(monev.orgPath())) {
            throw Problems.forbidden("Only the operator or head of unit " + monev.unitId() + " submits its monev");
        }
        requireVersion(monev, expectedVersion, false);
        List<FollowUps.Item> items = followUps(monev);
        Instant now = clock.instant();
        Monev submitted = monev.submit(FollowUps.ids(items), caller.username(), now);
        save(monev, submitted, List.of(event("submitted", submitted, MonevEvents.Payload.of(submitted,
                FollowUps.stillOpen(submitted, items), now))));
        return submitted;
    }

    public Monev returnToUnit(Caller caller, String id, @Nullable Long expectedVersion, @Nullable String notes,
            List<Monev.RecommendationDraft> recommendations) {
        Monev monev = evaluable(caller, id);
        requireVersion(monev, expectedVersion, false);
        Instant now = clock.instant();
        Monev returned = monev.returnToUnit(notes, recommendations, caller.username(), now);
        List<FollowUps.Item> items = followUps(returned);
        MonevEvents.Payload payload = MonevEvents.Payload.of(returned, FollowUps.stillOpen(returned, items), now)
                .returned(returned.returnNotes(), given(monev, returned));
        save(monev, returned, List.of(event("returned", returned, payload)));
        return returned;
    }

    public Monev approve(Caller caller, String id, @Nullable Long expectedVersion, List<Monev.RecommendationDraft> recommendations) {
        Monev monev = evaluable(caller, id);
        requireVersion(monev, expectedVersion, false);
        Instant now = clock.instant();
        Monev approved = monev.approve(recommendations, caller.username(), now);
        List<FollowUps.Item> items = followUps(approved);
        MonevEvents.Payload payload = MonevEvents.Payload.of(approved, FollowUps.stillOpen(approved, items), now)
                .approved(given(monev, approved), FollowUps.closedBy(approved, items));
        save(monev, approved, List.of(event("approved", approved, payload)));
        return approved;
    }

    /** Files the unit's monevs under its new path when it moves in the tree, so the new instansi's TPI sees them. */
    public void moved(String oldPath, String newPath) {
        for (Monev monev : store.under(oldPath)) {
            Monev moved = monev.movedTo(newPath + monev.orgPath().substring(oldPath.length()));
            store.update(moved, monev.version(), List.of());
        }
        settings.restamp(oldPath, newPath);
    }

    /** The recommendations the step added. */
    private static List<MonevEvents.Given> given(Monev before, Monev after) {
        return after.recommendations().subList(before.recommendations().size(), after.recommendations().size()).stream()
                .map(MonevEvents.Given::of).toList();
    }

    private Monev evaluable(Caller caller, String id) {
        Monev monev = get(caller, id).orElseThrow(() -> Problems.notFound("Monev", id));
        if (!caller.hasRole(TPI_EVALUATOR)) {
            throw Problems.forbidden("Only a TPI evaluator of unit " + monev.unitId() + "'s instansi returns or approves its monev");
        }
        return monev;
    }

    private static void requireVersion(Monev monev, @Nullable Long expectedVersion, boolean required) {
        if (expectedVersion == null && required) {
            ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_REQUIRED, "version-required", "Version required",
                    "Send the monev's version as read (its ETag) in If-Match, so nobody's report is overwritten unseen");
            problem.setProperty("field", "If-Match");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        if (expectedVersion != null && expectedVersion != monev.version()) {
            throw Problems.preconditionFailed("Monev " + monev.id() + " is at version " + monev.version() + ", not " + expectedVersion
                    + "; reload it and try again");
        }
    }

    private void save(Monev before, Monev after, List<PendingEvent> pending) {
        if (!store.update(after, before.version(), pending)) {
            throw Problems.preconditionFailed("Monev " + before.id() + " changed meanwhile; reload it and try again");
        }
        if (!pending.isEmpty()) {
            relay.wakeUp();
        }
    }

    private PendingEvent event(String name, Monev monev, MonevEvents.Payload payload) {
        return events.create("monev", name, monev.id(), monev.unitId(), monev.orgPath(), monev.sequence(), payload);
    }

    /** A filter of the monev list; every part optional, always within the caller's scope. */
    public static @Nullable Bson filter(@Nullable String unitId, @Nullable Integer year, @Nullable String period, @Nullable MonevStatus status) {
        List<Bson> parts = new ArrayList<>();
        if (unitId != null) {
            parts.add(Filters.eq("unitId", unitId));
        }
        if (year != null) {
            parts.add(Filters.eq("year", year));
        }
        if (period != null) {
            parts.add(Filters.eq("period", MonevPeriod.parse(period).key()));
        }
        if (status != null) {
            parts.add(Filters.eq("status", status.name()));
        }
        return parts.isEmpty() ? null : Filters.and(parts);
    }
}
