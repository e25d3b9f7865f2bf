package id.zi.planning.plan;

import com.mongodb.client.model.Filters;
import id.zi.planning.orgunit.OrgUnit;
import id.zi.planning.orgunit.OrgUnitKind;
import id.zi.planning.orgunit.OrgUnits;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.OrgScope;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.conversions.Bson;

/**
 * What the portal, evidence and monitoring ask of the plans: which action rows fall due in a month or a
 * quarter, and where every unit of a subtree stands with its plan. Both answer within the caller's scope.
 */
public class PlanQueries {

    /** Enough for a province at once; a national view narrows by subtree ({@code under}). */
    static final int MAX_PLANS = 5_000;

    private final WorkPlans plans;
    private final OrgUnits units;

    public PlanQueries(WorkPlans plans, OrgUnits units) {
        this.plans = plans;
        this.units = units;
    }

    /** One action row that falls due in the asked period, with what is needed to follow it up. */
    public record DueRow(String planId, String unitId, String orgPath, PlanStatus status, int revision, String rowId, Integer area,
            String indicatorRef, String indicator, String criterion, List<Integer> dueMonths, List<Integer> schedule, String pic,
            List<String> evidenceKinds) {
    }

    /**
     * The rows of the current revision of each visible plan of {@code year} scheduled in {@code months}.
     *
     * @param under an org unit id to narrow to its subtree, or null for the caller's whole scope
     */
    public List<DueRow> due(Caller caller, int year, Set<Integer> months, String under, Set<PlanStatus> statuses) {
        List<DueRow> due = new ArrayList<>();
        for (WorkPlan plan : plans.list(caller.readScope(), filter(caller, year, under, statuses), 0, MAX_PLANS)) {
            for (ActionRow row : plan.content().rows()) {
                if (row.schedule() == null) {
                    continue;
                }
                List<Integer> hit = row.schedule().stream().filter(months::contains).sorted().toList();
                if (!hit.isEmpty()) {
                    due.add(new DueRow(plan.id(), plan.unitId(), plan.orgPath(), plan.status(), plan.revision(), row.rowId(), row.area(),
                            row.indicatorRef(), row.indicator(), row.criterion(), hit, row.schedule(), row.pic(), row.evidenceKinds()));
                }
            }
        }
        return due;
    }

    /** Where one unit stands: its plan of the year, or none yet. */
    public record UnitPlanStatus(String unitId, String unitName, String orgPath, String planId, PlanStatus status, Integer revision,
            Integer rows) {
    }

    /**
     * @param byStatus how many units are at each status; units without a plan count under {@code none}
     */
    public record SubtreeStatus(int year, String scopePath, int units, Map<String, Integer> byStatus, List<UnitPlanStatus> unitsStatus) {
    }

    /** Every unit (kind UNIT) of the subtree the caller sees, with the status of its plan of {@code year}. */
    public SubtreeStatus status(Caller caller, int year, String under) {
        OrgScope scope = subtree(caller, under);
        List<OrgUnit> visibleUnits = units.list(scope, Filters.eq("kind", OrgUnitKind.UNIT.name()), 0, MAX_PLANS);
        Map<String, WorkPlan> planByUnit = plans.list(scope, Filters.eq("year", year), 0, MAX_PLANS).stream()
                .collect(Collectors.toMap(WorkPlan::unitId, Function.identity(), (a, b) -> a));
        Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
        int none = 0;
        List<UnitPlanStatus> rows = new ArrayList<>();
        for (OrgUnit unit : visibleUnits) {
            WorkPlan plan = planByUnit.get(unit.id());
            if (plan == null) {
                none++;
                rows.add(new UnitPlanStatus(unit.id(), unit.name(), unit.path(), null, null, null, null));
            } else {
                counts.merge(plan.status(), 1, Integer::sum);
                rows.add(new UnitPlanStatus(unit.id(), unit.name(), unit.path(), plan.id(), plan.status(), plan.revision(),
                        plan.content().rows().size()));
            }
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (PlanStatus status : PlanStatus.values()) {
            byStatus.put(status.name(), counts.getOrDefault(status, 0));
        }
        byStatus.put("none", none);
        return new SubtreeStatus(year, scope.rootPath(), visibleUnits.size(), byStatus, rows);
    }

    private Bson filter(Caller caller, int year, String under, Set<PlanStatus> statuses) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("year", year));
        if (under != null) {
            filters.add(Filters.regex("orgPath", subtree(caller, under).pathPattern()));
        }
        if (statuses != null && !statuses.isEmpty()) {
            filters.add(Filters.in("status", statuses.stream().map(Enum::name).toList()));
        }
        return Filters.and(filters);
    }

    /** The caller's scope, or the subtree of {@code under} within it; 404 when that unit is not visible. */
    private OrgScope subtree(Caller caller, String under) {
        if (under == null) {
            return caller.readScope();
        }
        return units.find(caller.readScope(), under).map(unit -> new OrgScope(unit.path()))
                .orElseThrow(() -> Problems.notFound("Unit", under));
    }

    /** The months of a quarter (1–4) or the single month asked for. */
    public static Set<Integer> period(Integer month, Integer quarter) {
        if ((month == null) == (quarter == null)) {
            throw Problems.invalid(month == null ? "month" : "quarter", "ask for one month (1-12) or one quarter (1-4)");
        }
        if (month != null) {
            if (month < 1 || month > 12) {
                throw Problems.invalid("month", "a month is 1-12");
            }
            return Set.of(month);
        }
        if (quarter < 1 || quarter > 4) {
            throw Problems.invalid("quarter", "a quarter is 1-4");
        }
        Set<Integer> months = new TreeSet<>();
        for (int m = (quarter - 1) * 3 + 1; m <= quarter * 3; m++) {
            months.add(m);
        }
        return months;
    }
}
