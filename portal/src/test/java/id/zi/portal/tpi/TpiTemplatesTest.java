package id.zi.portal.tpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.JsonNode;

/**
 * The TPI templates rendered by the portal's own engine and bundles with view models built from API answers:
 * every expression evaluates, and the words and figures land where the pages and the browser test look for them.
 */
@SpringBootTest(properties = "ZI_ISSUER_URI=http://keycloak.test:8180/realms/zi")
class TpiTemplatesTest {

    @Autowired
    ITemplateEngine templates;

    private String render(String template, Map<String, Object> model, Locale locale) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/tpi");
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(servlet);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("nav", List.of());
        variables.put("langLinks", Map.of("id", "/tpi?lang=id", "en", "/tpi?lang=en"));
        WebContext context = new WebContext(application.buildExchange(request, new MockHttpServletResponse()), locale, variables);
        return templates.process(template, context);
    }

    private static LkeSheet sheet() {
        List<JsonNode> items = new ArrayList<>();
        TpiJson.items().forEach(items::add);
        List<JsonNode> rows = new ArrayList<>();
        TpiJson.coverageRows().forEach(rows::add);
        return LkeSheet.of(TpiJson.assessment(), "DPMPTSP Kota Magelang", items, rows);
    }

    @Test
    void theLkeShowsBothSidesTheTpiFormsAndTheSurveyIndex() {
        String page = render("tpi/lke", Map.of("sheet", sheet(), "policies", List.of("NATIVE_4", "RATIO_6_TO_4", "LINEAR_6_TO_4")),
                Locale.forLanguageTag("id"));
        assertThat(page).contains("id=\"total-tpi\">4,25<", "id=\"total-mandiri\">10,50<", "Penilaian TPI", "Penyusunan Tim Kerja",
                "id=\"q-A-I-1-i-a\"", "id=\"skor-A-I-1-i\"", "<option value=\"Tidak\" selected=\"selected\">Tidak</option>", "name=\"count.jumlahAgenPerubahan\"",
                "IPAK dari hasil survei yang dipublikasikan: 3,62", "dari survei", "periode 2024-S1, 2024-S2", "hx-post=\"/tpi/lke/33.71.dpmptsp/2024/A.I.1.i.a\"",
                "name=\"evidence\" value=\"ev-9\"", "id=\"tpi-versi\" value=\"1\"", "Nilai total", "(minimal 75,00)", "SK Tim Kerja", "Menunggu reviu",
                "Ya, jika Tim telah dibentuk di dalam unit kerja.")
                .doesNotContain("??");
        String english = render("tpi/lke", Map.of("sheet", sheet(), "policies", List.of("NATIVE_4")), Locale.ENGLISH);
        assertThat(english).contains("TPI assessment", "Total score", "from surveys").doesNotContain("??");
    }

    @Test
    void aSavedQuestionComesWithTheScoresOutOfBand() {
        LkeSheet sheet = sheet();
        String answer = render("tpi/lke-saved", Map.of("sheet", sheet, "q", sheet.question("A.I.1.i.a"), "sa", sheet.subAreaOf("A.I.1.i.a"),
                "saved", "A.I.1.i.a", "policies", List.of("NATIVE_4")), Locale.forLanguageTag("id"));
        assertThat(answer).contains("<article", "id=\"q-A-I-1-i-a\"", "Tersimpan", "id=\"skor\"", "hx-swap-oob=\"true\"", "id=\"total-tpi\"",
                "id=\"skor-A-I-1-i\" hx-swap-oob=\"true\">mandiri 0,50 · TPI 0,50 dari bobot 1,00<")
                .doesNotContain("<html");
    }

    @Test
    void aRefusedAnswerShowsTheApisWordsNextToTheField() {
        LkeSheet sheet = sheet();
        LkeSheet.Question refused = sheet.question("A.II.1.i.a").withForm(Map.of("count.jumlahPerubahan", "dua"),
                Map.of("count.jumlahPerubahan", "a number (a count)"));
        String answer = render("tpi/lke-saved", Map.of("sheet", sheet, "q", refused, "policies", List.of("NATIVE_4")), Locale.forLanguageTag("id"));
        assertThat(answer).contains("value=\"dua\"", "aria-invalid=\"true\"", "a number (a count)");
    }

    @Test
    void theReviewQueueListsEachItemWithItsFileRowsAndDecisions() {
        Map<String, JsonNode> rows = new HashMap<>();
        TpiJson.coverageRows().forEach(row -> rows.put(row.path("rowId").asString(), row));
        List<ReviewRow> queue = new ArrayList<>();
        TpiJson.items().forEach(item -> queue.add(ReviewRow.of(item, Map.of("33.71.dpmptsp", "DPMPTSP Kota Magelang"), Map.of("33.71.dpmptsp:2024", rows))));
        queue.set(0, queue.get(0).withError("say why the evidence is rejected", "reason", ""));
        Map<String, Object> model = new HashMap<>();
        model.put("rows", queue);
        model.put("total", 2L);
        model.put("units", Map.of("33.71.dpmptsp", "DPMPTSP Kota Magelang"));
        model.put("kinds", ReviewController.KINDS);
        model.put("states", ReviewController.STATES);
        model.put("filters", new ReviewController.Filters("33.71.dpmptsp", 2024, null, null, null));
        model.put("notice", "tpi.review.done.REJECT");
        model.put("noticeTitle", "Foto kegiatan");
        String page = render("tpi/reviu", model, Locale.forLanguageTag("id"));
        assertThat(page).contains("id=\"bukti-ev-1\"", "href=\"/tpi/bukti/ev-1/berkas\"", "sk-ttd.pdf (v2)", "Penyusunan Tim Kerja",
                "hx-post=\"/tpi/reviu/ev-1\"", "name=\"version\" value=\"4\"", "Alasan wajib diisi untuk menolak atau meminta perbaikan. (say why the evidence is rejected)",
                "Foto buram", "Ditolak", "Bukti &quot;Foto kegiatan&quot; ditolak.", "form=\"massal\"", "id=\"massal\"", "Menampilkan 2 dari 2 bukti dukung.")
                .doesNotContain("??");
    }

    @Test
    void aDecidedRowComesBackAloneAsATableRow() {
        ReviewRow row = ReviewRow.of(TpiJson.items().get(1), Map.of(), Map.of());
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "POST", "/tpi/reviu/ev-2");
        Map<String, Object> variables = new HashMap<>();
        variables.put("row", row);
        variables.put("justReviewed", true);
        variables.put("filters", new ReviewController.Filters(null, null, null, null, null));
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(request, new MockHttpServletResponse()), Locale.forLanguageTag("id"), variables);
        String answer = templates.process(ReviewController.ROW_TEMPLATE, java.util.Set.of("row"), context).strip();
        assertThat(answer).startsWith("<tr id=\"bukti-ev-2\"").endsWith("</tr>").contains("data-state=\"REJECTED\"", "Foto buram",
                "Keputusan tersimpan.");
    }

    @Test
    void theUnitsListLinksEachUnitToItsPages() {
        JsonNode plans = TpiJson.parse("""
                {'byStatus': {'DRAFT': 1, 'SUBMITTED': 0, 'none': 0}, 'unitsStatus': [{'unitId': '33.71.dpmptsp', 'unitName': 'DPMPTSP Kota Magelang',
                 'orgPath': '/id/33/33.71/33.71.dpmptsp', 'planId': '33.71.dpmptsp:2024', 'status': 'DRAFT', 'rows': 66}]}
                """);
        JsonNode monevs = TpiJson.parse("[{'id': '33.71.dpmptsp:2024-Q1', 'unitId': '33.71.dpmptsp', 'period': '2024-Q1', 'status': 'SUBMITTED'}]");
        Map<String, Object> model = new HashMap<>();
        model.put("year", 2024);
        model.put("years", List.of(2026, 2024));
        model.put("scope", "/id/33/33.71");
        model.put("byStatus", plans.path("byStatus"));
        model.put("units", UnitStatus.merge(plans, null, List.of(), monevs, null, null));
        model.put("gaps", List.of("tpi.units.gap.lke"));
        String page = render("tpi/units", model, Locale.forLanguageTag("id"));
        assertThat(page).contains("data-unit-id=\"33.71.dpmptsp\"", "Konsep", "66 baris", "href=\"/tpi/reviu?unitId=33.71.dpmptsp&amp;year=2024&amp;state=PENDING\"",
                "href=\"/tpi/monev/33.71.dpmptsp:2024-Q1\"", "Diajukan", "href=\"/tpi/lke/33.71.dpmptsp/2024\"", "Rekap nilai LKE belum dapat dimuat", "pada tahun 2024")
                .doesNotContain("??");
    }

    @Test
    void theMonevReviewShowsRowsEvidenceAndTheDecisionForm() {
        JsonNode monev = TpiJson.parse("""
                {'id': '33.71.dpmptsp:2024-Q1', 'unitId': '33.71.dpmptsp', 'year': 2024, 'period': '2024-Q1', 'status': 'SUBMITTED', 'version': 5,
                 'rows': [{'rowId': 'R1', 'area': 1, 'indicatorRef': 'A.I.1.i', 'indicator': 'Penyusunan Tim Kerja', 'status': 'IN_PROGRESS',
                   'realisation': 50, 'obstacles': 'Menunggu tanda tangan', 'evidence': [{'id': 'ev-1', 'kind': 'SK', 'title': 'SK Tim Kerja',
                   'reviewState': 'ACCEPTED', 'quarter': 1}], 'missingKinds': ['FOTO']}],
                 'summary': {'rowsDue': 1, 'rowsDone': 0, 'averageRealisation': 50.0, 'openRecommendations': 1},
                 'followUps': [{'recommendationId': 'rec-1', 'fromPeriod': '2023-Q4', 'text': 'Lengkapi SK', 'status': 'OPEN', 'note': 'proses'}],
                 'recommendations': [], 'returnNotes': null}
                """);
        MonevReviewController.DecisionForm form = new MonevReviewController.DecisionForm("", List.of("", "", ""), List.of("", "", ""),
                Map.of("notes", "say what the unit must change"), null);
        String page = render("tpi/monev", Map.of("monev", monev, "unitName", "DPMPTSP Kota Magelang", "decidable", true, "form", form),
                Locale.forLanguageTag("id"));
        assertThat(page).contains("data-row-id=\"R1\"", "50 %", "Menunggu tanda tangan", "SK Tim Kerja", "Foto", "Lengkapi SK",
                "action=\"/tpi/monev/33.71.dpmptsp:2024-Q1/keputusan\"", "name=\"version\" value=\"5\"", "say what the unit must change",
                "Setujui monev", "Kembalikan ke unit").doesNotContain("??");
    }
}
