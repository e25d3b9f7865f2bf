package id.zi.planning.orgunit;

import com.mongodb.client.model.Filters;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxRelay;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The org directory's use cases. Reads are limited to the caller's visible subtree; changes are for
 * platform admins and publish {@code zi.planning.orgunit.v1} events through each node's outbox.
 */
public class OrgDirectory {

    private static final Logger log = LoggerFactory.getLogger(OrgDirectory.class);
    /** Periods and deadlines are reckoned in Indonesian western time, where most units are. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final OrgUnits units;
    private final EventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    private final List<UnitPathListener> pathListeners;

    public OrgDirectory(OrgUnits units, EventFactory events, OutboxRelay relay, Clock clock, List<UnitPathListener> pathListeners) {
        this.units = units;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.pathListeners = List.copyOf(pathListeners);
    }

    private void pathChanged(OrgUnit unit) {
        pathListeners.forEach(listener -> listener.pathChanged(unit.id(), unit.path()));
    }

    public Optional<OrgUnit> get(Caller caller, String id) {
        return units.find(caller.readScope(), id);
    }

    public Page list(Caller caller, OrgUnitKind kind, String under, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (kind != null) {
            filters.add(Filters.eq("kind", kind.name()));
        }
        if (under != null) {
            filters.add(Filters.or(Filters.eq("_id", under), Filters.eq("ancestors", under)));
        }
        Bson filter = filters.isEmpty() ? null : Filters.and(filters);
        return new Page(units.list(caller.readScope(), filter, page * size, size), units.count(caller.readScope(), filter));
    }

    public record Page(List<OrgUnit> items, long total) {
    }

    public OrgUnit create(Caller caller, NewUnit request) {
        requireAdmin(caller);
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        OrgUnit unit;
        if (request.kind() == OrgUnitKind.NATIONAL) {
            if (!units.isEmpty()) {
                throw new OrgRuleViolation("kind", "the directory has its national root already");
            }
            unit = OrgUnit.root(request.id(), request.code(), request.name(), today);
        } else {
            if (request.parentId() == null) {
                throw new OrgRuleViolation("parentId", "a " + request.kind() + " needs a parent");
            }
            OrgUnit parent = units.find(caller.writeScope(), request.parentId())
                    .orElseThrow(() -> new OrgRuleViolation("parentId", "no unit " + request.parentId() + " in your scope"));
            String id = request.id() != null ? request.id() : parent.id() + "." + slug(request.name());
            unit = OrgUnit.under(parent, id, request.code(), request.name(), request.kind(), today);
        }
        units.insert(unit, event(unit, "created", new OrgUnitEvents.Created(unit.id(), unit.code(), unit.name(), unit.kind(),
                unit.parentId(), unit.path(), unit.ancestors(), unit.instansiId(), clock.instant())));
        if (unit.parentId() != null) {
            // The parent may have moved between our read and the insert: then the new unit follows it now.
            OrgUnit parentNow = units.findAny(unit.parentId()).orElseThrow();
            if (!unit.path().equals(parentNow.path() + "/" + unit.id())) {
                OrgUnit followed = unit.followParent(parentNow, today);
                if (units.update(followed, unit.version(), movedEvent(unit, followed, today))) {
                    unit = followed;
                    pathChanged(followed);
                }
            }
        }
        relay.wakeUp();
        log.info("org unit {} created at {} by {}", unit.id(), unit.path(), caller.username());
        return unit;
    }

    public record NewUnit(String id, String code, String name, OrgUnitKind kind, String parentId) {
    }

    public OrgUnit rename(Caller caller, String id, String newName, long expectedVersion) {
        requireAdmin(caller);
        OrgUnit current = units.find(caller.writeScope(), id).orElseThrow(() -> Problems.notFound("Unit", id));
        checkVersion(current, expectedVersion);
        OrgUnit renamed = current.rename(newName);
        save(renamed, current.version(), event(renamed, "renamed", new OrgUnitEvents.Renamed(renamed.id(), renamed.path(),
                renamed.ancestors(), current.name(), renamed.name(), clock.instant())));
        relay.wakeUp();
        return renamed;
    }

    /**
     * Moves a node and, after it, every descendant (each its own atomic update with its own event). Should
     * the process stop half-way, {@link #repairPaths()} completes the move on the next start.
     */
    public OrgUnit move(Caller caller, String id, String newParentId, LocalDate effectiveFrom, long expectedVersion) {
        requireAdmin(caller);
        OrgUnit current = units.find(caller.writeScope(), id).orElseThrow(() -> Problems.notFound("Unit", id));
        checkVersion(current, expectedVersion);
        OrgUnit parent = units.find(caller.writeScope(), newParentId)
                .orElseThrow(() -> new OrgRuleViolation("parentId", "no unit " + newParentId + " in your scope"));
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        LocalDate from = effectiveFrom != null ? effectiveFrom : today;
        OrgUnit moved = current.moveTo(parent, from, today);
        save(moved, current.version(), movedEvent(current, moved, from));
        pathChanged(moved);
        int followers = moveDescendants(moved, from);
        relay.wakeUp();
        log.info("org unit {} moved from {} to {} ({} descendants followed) by {}", id, current.path(), moved.path(), followers,
                caller.username());
        return moved;
    }

