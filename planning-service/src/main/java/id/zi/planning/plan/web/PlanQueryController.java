package id.zi.planning.plan.web;

import id.zi.planning.plan.PlanQueries;
import id.zi.planning.plan.PlanStatus;
import id.zi.platform.scope.Callers;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Questions across plans: rows due in a period, and plan status across a subtree, within the caller's scope. */
@RestController
@RequestMapping("/api/planning/plans")
class PlanQueryController {

    private final PlanQueries queries;

    PlanQueryController(PlanQueries queries) {
        this.queries = queries;
    }

    /** {@code ?year=2024&month=3} or {@code ?year=2024&quarter=1}, optionally {@code under=<unit id>} and {@code status=APPROVED,PUBLISHED}. */
    @GetMapping("/due")
    List<PlanQueries.DueRow> due(@RequestParam int year, @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Integer quarter, @RequestParam(required = false) String under,
            @RequestParam(required = false) Set<PlanStatus> status) {
        return queries.due(Callers.current(), year, PlanQueries.period(month, quarter), under, status);
    }

    /** Every unit of the subtree with the status of its plan of the year; units without one count as {@code none}. */
    @GetMapping("/status")
    PlanQueries.SubtreeStatus status(@RequestParam int year, @RequestParam(required = false) String under) {
        return queries.status(Callers.current(), year, under);
    }
}
