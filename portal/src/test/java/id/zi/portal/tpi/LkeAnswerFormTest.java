package id.zi.portal.tpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LkeAnswerFormTest {

    @Test
    void aChoiceIsSentAsItsOptionWithNotesAndTheEvidenceItHad() {
        Map<String, Object> body = LkeAnswerForm.body("A.I.1.i.a", LkeSheet.CHOICE, Map.of("answer", "Ya", "notes", " cek SK "), List.of("ev-9"));
        assertThat(body).isEqualTo(Map.of("answers", Map.of("A.I.1.i.a", Map.of("answer", "Ya", "notes", "cek SK", "evidence", List.of("ev-9")))));
    }

    @Test
    void anIndexIsANumberWithADecimalCommaAndItsPolicy() {
        Map<String, Object> body = LkeAnswerForm.body("B.I.a", LkeSheet.INDEX, Map.of("answer", "3,62", "policy", "RATIO_6_TO_4"), List.of());
        assertThat(body).isEqualTo(Map.of("answers", Map.of("B.I.a", Map.of("answer", new BigDecimal("3.62"), "policy", "RATIO_6_TO_4"))));
    }

    @Test
    void aPercentageIsItsCountsAndWhatIsNotANumberGoesAsTypedForTheApiToName() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("count.jumlahAgenPerubahan", "4");
        params.put("count.jumlahPerubahan", "dua");
        params.put("count.lain", "");
        Map<String, Object> body = LkeAnswerForm.body("A.II.1.i.a", LkeSheet.PERCENT, params, List.of());
        assertThat(body).isEqualTo(Map.of("answers", Map.of("A.II.1.i.a",
                Map.of("answer", Map.of("jumlahAgenPerubahan", new BigDecimal("4"), "jumlahPerubahan", "dua")))));
    }

    @Test
    void anEmptyFormRemovesTheEntry() {
        Map<String, Object> body = LkeAnswerForm.body("A.I.1.i.a", LkeSheet.CHOICE, Map.of("answer", "", "notes", " "), List.of());
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("A.I.1.i.a", null);
        assertThat(body).isEqualTo(Map.of("answers", removed));
    }

    @Test
    void theApisFieldErrorsAreNamedAsTheFormNamesItsFields() {
        Map<String, String> errors = LkeAnswerForm.errors("A.II.3.iii.a", List.of(
                new String[] {"answers.A.II.3.iii.a.answer.pelanggaranTahunIni", "a number (a count)"},
                new String[] {"answers.A.II.3.iii.a.policy", "one of …"},
                new String[] {"If-Match", "stale"}));
        assertThat(errors).containsEntry("count.pelanggaranTahunIni", "a number (a count)").containsEntry("policy", "one of …")
                .containsEntry("", "stale");
    }
}