    /**
     * Brings every descendant under the moved root. The root is committed already, so this never gives up
     * on a concurrent change: it re-reads the descendant and tries again. Should the process stop
     * half-way, {@link #repairPaths()} finishes the work.
     */
    private int moveDescendants(OrgUnit root, LocalDate from) {
        int moved = 0;
        Map<String, OrgUnit> parents = new HashMap<>();
        parents.put(root.id(), root);
        for (OrgUnit descendant : units.descendants(root.id())) {
            OrgUnit current = descendant;
            while (true) {
                OrgUnit parent = parents.computeIfAbsent(current.parentId(), id -> units.findAny(id).orElseThrow());
                OrgUnit followed = current.followParent(parent, from);
                if (followed == current) {
                    parents.put(current.id(), current);
                    break;
                }
                if (units.update(followed, current.version(), movedEvent(current, followed, from))) {
                    pathChanged(followed);
                    parents.put(followed.id(), followed);
                    moved++;
                    break;
                }
                current = units.findAny(current.id()).orElseThrow();
            }
        }
        return moved;
    }

    /**
     * Completes moves a stopped process left half-done: every node whose path does not continue its
     * parent's follows the parent. Idempotent; runs at start-up and then every few minutes.
     */
    @Scheduled(initialDelayString = "${zi.planning.path-repair-interval:5m}", fixedDelayString = "${zi.planning.path-repair-interval:5m}")
    public int repairPaths() {
        int repaired = 0;
        List<OrgUnit> all = units.allParentsFirst();
        Map<String, OrgUnit> byId = new HashMap<>();
        all.forEach(unit -> byId.put(unit.id(), unit));
        for (OrgUnit unit : all) {
            OrgUnit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
            if (parent != null && !unit.path().equals(parent.path() + "/" + unit.id())) {
                LocalDate from = LocalDate.now(clock.withZone(WIB));
                OrgUnit followed = unit.followParent(parent, from);
                if (units.update(followed, unit.version(), movedEvent(unit, followed, from))) {
                    pathChanged(followed);
                    byId.put(followed.id(), followed);
                    repaired++;
                }
            }
        }
        if (repaired > 0) {
            log.warn("completed an interrupted move: {} units followed their moved ancestor", repaired);
            relay.wakeUp();
        }
        return repaired;
    }

    private PendingEvent movedEvent(OrgUnit before, OrgUnit after, LocalDate from) {
        return event(after, "moved", new OrgUnitEvents.Moved(after.id(), before.parentId(), after.parentId(), before.path(), after.path(),
                after.ancestors(), after.instansiId(), from, clock.instant()));
    }

    private void save(OrgUnit unit, long expectedVersion, PendingEvent event) {
        if (!units.update(unit, expectedVersion, event)) {
            throw Problems.preconditionFailed("unit " + unit.id() + " changed since version " + expectedVersion + "; reload it");
        }
    }

    private static void checkVersion(OrgUnit current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw Problems.preconditionFailed("unit " + current.id() + " is at version " + current.version() + ", not " + expectedVersion);
        }
    }

    private PendingEvent event(OrgUnit unit, String name, Object payload) {
        return events.create("orgunit", name, unit.id(), unit.id(), unit.path(), unit.sequence(), payload);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isPlatformAdmin()) {
            throw Problems.forbidden("Only a platform admin may change the org directory");
        }
    }

    static String slug(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "unit" : slug.substring(0, Math.min(slug.length(), 40));
    }
}
