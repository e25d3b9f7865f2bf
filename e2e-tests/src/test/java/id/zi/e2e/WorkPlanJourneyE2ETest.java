package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A unit's work plan from draft to published through the gateway, each step by the person whose step it is,
 * with Keycloak's tokens: operator writes and submits, the TPI returns it with notes, the head signs and
 * publishes, and the signed plan prints.
 */
@ExtendWith(LocalStackExtension.class)
class WorkPlanJourneyE2ETest {

    private static final String PLAN = "/api/planning/plans/33.71.dpmptsp:2025";
    private static E2EStack stack;

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
    }

    private static final String CONTENT = """
            "legalBasis": ["Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas"],
            "purpose": "Mewujudkan DPMPTSP Kota Magelang sebagai Wilayah Bebas dari Korupsi",
            "targetPrioritas": ["Indeks kepuasan masyarakat minimal 90"],
            "team": {"skNumber": "800/017/DPMPTSP/2025", "skDate": "2025-01-06",
                     "members": [{"name": "Budi Santoso", "role": "KETUA"}, {"name": "Sri Lestari", "role": "KOORDINATOR_AREA", "area": 1}]},
            "rows": [{"area": 1, "indicatorRef": "A.I.1.i", "indicator": "Tim Kerja", "criterion": "SK Tim Kerja ZI ditetapkan",
                      "actionSteps": ["Menyusun SK Tim Kerja", "Menetapkan SK Tim Kerja"], "evidenceKinds": ["SK", "NOTULEN"],
                      "schedule": [1, 2], "pic": "Koordinator Area 1", "output": "SK Tim Kerja ZI"}]""";

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void fromDraftToPublishedEachStepByItsRole() {
        String operator = stack.token("operator.magelang");
        String head = stack.token("kepala.magelang");
        String tpi = stack.token("inspektorat.magelang");

        HttpResponse<String> created = stack.call("POST", "/api/planning/plans", operator,
                "{\"unitId\": \"33.71.dpmptsp\", \"year\": 2025, " + CONTENT + "}", Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(stack.call("POST", "/api/planning/plans", stack.token("operator.jambi"),
                "{\"unitId\": \"33.71.dpmptsp\", \"year\": 2026}", Map.of()).statusCode()).as("another unit's operator").isEqualTo(404);

        HttpResponse<String> submitted = stack.call("POST", PLAN + "/submit", operator, "{}", Map.of("If-Match", etag(created)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(stack.call("POST", PLAN + "/approve", operator, approval(), Map.of("If-Match", etag(submitted))).statusCode())
                .as("an operator does not sign").isEqualTo(403);

        HttpResponse<String> returned = stack.call("POST", PLAN + "/return", tpi, "{\"notes\": \"Lengkapi jadwal area 1\"}",
                Map.of("If-Match", etag(submitted)));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(returned.body(), "$.status")).isEqualTo("RETURNED");
        assertThat(stack.call("POST", PLAN + "/submit", operator, "{}", Map.of("If-Match", etag(submitted))).statusCode())
                .as("a stale version").isIn(409, 412);

        HttpResponse<String> resubmitted = stack.call("POST", PLAN + "/submit", operator, "{}", Map.of("If-Match", etag(returned)));
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
        HttpResponse<String> approved = stack.call("POST", PLAN + "/approve", head, approval(), Map.of("If-Match", etag(resubmitted)));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        HttpResponse<String> published = stack.call("POST", PLAN + "/publish", head, "{}", Map.of("If-Match", etag(approved)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(published.body(), "$.status")).isEqualTo("PUBLISHED");

        HttpResponse<String> pdf = stack.call("GET", PLAN + "/export.pdf", tpi, null, Map.of());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        HttpResponse<String> status = stack.get("/api/planning/plans/status?year=2025", stack.token("evaluator.jateng"));
        assertThat((Integer) JsonPath.read(status.body(), "$.byStatus.PUBLISHED")).isEqualTo(1);
    }

    private static String approval() {
        return """
                {"skNumber": "800/021/DPMPTSP/2025", "date": "%s", "signatoryName": "Khudhoifah, S.H., M.M.",
                 "rank": "Pembina Utama Muda (IV/c)", "nip": "196508271990032005"}""".formatted(LocalDate.now(ZoneId.of("Asia/Jakarta")));
    }
}
