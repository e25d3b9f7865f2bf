package id.zi.portal.unit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.portal.unit.Templates;
import id.zi.portal.unit.UnitPages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlanPagesTest {

    private static final Locale ID = Locale.of("id");

    static JsonNode plan(String status) {
        return Templates.json("""
                {'id': '33.71.dpmptsp:2024', 'unitId': '33.71.dpmptsp', 'year': 2024, 'revision': 1, 'status': '%s', 'version': 7,
                 'updatedBy': 'operator.magelang', 'returnNotes': null,
                 'rows': [
                   {'rowId': 'R2', 'area': 2, 'indicatorRef': 'A.II.1.i', 'indicator': 'SOP', 'criterion': 'SOP disusun', 'actionSteps': ['Susun SOP'],
                    'evidenceKinds': ['SOP'], 'schedule': [4, 5], 'pic': 'Sekretaris', 'output': 'SOP'},
                   {'rowId': 'R1', 'area': 1, 'indicatorRef': 'A.I.1.i', 'indicator': 'Penyusunan Tim Kerja', 'criterion': 'Tim kerja dibentuk',
                    'actionSteps': ['Rapat', 'Terbitkan SK'], 'evidenceKinds': ['SK', 'NOTULEN', 'FOTO'], 'schedule': [1, 2, 3], 'pic': null}
                 ]}
                """.formatted(status));
    }

    @Test
    void rowsAreGroupedByAreaWithTwelveMonthCells() {
        PlanView view = PlanView.of(plan("DRAFT"), 7);

        assertThat(view.areas()).extracting(PlanView.Area::number).containsExactly(1, 2);
        PlanView.Row first = view.areas().getFirst().rows().getFirst();
        assertThat(first.label()).isEqualTo("A.I.1.i Penyusunan Tim Kerja");
        assertThat(first.months()).hasSize(12).containsExactly(true, true, true, false, false, false, false, false, false, false, false, false);
        assertThat(first.pic()).isNull();
        assertThat(view.rowCount()).isEqualTo(2);
        assertThat(view.submittable()).isTrue();
        assertThat(view.row("R2")).isNotNull();
        assertThat(view.row("R9")).isNull();
    }

    @Test
    void theOperatorSeesTheGridAndMaySubmitADraftInBothLanguages() {
        Map<String, Object> model = model(PlanView.of(plan("DRAFT"), 7));
        String page = Templates.render("unit/plan", ID, Templates.OPERATOR, model);

        assertThat(page).doesNotContain("??").contains("Rencana aksi 2024", "Area I: Manajemen Perubahan", "Draf", "id=\"ajukan\"",
                "name=\"version\" value=\"7\"", "/rencana/2024/rencana-aksi.pdf", "/rencana/2024/baris/R1", "Penanggung jawab");
        assertThat(count(page, "class=\"m on\"")).isEqualTo(5);
        assertThat(page).doesNotContain("id=\"setujui\"");

        String english = Templates.render("unit/plan", Locale.ENGLISH, Templates.OPERATOR, model);
        assertThat(english).doesNotContain("??").contains("Action plan 2024", "Submit the plan", "Draft");
    }

    @Test
    void theHeadApprovesASubmittedPlanAndSeesTheApisWordsBesideTheField() {
        Map<String, Object> model = model(PlanView.of(plan("SUBMITTED"), 8));
        model.put("notice", new UnitPages.Notice("error", null, "NIP has 18 digits", Map.of("nip", "NIP has 18 digits")));
        model.put("fields", Map.of("nip", "NIP has 18 digits"));
        model.put("approval", Map.of("skNumber", "800/1/2024", "nip", "1234"));

        String page = Templates.render("unit/plan", ID, Templates.HEAD, model);

        assertThat(page).doesNotContain("??").contains("id=\"setujui\"", "value=\"800/1/2024\"", "Diajukan")
                .doesNotContain("id=\"ajukan\"");
        assertThat(page).containsPattern("id=\"nip\"[^>]*aria-invalid=\"true\"");
        assertThat(page).containsPattern("<span class=\"field-error\">NIP has 18 digits</span>");
    }

    @Test
    void aYearWithoutAPlanOffersToStartOne() {
        Map<String, Object> model = new HashMap<>();
        model.put("year", 2026);
        model.put("years", List.of(2024));
        String page = Templates.render("unit/plan-none", ID, Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("belum punya rencana kerja tahun 2026", "/rencana/2024", "value=\"TEMPLATE\"");
    }

    private static Map<String, Object> model(PlanView plan) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("year", plan.year());
        model.put("years", List.of(2024, 2023));
        model.put("fields", Map.of());
        return model;
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
