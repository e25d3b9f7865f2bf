package id.zi.planning.plan;

import id.zi.planning.orgunit.OrgUnit;
import id.zi.planning.orgunit.OrgUnits;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.OrgScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the work plans transcribed from the five seed documents ({@code demo/plans/<unitId>.json}) after
 * the demo org tree, through the lifecycle as the unit's own operator and head, so the demo's plans carry
 * real events and went through the same checks a unit's would. A plan that already exists is left alone.
 */
@Component
@ConditionalOnProperty(name = "zi.demo.enabled", havingValue = "true")
@Order(20)
class DemoWorkPlans implements ApplicationRunner {

    static final String LOCATION = "classpath*:demo/plans/*.json";

    private static final Logger log = LoggerFactory.getLogger(DemoWorkPlans.class);

    /**
     * One seed plan: its content, and how far the seed document went. {@code status} is DRAFT, SUBMITTED or
     * PUBLISHED; a PUBLISHED seed carries the {@code approval} block printed under its signature.
     */
    record DemoPlan(String unitId, Integer year, PlanStatus status, List<String> legalBasis, String purpose, List<String> targetPrioritas,
            ZiTeam team, LocalDate pencanangan, Integer paktaIntegritasCount, List<ActionRow> rows, Approval approval) {

        WorkPlanContent content() {
            return new WorkPlanContent(legalBasis, purpose, targetPrioritas, team, pencanangan, paktaIntegritasCount, rows);
        }
    }

    private final WorkPlanLifecycle lifecycle;
    private final OrgUnits units;
    private final JsonMapper json;

    DemoWorkPlans(WorkPlanLifecycle lifecycle, OrgUnits units, JsonMapper json) {
        this.lifecycle = lifecycle;
        this.units = units;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            DemoPlan seed;
            try (InputStream in = resource.getInputStream()) {
                seed = json.readValue(in, DemoPlan.class);
            }
            load(seed, resource.getFilename());
        }
    }

    private void load(DemoPlan seed, String file) {
        OrgUnit unit = units.findAny(seed.unitId())
                .orElseThrow(() -> new IllegalStateException(file + " names unit " + seed.unitId() + ", which the demo org tree lacks"));
        OrgScope own = new OrgScope(unit.path());
        Caller operator = new Caller("demo-operator." + unit.id(), Set.of(WorkPlanLifecycle.UNIT_OPERATOR), unit.id(), own, own);
        String id = WorkPlan.idOf(unit.id(), seed.year());
        if (lifecycle.get(operator, id).isPresent()) {
            return;
        }
        PlanStatus target = seed.status() == null ? PlanStatus.DRAFT : seed.status();
        WorkPlan plan = lifecycle.create(operator, unit.id(), seed.year(), seed.content());
        if (target != PlanStatus.DRAFT) {
            plan = lifecycle.submit(operator, id, plan.version());
        }
        if (target == PlanStatus.APPROVED || target == PlanStatus.PUBLISHED) {
            Caller head = new Caller("demo-head." + unit.id(), Set.of(WorkPlanLifecycle.UNIT_HEAD), unit.id(), own, own);
            plan = lifecycle.approve(head, id, seed.approval(), plan.version());
            if (target == PlanStatus.PUBLISHED) {
                plan = lifecycle.publish(head, id, plan.version());
            }
        }
        log.info("demo work plan {} loaded from {}: {} rows, {}", id, file, plan.content().rows().size(), plan.status());
    }
}
