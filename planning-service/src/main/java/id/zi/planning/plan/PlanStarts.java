package id.zi.planning.plan;

import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a new plan's first draft comes from when the unit does not write it from scratch: the template of
 * PermenPANRB 90/2021 (one row per pengungkit sub-area, with the steps and evidence the seed plans use),
 * or the unit's own plan of the year before, which most units carry forward and adjust.
 */
@Component
public class PlanStarts {

    public static final String TEMPLATE = "plan-template/permenpanrb-90-2021.json";

    public enum StartFrom {
        TEMPLATE, PREVIOUS_YEAR
    }

    /** The template's content; its rows are checked against the LKE catalog when the plan is created. */
    record Template(String catalog, List<String> legalBasis, List<ActionRow> rows) {
    }

    private final WorkPlanLifecycle lifecycle;
    private final Template template;

    PlanStarts(WorkPlanLifecycle lifecycle, LkeIndicators indicators, JsonMapper json) {
        this.lifecycle = lifecycle;
        try (InputStream in = PlanStarts.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the class path");
            }
            this.template = json.readValue(in, Template.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A template written for another LKE would point its rows at nodes that mean something else.
        if (!indicators.catalogId().equals(template.catalog())) {
            throw new IllegalStateException(TEMPLATE + " follows LKE " + template.catalog() + ", not " + indicators.catalogId());
        }
    }

    /** Creates the plan of {@code unitId} for {@code year} as a DRAFT holding the chosen starting content. */
    public WorkPlan start(Caller caller, String unitId, int year, StartFrom from) {
        return lifecycle.create(caller, unitId, year, switch (from) {
            case TEMPLATE -> new WorkPlanContent(template.legalBasis(), null, List.of(), null, null, null, template.rows());
            case PREVIOUS_YEAR -> previousYear(caller, unitId, year);
        });
    }

    /**
     * Last year's current revision, whatever its status: a unit that never got its plan signed still
     * starts from what it wrote. Row ids are kept so next year's evidence can be compared row by row.
     */
    private WorkPlanContent previousYear(Caller caller, String unitId, int year) {
        String previousId = WorkPlan.idOf(unitId, year - 1);
        return lifecycle.get(caller, previousId).map(WorkPlan::content)
                .orElseThrow(() -> Problems.notFound("Work plan", previousId));
    }
}
