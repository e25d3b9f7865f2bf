package id.zi.monitoring.rollup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.zi.monitoring.rollup.Facts.Placement;
import id.zi.monitoring.rollup.Facts.Survey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every unit's facts in memory, per instance, so a roll-up walks only the units under its node in a path-sorted
 * array instead of asking the embedded MongoDB-protocol server, which scans every document for any query not by
 * {@code _id}. Loaded from MongoDB at start, then refreshed each interval with the units {@link FactChanges}
 * lists as changed, whichever instance's consumer wrote them; a new generation (a rebuild on any instance) makes
 * it seek its consumer to the beginning of the topics and reload.
 */
public class RollupIndex implements SmartLifecycle {

    /** How far back each refresh looks again, for writers whose clock is behind or whose slot write came late. */
    static final long LOOKBACK_SLOTS = 100;
    /** How far ahead, for writers whose clock is ahead. */
    static final long AHEAD_SLOTS = 20;
    /** Slots older than this are forgotten. */
    static final long KEEP_SLOTS = 36_000;
    private static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(RollupIndex.class);

    /**
     * A path-sorted snapshot; replaced as a whole, so a query sees one consistent state.
     *
     * @param children the direct child paths of every path that has some, sorted
     * @param totals   the totals of nodes with children, per year and period, as computed on this snapshot: a node's
     *                 totals are its own placements' and its children's, so a node without changes under it keeps
     *                 its totals into the next snapshot and a national roll-up adds up 38 provinces, not 25,000 units
     */
    private record Snapshot(String[] paths, Placement[] placements, Map<String, UnitEntry> units, Map<String, List<String>> children,
            Map<TotalsKey, RollupTotals> totals) {
    }

    private record TotalsKey(String path, int year, String period) {
    }

    private final MongoCollection<Document> facts;
    private final FactChanges changes;
    private final RollupControl control;
    private final UnitFactsProjection projection;
    private final Duration interval;
    private final Map<String, UnitEntry> units = new ConcurrentHashMap<>();
    private final Map<Long, Integer> seen = new HashMap<>();
    private volatile Snapshot snapshot = new Snapshot(new String[0], new Placement[0], Map.of(), Map.of(), new ConcurrentHashMap<>());
    private volatile boolean loaded;
    private volatile long refreshes;
    private ScheduledExecutorService executor;
    private long lastSlot;
    private long forgottenUpTo;

    RollupIndex(MongoDatabase database, FactChanges changes, RollupControl control, UnitFactsProjection projection, Duration interval) {
        this.facts = database.getCollection(UnitFactsProjection.COLLECTION);
        this.changes = changes;
        this.control = control;
        this.projection = projection;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rollup-index");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refreshSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    public boolean loaded() {
        return loaded;
    }

    /** Completed refreshes: a test waits for one more to know the index saw what MongoDB holds now. */
    public long refreshes() {
        return refreshes;
    }

    private void refreshSafely() {
        try {
            refresh();
            refreshes++;
        } catch (RuntimeException e) {
            // the next interval tries again; the index keeps serving what it has
            log.warn("roll-up index refresh failed: {}", e.toString());
        }
    }

    synchronized void refresh() {
        long stored = control.stored();
        if (!loaded || stored != control.generation()) {
            if (loaded) {
                log.info("roll-up read model generation {} -> {}: replaying the topics", control.generation(), stored);
                control.adopt(stored);
                projection.seekToBeginning();
            } else {
                control.adopt(stored);
            }
            fullLoad();
            return;
        }
        long now = changes.currentSlot();
        long from = Math.min(lastSlot, now) - LOOKBACK_SLOTS;
        Set<String> dirty = new LinkedHashSet<>();
        changes.read(from, now + AHEAD_SLOTS).forEach((slot, listed) -> {
            int before = seen.getOrDefault(slot, 0);
            if (listed.size() > before) {
                dirty.addAll(listed.subList(before, listed.size()));
                seen.put(slot, listed.size());
            }
        });
        seen.keySet().removeIf(slot -> slot < from);
        reload(dirty);
        lastSlot = now;
        if (now - KEEP_SLOTS > forgottenUpTo) {
            long upTo = Math.min(now - KEEP_SLOTS, forgottenUpTo + 600);
            changes.forget(forgottenUpTo + 1, upTo);
            forgottenUpTo = upTo;
        }
    }

    private void fullLoad() {
        long now = changes.currentSlot();
        // changes written while loading are read again by the next refresh
        lastSlot = now;
        seen.clear();
        if (!loaded) {
            forgottenUpTo = now - KEEP_SLOTS;
            changes.forgetBefore(forgottenUpTo);
        }
        units.clear();
        int count = 0;
        for (Document document : facts.find()) {
            units.put(document.getString("_id"), UnitEntry.parse(document));
            count++;
        }
        publish(null);
        loaded = true;
        log.info("roll-up index loaded {} units", count);
    }

