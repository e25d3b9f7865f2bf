package id.zi.portal.unit.monev;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.portal.unit.Templates;
import id.zi.portal.unit.UnitPages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonevPagesTest {

    static MonevPage monev(String status) {
        return MonevPage.of(Templates.json("""
                {'id': '33.71.dpmptsp:2024-Q1', 'unitId': '33.71.dpmptsp', 'year': 2024, 'period': '2024-Q1', 'status': '%s', 'version': 3,
                 'rows': [
                   {'rowId': 'R1', 'area': 1, 'indicatorRef': 'A.I.1.i', 'indicator': 'Tim kerja', 'schedule': [1, 2], 'evidenceKinds': ['SK', 'FOTO'],
                    'status': 'DONE', 'realisation': 100, 'obstacles': null,
                    'evidence': [{'id': 'ev-1', 'kind': 'SK', 'title': 'SK Tim', 'reviewState': 'ACCEPTED', 'quarter': 1}], 'missingKinds': ['FOTO']},
                   {'rowId': 'R2', 'area': 1, 'indicatorRef': 'A.I.1.ii', 'indicator': 'Rencana', 'schedule': [3], 'evidenceKinds': [],
                    'status': 'NOT_STARTED', 'realisation': 0, 'obstacles': null, 'evidence': [], 'missingKinds': []}
                 ],
                 'followUps': [{'recommendationId': 'rec-1', 'fromPeriod': '2023-Q4', 'text': 'Lengkapi SK', 'rowId': 'R1', 'givenBy': 'inspektorat.magelang',
                                'status': 'OPEN', 'note': null}],
                 'recommendations': [{'text': 'Percepat SOP', 'rowId': 'R2', 'givenBy': 'inspektorat.magelang'}],
                 'returnNotes': 'Kendala R2 belum diisi',
                 'summary': {'rowsDue': 2, 'rowsDone': 1, 'rowsInProgress': 0, 'rowsNotStarted': 1, 'averageRealisation': 50.0, 'openRecommendations': 2}}
                """.formatted(status)), 3);
    }

    @Test
    void theEditSendsEveryRowInTheMonevsOrderWithWhatWasTyped() {
        Map<String, String> form = Map.of("rows[1].status", "IN_PROGRESS", "rows[1].realisation", " 40 ", "rows[1].obstacles", "  Menunggu SK  ",
                "rows[0].realisation", "sepuluh", "followUps[0].status", "DONE", "followUps[0].note", "SK dilengkapi", "version", "3");

        Map<String, Object> body = MonevController.body(monev("DRAFT"), form);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("rows");
        assertThat(rows).extracting(row -> row.get("rowId")).containsExactly("R1", "R2");
        assertThat(rows.get(0)).containsEntry("status", "DONE").containsEntry("realisation", "sepuluh").containsEntry("obstacles", null);
        assertThat(rows.get(1)).containsEntry("status", "IN_PROGRESS").containsEntry("realisation", 40).containsEntry("obstacles", "Menunggu SK");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> followUps = (List<Map<String, Object>>) body.get("followUps");
        assertThat(followUps.getFirst()).containsEntry("recommendationId", "rec-1").containsEntry("status", "DONE").containsEntry("note", "SK dilengkapi");
    }

    @Test
    void aRefusedValueComesBackAsTypedWithTheApisMessageBesideItsField() {
        MonevPage typed = monev("DRAFT").typed(Map.of("rows[1].realisation", "140", "rows[1].status", "IN_PROGRESS"));
        Map<String, Object> model = new HashMap<>();
        model.put("monev", typed);
        model.put("rowStatuses", List.of("NOT_STARTED", "IN_PROGRESS", "DONE"));
        model.put("fields", Map.of("rows[1].realisation", "a whole percentage from 0 to 100"));
        model.put("notice", new UnitPages.Notice("error", null, "2 problems", Map.of("rows[1].realisation", "a whole percentage from 0 to 100")));

        String page = Templates.render("unit/monev", Locale.of("id"), Templates.OPERATOR, model);

        assertThat(page).doesNotContain("??").contains("Monev 2024-Q1", "value=\"140\"", "Kendala R2 belum diisi", "Percepat SOP", "Lengkapi SK",
                "id=\"ajukan-monev\"", "/monev/33.71.dpmptsp:2024-Q1/laporan.pdf", "name=\"followUps[0].note\"");
        assertThat(page).containsPattern("id=\"realisasi-1\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"galat-realisasi-1\">a whole percentage from 0 to 100<")
                .containsPattern("<option value=\"IN_PROGRESS\" selected=\"selected\">Sedang berjalan</option>");
        assertThat(Templates.render("unit/monev", Locale.ENGLISH, Templates.OPERATOR, model)).doesNotContain("??").contains("Realisation (%)");
    }

    @Test
    void aSubmittedMonevIsReadOnly() {
        Map<String, Object> model = new HashMap<>();
        model.put("monev", monev("SUBMITTED"));
        model.put("rowStatuses", List.of("NOT_STARTED", "IN_PROGRESS", "DONE"));
        model.put("fields", Map.of());
        String page = Templates.render("unit/monev", Locale.of("id"), Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("Diajukan", "<fieldset disabled=\"disabled\">").doesNotContain("id=\"ajukan-monev\"");
    }

    @Test
    void theListOffersThePeriodsWithoutAMonev() {
        Map<String, Object> model = new HashMap<>();
        model.put("monevs", List.of(new MonevController.Line("33.71.dpmptsp:2024-Q1", "2024-Q1", "SUBMITTED", 20, 4, 31.5)));
        model.put("periods", List.of("2024-Q2", "2024-Q3"));
        String page = Templates.render("unit/monev-list", Locale.of("id"), Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("value=\"2024-Q2\"", "Diajukan", "31,5 %");
    }
}
