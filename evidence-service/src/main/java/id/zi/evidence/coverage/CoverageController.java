package id.zi.evidence.coverage;

import com.mongodb.client.model.Filters;
import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.EvidenceQueries;
import id.zi.evidence.plan.PlanCopy;
import id.zi.evidence.plan.PlanProjection;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import id.zi.platform.scope.OrgScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Evidence coverage of the plans, per unit with every row, and per subtree with one summary per unit. */
@RestController
class CoverageController {

    private final PlanProjection plans;
    private final EvidenceQueries evidence;

    CoverageController(PlanProjection plans, EvidenceQueries evidence) {
        this.plans = plans;
        this.evidence = evidence;
    }

    record UnitSummary(String unitId, String orgPath, String planId, String planStatus, Coverage.Summary summary) {
    }

    record SubtreeCoverage(String orgPath, int year, int units, Coverage.Summary total, List<UnitSummary> perUnit) {
    }

    @GetMapping("/api/evidence/coverage/units/{unitId}/years/{year}")
    Coverage.UnitCoverage unit(@PathVariable String unitId, @PathVariable int year) {
        Caller caller = Callers.current();
        PlanCopy plan = plans.find(PlanCopy.idOf(unitId, year)).filter(p -> caller.canSee(p.orgPath()))
                .orElseThrow(() -> Problems.notFound("Work plan", PlanCopy.idOf(unitId, year)));
        List<EvidenceItem> items = new ArrayList<>();
        evidence.forEach(caller, Filters.and(Filters.eq("unitId", unitId), Filters.eq("year", year)), items::add);
        return Coverage.of(plan, items);
    }

    /** Every unit with a plan for {@code year} under {@code orgPath} (default: the caller's whole scope). */
    @GetMapping("/api/evidence/coverage")
    SubtreeCoverage subtree(@RequestParam(required = false) String orgPath, @RequestParam int year) {
        Caller caller = Callers.current();
        OrgScope scope = caller.readScope();
        if (orgPath != null) {
            OrgScope asked;
            try {
                asked = new OrgScope(orgPath);
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("orgPath", "an org path such as /id/33/33.71");
            }
            if (scope.contains(asked)) {
                scope = asked;
            } else if (!asked.contains(scope)) {
                throw Problems.notFound("Org subtree", orgPath);
            }
        }
        Map<String, List<EvidenceItem>> byUnit = new HashMap<>();
        evidence.forEach(caller, Filters.and(Filters.regex("orgPath", scope.pathPattern()), Filters.eq("year", year)),
                item -> byUnit.computeIfAbsent(item.unitId(), k -> new ArrayList<>()).add(item));
        List<Coverage.RowCoverage> allRows = new ArrayList<>();
        List<UnitSummary> perUnit = new ArrayList<>();
        for (PlanCopy plan : plans.inSubtree(scope.rootPath(), year)) {
            Coverage.UnitCoverage unit = Coverage.of(plan, byUnit.getOrDefault(plan.unitId(), List.of()));
            allRows.addAll(unit.rows());
            perUnit.add(new UnitSummary(plan.unitId(), plan.orgPath(), plan.planId(), plan.status(), unit.summary()));
        }
        perUnit.sort(Comparator.comparing(UnitSummary::orgPath));
        return new SubtreeCoverage(scope.rootPath(), year, perUnit.size(), Coverage.Summary.of(allRows), perUnit);
    }
}