    private void reload(Set<String> dirty) {
        if (dirty.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(dirty);
        // every node a changed unit counted at, before or after the change: their totals are computed again
        Set<String> changedPaths = new HashSet<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            Set<String> missing = new HashSet<>(chunk);
            for (Document document : facts.find(Filters.in("_id", chunk))) {
                String id = document.getString("_id");
                UnitEntry entry = UnitEntry.parse(document);
                withAncestors(units.get(id), changedPaths);
                withAncestors(entry, changedPaths);
                units.put(id, entry);
                missing.remove(id);
            }
            missing.forEach(id -> withAncestors(units.remove(id), changedPaths));
        }
        publish(changedPaths);
    }

    private static void withAncestors(UnitEntry unit, Set<String> paths) {
        if (unit == null) {
            return;
        }
        for (Placement placement : unit.placements()) {
            String path = placement.path();
            while (!path.isEmpty() && paths.add(path)) {
                path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
            }
        }
    }

    /** @param changedPaths the nodes whose totals no longer hold; null: none holds (a full load) */
    private void publish(Set<String> changedPaths) {
        List<Placement> all = new ArrayList<>(units.size() + 16);
        for (UnitEntry unit : units.values()) {
            all.addAll(unit.placements());
        }
        all.sort(Comparator.comparing(Placement::path).thenComparing(Placement::unitId));
        Placement[] placements = all.toArray(new Placement[0]);
        String[] paths = new String[placements.length];
        Map<String, Set<String>> children = new HashMap<>();
        for (int i = 0; i < placements.length; i++) {
            paths[i] = placements[i].path();
            if (i > 0 && paths[i].equals(paths[i - 1])) {
                continue;
            }
            String child = paths[i];
            for (int slash = child.lastIndexOf('/'); slash > 0; slash = child.lastIndexOf('/')) {
                String parent = child.substring(0, slash);
                if (!children.computeIfAbsent(parent, p -> new HashSet<>()).add(child)) {
                    break; // its ancestors know this branch already
                }
                child = parent;
            }
        }
        Map<String, List<String>> sorted = new HashMap<>();
        children.forEach((parent, kids) -> sorted.put(parent, kids.stream().sorted().toList()));
        Map<TotalsKey, RollupTotals> totals = new ConcurrentHashMap<>();
        if (changedPaths != null) {
            snapshot.totals().forEach((key, value) -> {
                if (!changedPaths.contains(key.path())) {
                    totals.put(key, value);
                }
            });
        }
        snapshot = new Snapshot(paths, placements, Map.copyOf(units), Map.copyOf(sorted), totals);
    }

    /** The placements at exactly {@code nodePath}. */
    private static void forEachAt(Snapshot snapshot, String nodePath, Consumer<Placement> action) {
        String[] paths = snapshot.paths();
        for (int i = lowerBound(paths, nodePath); i < paths.length && paths[i].equals(nodePath); i++) {
            action.accept(snapshot.placements()[i]);
        }
    }

    /**
     * The totals of the node at {@code nodePath} and everything under it: its own placements' added to its
     * children's, each child's taken from this snapshot's cache or computed (and cached) the same way. Leaves (a
     * unit's own path) are not cached: they are one or two placements.
     */
    private static RollupTotals totals(Snapshot snapshot, String nodePath, int year, String period) {
        List<String> kids = snapshot.children().get(nodePath);
        TotalsKey key = kids == null ? null : new TotalsKey(nodePath, year, period);
        if (key != null) {
            RollupTotals cached = snapshot.totals().get(key);
            if (cached != null) {
                return cached;
            }
        }
        RollupTotals totals = new RollupTotals(year, period);
        forEachAt(snapshot, nodePath, placement -> totals.add(placement, placement.plan(year) == null && planElsewhere(snapshot, placement, year)));
        if (kids != null) {
            for (String kid : kids) {
                totals.merge(totals(snapshot, kid, year, period));
            }
            snapshot.totals().put(key, totals);
        }
        return totals;
    }

    /** Walks the placements at {@code nodePath} and below it, and no others. */
    private static void forEachUnder(Snapshot snapshot, String nodePath, Consumer<Placement> action) {
        String[] paths = snapshot.paths();
        for (int i = lowerBound(paths, nodePath); i < paths.length && paths[i].equals(nodePath); i++) {
            action.accept(snapshot.placements()[i]);
        }
        // "/id/33.71" sorts between "/id/33" and "/id/33/…", so the subtree is its own contiguous range
        String prefix = nodePath + "/";
        for (int i = lowerBound(paths, prefix); i < paths.length && paths[i].startsWith(prefix); i++) {
            action.accept(snapshot.placements()[i]);
        }
    }

