package id.zi.portal.unit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.unit.Templates;
import id.zi.portal.unit.UnitPages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidencePagesTest {

    private static final Locale ID = Locale.of("id");

    static EvidenceLine rejected() {
        return EvidenceLine.of(Templates.json("""
                {'id': 'ev-3', 'unitId': '33.71.dpmptsp', 'year': 2024, 'quarter': 1, 'kind': 'FOTO', 'title': 'Foto rapat tim',
                 'effectiveDate': '2024-01-20', 'links': {'planRows': ['R1'], 'lkeQuestions': []}, 'currentVersion': 2,
                 'versions': [{'number': 1, 'fileName': 'foto-lama.jpg'}, {'number': 2, 'fileName': 'foto.jpg'}],
                 'review': {'state': 'REJECTED', 'reason': 'Foto tidak menampilkan kegiatan', 'by': 'inspektorat.magelang'},
                 'createdBy': 'operator.magelang'}
                """));
    }

    @Test
    void anItemShowsItsCurrentFileReviewStateAndReason() {
        EvidenceLine line = rejected();
        assertThat(line.fileName()).isEqualTo("foto.jpg");
        assertThat(line.state()).isEqualTo("REJECTED");
        assertThat(line.badge()).isEqualTo("bad");
        assertThat(line.reason()).isEqualTo("Foto tidak menampilkan kegiatan");
        assertThat(line.planRows()).containsExactly("R1");
    }

    @Test
    void theListShowsTheBadgeAndTheReviewersReason() {
        Map<String, Object> model = new HashMap<>();
        model.put("years", List.of(2024));
        model.put("year", 2024);
        model.put("state", null);
        model.put("states", List.of("PENDING", "ACCEPTED", "CHANGES_REQUESTED", "REJECTED"));
        model.put("items", List.of(rejected()));
        model.put("total", "1");
        String page = Templates.render("unit/evidence", ID, Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("Bukti dukung 2024", "badge bad", "Ditolak", "Foto tidak menampilkan kegiatan",
                "/rencana/2024/baris/R1", "/bukti/ev-3/berkas");
        assertThat(Templates.render("unit/evidence", Locale.ENGLISH, Templates.OPERATOR, model)).doesNotContain("??").contains("Rejected");
    }

    @Test
    void theRowPageOffersTheRowsKindsFirstAndAFileInputBesideTheDropZone() {
        Map<String, Object> model = new HashMap<>();
        model.put("year", 2024);
        model.put("planStatus", "DRAFT");
        model.put("rowId", "R1");
        model.put("label", "A.I.1.i Penyusunan Tim Kerja");
        model.put("criterion", "Tim kerja dibentuk");
        model.put("steps", List.of("Rapat"));
        model.put("schedule", List.of(1, 2));
        model.put("pic", null);
        model.put("kinds", List.of(new EvidenceController.KindState("SK", "ACCEPTED"), new EvidenceController.KindState("FOTO", "RETURNED")));
        model.put("coverageFailed", false);
        model.put("items", List.of(rejected()));
        model.put("offeredKinds", List.of("SK", "FOTO", "NOTULEN"));
        model.put("today", "2024-01-01");
        String page = Templates.render("unit/row", ID, Templates.OPERATOR, model);
        assertThat(page).doesNotContain("??").contains("id=\"zona-unggah\"", "type=\"file\" id=\"berkas\"", "id=\"kemajuan\"",
                "data-action=\"/bukti/unggah\"", "/js/unit-upload.js", "Januari, ", "Februari", "Ditolak atau perlu perbaikan");
        assertThat(page.indexOf("value=\"SK\"")).isLessThan(page.indexOf("value=\"NOTULEN\""));
    }

    @Test
    void anUploadAnswersWithTheNewItemOrTheApisProblem() {
        EvidenceLine pending = EvidenceLine.of(Templates.json("""
                {'id': 'ev-9', 'kind': 'SK', 'title': 'SK Tim', 'currentVersion': 1, 'versions': [], 'links': {'planRows': ['R1']},
                 'review': {'state': 'PENDING'}}
                """));
        String done = Templates.render("unit/upload-result", "result", Locale.of("id"), Templates.OPERATOR, Map.of("created", pending));
        assertThat(done).doesNotContain("??").contains("Bukti &quot;SK Tim&quot; tersimpan", "Menunggu reviu", "data-evidence-id=\"ev-9\"");

        ApiProblem duplicate = new ApiProblem(409, "Conflict", "the same file is evidence ev-1 already", null, List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("problem", duplicate);
        model.put("problemFields", UnitPages.fields(duplicate));
        model.put("existingId", "ev-1");
        String refused = Templates.render("unit/upload-result", "result", Locale.of("id"), Templates.OPERATOR, model);
        assertThat(refused).doesNotContain("??").contains("Berkas yang sama sudah pernah diunggah.", "the same file is evidence ev-1 already",
                "/bukti/ev-1/berkas");

        ApiProblem executable = new ApiProblem(415, "Unsupported Media Type", "application/x-msdownload is not allowed", "file", List.of());
        model.put("problem", executable);
        model.put("problemFields", UnitPages.fields(executable));
        model.put("existingId", null);
        assertThat(Templates.render("unit/upload-result", "result", Locale.ENGLISH, Templates.OPERATOR, model)).doesNotContain("??")
                .contains("This type of file is not accepted.", "data-field=\"file\"");
    }
}
