package id.zi.planning.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A node of the org directory with its materialized path and ancestors, so a subtree is one prefix match.
 * The aggregate guards its own rules; persistence and events live outside it.
 *
 * @param version  optimistic-concurrency version seen by clients (ETag)
 * @param sequence last event sequence of this aggregate ({@code ce_sequence})
 */
public record OrgUnit(String id, String code, String name, OrgUnitKind kind, String parentId, String path, List<String> ancestors,
        String instansiId, long version, long sequence, List<Placement> placements) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,63}");
    public static final int MAX_NAME = 200;

    public OrgUnit {
        Objects.requireNonNull(id, "id");
        ancestors = List.copyOf(ancestors);
        placements = List.copyOf(placements);
    }

    public static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new OrgRuleViolation("id", "an id is 1-64 characters of a-z, 0-9, '.' and '-', starting with a letter or digit");
        }
    }

    public static String checkName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new OrgRuleViolation("name", "a name is 1-" + MAX_NAME + " printable characters");
        }
        return trimmed;
    }

    /** The national root: the only node without a parent. */
    public static OrgUnit root(String id, String code, String name, LocalDate from) {
        checkId(id);
        return new OrgUnit(id, code, checkName(name), OrgUnitKind.NATIONAL, null, "/" + id, List.of(), null, 1, 1,
                List.of(new Placement(null, "/" + id, from, null)));
    }

    /** A new node under {@code parent}; its instansi is the nearest government at or above the parent. */
    public static OrgUnit under(OrgUnit parent, String id, String code, String name, OrgUnitKind kind, LocalDate from) {
        checkId(id);
        if (kind == OrgUnitKind.NATIONAL) {
            throw new OrgRuleViolation("kind", "there is only one national root");
        }
        checkParent(kind, parent);
        String path = parent.path + "/" + id;
        List<String> ancestors = new ArrayList<>(parent.ancestors);
        ancestors.add(parent.id);
        return new OrgUnit(id, code, checkName(name), kind, parent.id, path, ancestors, instansiFor(kind, id, parent), 1, 1,
                List.of(new Placement(parent.id, path, from, null)));
    }

    private static void checkParent(OrgUnitKind kind, OrgUnit parent) {
        if (!kind.allowedParents().contains(parent.kind)) {
            throw new OrgRuleViolation("parentId", "a " + kind + " cannot be placed under a " + parent.kind + " (" + parent.id + ")");
        }
    }

    private static String instansiFor(OrgUnitKind kind, String id, OrgUnit parent) {
        if (kind.isInstansi()) {
            return id;
        }
        return parent.kind.isInstansi() ? parent.id : parent.instansiId;
    }

    public OrgUnit rename(String newName) {
        return new OrgUnit(id, code, checkName(newName), kind, parentId, path, ancestors, instansiId, version + 1, sequence + 1, placements);
    }

    /**
     * Moves this node under {@code newParent} as of {@code effectiveFrom}, which is today or an earlier day
     * (a move recorded late). The current placement closes the day before, so periods that ended before
     * the move are still counted under the old parent. A move never takes effect in the future: the path
     * is what scopes access, and it must not change before the move is real.
     */
    public OrgUnit moveTo(OrgUnit newParent, LocalDate effectiveFrom, LocalDate today) {
        if (kind == OrgUnitKind.NATIONAL) {
            throw new OrgRuleViolation("id", "the national root cannot move");
        }
        if (newParent.id.equals(id) || newParent.ancestors.contains(id)) {
            throw new OrgRuleViolation("parentId", "a unit cannot move under itself or its own descendants");
        }
        if (newParent.id.equals(parentId)) {
            throw new OrgRuleViolation("parentId", id + " is already under " + newParent.id);
        }
        checkParent(kind, newParent);
        if (effectiveFrom.isAfter(today)) {
            throw new OrgRuleViolation("effectiveFrom", "a move is recorded on or after the day it takes effect, not before (" + today + ")");
        }
        String newPath = newParent.path + "/" + id;
        List<String> newAncestors = new ArrayList<>(newParent.ancestors);
        newAncestors.add(newParent.id);
        return new OrgUnit(id, code, name, kind, newParent.id, newPath, newAncestors, instansiFor(kind, id, newParent), version + 1,
                sequence + 1, replaceCurrentPlacement(newParent.id, newPath, effectiveFrom));
    }

    /** The history with the current placement closed the day before {@code from}, and a new one from then. */
    private List<Placement> replaceCurrentPlacement(String newParentId, String newPath, LocalDate from) {
        Placement current = placements.get(placements.size() - 1);
        if (from.isBefore(current.from())) {
            throw new OrgRuleViolation("effectiveFrom", "the unit's current placement began on " + current.from() + "; a move cannot precede it");
        }
        List<Placement> history = new ArrayList<>(placements.subList(0, placements.size() - 1));
        if (from.isAfter(current.from())) {
            history.add(new Placement(current.parentId(), current.path(), current.from(), from.minusDays(1)));
        }
        history.add(new Placement(newParentId, newPath, from, null));
        return history;
    }

    /** Re-derives path and ancestors from a parent that has moved (descendants follow their ancestor). */
    public OrgUnit followParent(OrgUnit parent, LocalDate effectiveFrom) {
        String newPath = parent.path + "/" + id;
        if (newPath.equals(path)) {
            return this;
        }
        List<String> newAncestors = new ArrayList<>(parent.ancestors);
        newAncestors.add(parent.id);
        LocalDate from = effectiveFrom.isBefore(placements.get(placements.size() - 1).from())
                ? placements.get(placements.size() - 1).from() : effectiveFrom;
        return new OrgUnit(id, code, name, kind, parentId, newPath, newAncestors, instansiFor(kind, id, parent), version + 1, sequence + 1,
                replaceCurrentPlacement(parent.id, newPath, from));
    }

    /** The path this unit had on a given day, for roll-ups of closed periods. */
    public String pathOn(LocalDate day) {
        return placements.stream().filter(p -> p.covers(day)).map(Placement::path).findFirst().orElse(path);
    }
}