    private static int lowerBound(String[] paths, String key) {
        int found = Arrays.binarySearch(paths, key);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && paths[found - 1].equals(key)) {
            found--;
        }
        return found;
    }

    /** The roll-up of the node at {@code nodePath}, with the same for each direct child. */
    public RollupView rollup(String nodePath, int year, String period) {
        Snapshot current = snapshot;
        RollupTotals total = totals(current, nodePath, year, period);
        List<RollupView.Child> childViews = new ArrayList<>();
        for (String path : current.children().getOrDefault(nodePath, List.of())) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            UnitEntry node = current.units().get(id);
            childViews.add(new RollupView.Child(path, id, node == null ? null : node.name(), node == null ? null : node.kind(),
                    totals(current, path, year, period).summary()));
        }
        return new RollupView(nodePath, year, period, total.summary(), childViews);
    }

    private static boolean planElsewhere(Snapshot snapshot, Placement placement, int year) {
        UnitEntry unit = snapshot.units().get(placement.unitId());
        return unit != null && unit.planYears().contains(year);
    }

    /** What units are ranked by. */
    public enum RankBy {
        lkeTpi, lkeSelf, ikm, coverage, realisation
    }

    public List<RollupView.RankingRow> ranking(String nodePath, int year, String period, RankBy by, int limit) {
        Snapshot current = snapshot;
        List<Object[]> values = new ArrayList<>();
        forEachUnder(current, nodePath, placement -> {
            Double value = value(placement, year, period, by);
            if (value != null) {
                values.add(new Object[] {placement, value});
            }
        });
        values.sort(Comparator.<Object[]>comparingDouble(v -> -(Double) v[1]).thenComparing(v -> ((Placement) v[0]).unitId()));
        List<RollupView.RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, values.size()); i++) {
            Placement placement = (Placement) values.get(i)[0];
            UnitEntry unit = current.units().get(placement.unitId());
            rows.add(new RollupView.RankingRow(i + 1, placement.unitId(), unit == null ? null : unit.name(), placement.path(),
                    (Double) values.get(i)[1]));
        }
        return rows;
    }

    static Double value(Placement placement, int year, String period, RankBy by) {
        return switch (by) {
            case lkeTpi, lkeSelf -> {
                Facts.Lke lke = placement.lke(year, by == RankBy.lkeTpi ? "TPI" : "SELF");
                yield lke == null ? null : lke.total();
            }
            case coverage -> {
                Facts.Plan plan = placement.plan(year);
                yield plan == null || plan.coverage().required() == 0 ? null
                        : (double) plan.coverage().accepted() / plan.coverage().required();
            }
            case realisation -> {
                Facts.Monev monev = placement.monev(year, period);
                yield monev == null || monev.denominator() == 0 ? null : (double) monev.numerator() / monev.denominator();
            }
            case ikm -> {
                RollupTotals.SkmPool pool = new RollupTotals.SkmPool();
                for (Survey survey : placement.surveys()) {
                    if (survey.instrument().equals("SKM") && placement.surveyCounts(survey, year, period)) {
                        pool.add(survey);
                    }
                }
                yield pool.ikm();
            }
        };
    }

    /** One row per unit placement under the node with something to say about the year: what the export lists. */
    public List<ExportRow> rows(String nodePath, int year, String period) {
        Snapshot current = snapshot;
        List<ExportRow> rows = new ArrayList<>();
        forEachUnder(current, nodePath, placement -> {
            if (!placement.subject()) {
                return;
            }
            UnitEntry unit = current.units().get(placement.unitId());
            Facts.Plan plan = placement.plan(year);
            Facts.Lke self = placement.lke(year, "SELF");
            Facts.Lke tpi = placement.lke(year, "TPI");
            Facts.Monev monev = placement.monev(year, period);
            String status = plan != null ? plan.status() : placement.current() && !planElsewhere(current, placement, year) ? RollupTotals.NO_PLAN : null;
            if (status == null && self == null && tpi == null && monev == null && value(placement, year, period, RankBy.ikm) == null) {
                return;
            }
            RollupTotals single = new RollupTotals(year, period);
            single.add(placement, true);
            RollupView.Summary summary = single.summary();
            rows.add(new ExportRow(placement.unitId(), unit == null ? null : unit.name(), placement.path(), status,
                    plan == null ? Facts.Coverage.NONE : plan.coverage(), monev, self, tpi, summary.ikm().pooled(), summary.ipak().pooled(),
                    summary.ipkp().pooled()));
        });
        return rows;
    }

    record ExportRow(String unitId, String name, String orgPath, String planStatus, Facts.Coverage coverage, Facts.Monev monev,
            Facts.Lke self, Facts.Lke tpi, Double ikm, Double ipak, Double ipkp) {
    }

    // SmartLifecycle: start after the listener containers are set up, stop before them
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
