package id.zi.portal.unit.lke;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.portal.unit.Templates;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LkePagesTest {

    static LkePage assessment() {
        return LkePage.of(Templates.json("""
                {'unitId': '33.71.dpmptsp', 'year': 2024,
                 'self': {'side': 'SELF', 'version': 4, 'hasWbk': false, 'answered': 2,
                   'score': {'total': 1.5, 'pengungkit': 1.5, 'hasil': 0, 'unanswered': ['B.I.a'],
                     'nodes': {'A.I.1.i': {'name': 'Penyusunan Tim Kerja'}, 'A.II.5.i': {'name': 'Penanganan Pengaduan'}, 'B.I': {'name': 'IPAK'}},
                     'areas': {'1': {'name': 'Manajemen Perubahan', 'score': 1.5, 'weight': 8}},
                     'wbk': {'eligible': false, 'failures': [{'condition': 'TOTAL', 'value': 1.5, 'minimum': 75, 'message': 'total below 75'}]},
                     'wbbm': {'eligible': false, 'failures': []}}},
                 'questions': [
                   {'id': 'A.I.1.i.a', 'text': 'Apakah unit kerja telah membentuk tim?', 'answerType': 'YA_TIDAK', 'node': 'A.I.1.i',
                    'options': ['Ya', 'Tidak'], 'criteria': [{'option': 'YA', 'text': 'Ya, jika Tim telah dibentuk di dalam unit kerja.'}],
                    'self': {'answer': 'Ya', 'value': 1, 'answered': true}},
                   {'id': 'A.II.5.i.b', 'text': 'Persentase pengaduan yang ditindaklanjuti', 'answerType': 'PERCENT', 'node': 'A.II.5.i',
                    'inputs': [{'key': 'ditindaklanjuti', 'label': 'Pengaduan ditindaklanjuti', 'informational': false},
                               {'key': 'jumlah', 'label': 'Jumlah pengaduan', 'informational': false}],
                    'self': {'answer': {'ditindaklanjuti': 3, 'jumlah': 4}, 'value': 0.75, 'answered': true}},
                   {'id': 'B.I.a', 'text': 'Nilai IPAK', 'answerType': 'INDEX', 'node': 'B.I', 'index': 'IPAK', 'self': {'answered': false, 'value': 0}}
                 ]}
                """));
    }

    @Test
    void questionsAreGroupedByTheirSubAreaWithTheUnitsAnswers() {
        LkePage page = assessment();
        assertThat(page.groups()).extracting(LkePage.Group::node).containsExactly("A.I.1.i", "A.II.5.i", "B.I");
        assertThat(page.questions()).extracting(LkePage.Question::kind).containsExactly("CHOICE", "COUNTS", "INDEX");
        assertThat(page.questions().get(1).counts()).containsEntry("ditindaklanjuti", "3");
        assertThat(page.version()).isEqualTo(4);
        assertThat(page.score().wbkFailures()).singleElement().extracting(LkePage.Failure::condition).isEqualTo("TOTAL");
    }

    @Test
    void theAnswersGoAsTheApiTakesThemAndAnEmptiedOneIsClearedOnSave() {
        Map<String, String> form = new HashMap<>();
        form.put("answer:A.I.1.i.a", "");
        form.put("count:A.II.5.i.b:ditindaklanjuti", "4");
        form.put("count:A.II.5.i.b:jumlah", "4");
        form.put("answer:B.I.a", "3,62");

        Map<String, Object> saved = LkeController.answers(assessment(), form, true);
        assertThat(saved).containsEntry("A.I.1.i.a", null);
        assertThat(saved.get("A.II.5.i.b")).isEqualTo(Map.of("answer", Map.of("ditindaklanjuti", new BigDecimal("4"), "jumlah", new BigDecimal("4"))));
        assertThat(saved.get("B.I.a")).isEqualTo(Map.of("answer", new BigDecimal("3.62")));
        Map<String, Object> calculator = LkeController.answers(assessment(), form, false);
        assertThat(calculator).as("the calculator only gets answers").doesNotContainKey("A.I.1.i.a");
        assertThat(calculator).as("bare, as the public calculator takes them").containsEntry("B.I.a", new BigDecimal("3.62"))
                .containsEntry("A.II.5.i.b", Map.of("ditindaklanjuti", new BigDecimal("4"), "jumlah", new BigDecimal("4")));
    }

    @Test
    void thePageShowsTheCriteriaTheScoreAndTheFailedConditions() {
        Map<String, Object> model = new HashMap<>();
        model.put("lke", assessment());
        model.put("years", List.of(2024));
        model.put("typed", Map.of());
        model.put("fields", Map.of("answers.B.I.a.answer", "the IPAK index, a number from 0 to 4"));
        String page = Templates.render("unit/lke", Locale.of("id"), Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("LKE penilaian mandiri 2024", "Apakah unit kerja telah membentuk tim?",
                "Ya, jika Tim telah dibentuk di dalam unit kerja.",
                "<option value=\"Ya\" selected=\"selected\">Ya</option>", "value=\"3\"", "Nilai indeks IPAK", "id=\"nilai-total\">1,50<",
                "Nilai total LKE", "hx-post=\"/lke/skor\"", "the IPAK index, a number from 0 to 4", "name=\"version\" value=\"4\"");

        Map<String, Object> fragment = Map.of("score", assessment().score());
        assertThat(Templates.render("unit/lke", "score", Locale.ENGLISH, Templates.OPERATOR, fragment)).doesNotContain("??")
                .contains("id=\"skor\"", "Total LKE score");
    }
}
