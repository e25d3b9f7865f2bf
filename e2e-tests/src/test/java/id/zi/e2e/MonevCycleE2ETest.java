package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A quarter's monev of DPMPTSP Kota Magelang through the gateway, each step by its role with Keycloak tokens:
 * the operator reports the rows of the demo plan due by then, the head submits, the inspectorate returns it with a
 * recommendation, the unit resubmits, the inspectorate approves; the next quarter's monev carries the
 * recommendation for follow-up.
 */
@ExtendWith(LocalStackExtension.class)
class MonevCycleE2ETest {

    static final String MAGELANG = "33.71.dpmptsp";

    private static E2EStack stack;

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
    }

    @Test
    void submitReturnResubmitApproveAndTheRecommendationIsFollowedUpNextQuarter() {
        String operator = stack.token("operator.magelang");
        String head = stack.token("kepala.magelang");
        String tpi = stack.token("inspektorat.magelang");
        String jateng = stack.token("evaluator.jateng");

        HttpResponse<String> created = awaitCreated(operator, "2024-Q1");
        DocumentContext monev = JsonPath.parse(created.body());
        String id = monev.read("$.id");
        List<String> rows = monev.read("$.rows[*].rowId");
        assertThat(rows).as("rows of the demo plan due by March").isNotEmpty().contains("R1");
        assertThat(stack.get("/api/monitoring/monev/" + id, stack.token("operator.jambi")).statusCode()).isEqualTo(404);

        String etag = reportAllDone(operator, id, rows, etag(created));
        assertThat(stack.call("POST", "/api/monitoring/monev/" + id + "/approve", operator, "{}", Map.of("If-Match", etag)).statusCode())
                .as("the unit does not approve its own monev").isEqualTo(403);
        HttpResponse<String> submitted = stack.call("POST", "/api/monitoring/monev/" + id + "/submit", head, null, Map.of("If-Match", etag));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(stack.call("POST", "/api/monitoring/monev/" + id + "/approve", jateng, "{}", Map.of("If-Match", etag(submitted)))
                .statusCode()).as("the province's evaluator reads, the TPI decides").isEqualTo(403);

        HttpResponse<String> returned = stack.call("POST", "/api/monitoring/monev/" + id + "/return", tpi,
                "{\"notes\": \"Lengkapi foto kegiatan\", \"recommendations\": [{\"text\": \"Unggah foto rapat pembentukan Tim Kerja\", \"rowId\": \"R1\"}]}",
                Map.of("If-Match", etag(submitted)));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(returned.body(), "$.status")).isEqualTo("RETURNED");

        String afterEdit = reportAllDone(operator, id, rows, etag(returned));
        HttpResponse<String> resubmitted = stack.call("POST", "/api/monitoring/monev/" + id + "/submit", operator, null,
                Map.of("If-Match", afterEdit));
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
        HttpResponse<String> approved = stack.call("POST", "/api/monitoring/monev/" + id + "/approve", tpi, "{}",
                Map.of("If-Match", etag(resubmitted)));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(approved.body(), "$.status")).isEqualTo("APPROVED");
        HttpResponse<String> report = stack.call("GET", "/api/monitoring/monev/" + id + "/report.pdf", jateng, null,
                Map.of("Accept", "application/pdf"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).startsWith("%PDF-");

        HttpResponse<String> next = awaitCreated(operator, "2024-Q2");
        List<String> followUps = JsonPath.read(next.body(), "$.followUps[*].text");
        assertThat(followUps).containsExactly("Unggah foto rapat pembentukan Tim Kerja");
        assertThat((String) JsonPath.read(next.body(), "$.followUps[0].fromPeriod")).isEqualTo("2024-Q1");
    }

    /** The monitoring service learns the demo plan from planning's events a few seconds after the stack starts. */
    private static HttpResponse<String> awaitCreated(String operator, String period) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        HttpResponse<String> created;
        do {
            created = stack.postJson(stack.urls().gateway().resolve("api/monitoring/monev"), operator,
                    "{\"unitId\": \"" + MAGELANG + "\", \"period\": \"" + period + "\"}");
            if (created.statusCode() != 409 || !created.body().contains("No work plan")) {
                break;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created;
    }

    private static String reportAllDone(String operator, String id, List<String> rows, String etag) {
        List<String> reports = new ArrayList<>();
        for (String row : rows) {
            reports.add("{\"rowId\": \"" + row + "\", \"status\": \"DONE\", \"realisation\": 100}");
        }
        HttpResponse<String> edited = stack.call("PUT", "/api/monitoring/monev/" + id, operator, "{\"rows\": [" + String.join(",", reports) + "]}",
                Map.of("If-Match", etag));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        return etag(edited);
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
