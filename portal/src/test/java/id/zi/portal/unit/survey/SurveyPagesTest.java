package id.zi.portal.unit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.portal.unit.Templates;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyPagesTest {

    static SurveySetupController.SurveyLine skm() {
        return SurveySetupController.SurveyLine.of(Templates.json("""
                {'id': 'sv-1', 'instrument': 'SKM', 'title': 'SKM Perizinan', 'serviceType': {'code': 'IZIN', 'name': 'Perizinan'},
                 'periodicity': 'QUARTER', 'publicUrl': 'http://localhost:8080/s/abc123'}
                """));
    }

    static SurveySetupController.Result result() {
        return SurveySetupController.Result.of(Templates.json("""
                {'instrument': 'SKM', 'indexName': 'IKM', 'period': {'key': '2026-Q4'}, 'respondents': 12, 'ikm': 88.3125, 'grade': 'B',
                 'performance': 'Baik', 'sample': {'population': 40, 'minimumSample': 36, 'progress': 0.3333, 'stillNeeded': 24},
                 'elements': [{'code': 'U1', 'name': 'Persyaratan', 'answers': 12, 'nrr': 3.25}], 'published': null}
                """), 5);
    }

    @Test
    void theListGivesTheLinkAndThePosterAndTheFormToCreateOne() {
        Map<String, Object> model = new HashMap<>();
        model.put("surveys", List.of(skm()));
        model.put("instruments", List.of("SKM", "SPAK", "SPKP"));
        model.put("fields", Map.of("serviceType.code", "required"));
        String page = Templates.render("unit/surveys", Locale.of("id"), Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("http://localhost:8080/s/abc123", "/survei/sv-1/poster.pdf", "Perizinan (IZIN)",
                "SPAK (persepsi antikorupsi)", "required");
    }

    @Test
    void aPeriodShowsTheLiveCountAgainstTheMinimumSample() {
        SurveySetupController.Result result = result();
        assertThat(result.percent()).isEqualTo(33);
        assertThat(result.published()).isFalse();
        Map<String, Object> model = new HashMap<>();
        model.put("survey", skm());
        model.put("result", result);
        model.put("unitId", "33.71.dpmptsp");
        model.put("fields", Map.of());
        String page = Templates.render("unit/survey", Locale.of("id"), Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("SKM: Perizinan", "id=\"jumlah-responden\">12<", "dari sampel minimum 36",
                "Masih perlu 24 responden lagi.", "88,31", "(B, Baik)", "hx-trigger=\"every 15s\"", "name=\"version\" value=\"5\"")
                .doesNotContain("Laporan SKM (PDF)");
        assertThat(Templates.render("unit/survey", "count", Locale.ENGLISH, Templates.OPERATOR, model)).doesNotContain("??")
                .contains("of a minimum sample of 36");
    }
}
