package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import id.zi.testkit.files.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bukti fisik through the gateway with Keycloak's tokens: DPMPTSP Kota Magelang's operator uploads and revises
 * evidence for a row of its 2024 plan, the inspectorate's TPI reviews it, the files come back byte for byte
 * (streamed and by presigned link) and in the assessment package; and the demo evidence shows against the demo
 * plan's rows in the coverage.
 *
 * <p>The demo evidence is loaded only while the unit has no evidence for 2024, so the class waits for it before
 * any test uploads; every assertion on the demo holds whatever this class's own uploads did to row R1.
 */
@ExtendWith(LocalStackExtension.class)
class EvidenceJourneyE2ETest {

    private static final String UNIT = "33.71.dpmptsp";
    private static final int YEAR = 2024;
    private static final String UNIT_COVERAGE = "/api/evidence/coverage/units/" + UNIT + "/years/" + YEAR;
    /** Planning's events reach the evidence service some seconds after the stack is up; the demo then loads. */
    private static final Duration DEMO_WAIT = Duration.ofSeconds(90);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static E2EStack stack;

    @BeforeAll
    static void stackWithDemoEvidence(E2EStack started) throws InterruptedException {
        stack = started;
        String operator = stack.token("operator.magelang");
        Instant giveUp = Instant.now().plus(DEMO_WAIT);
        HttpResponse<String> coverage = stack.get(UNIT_COVERAGE, operator);
        while (!demoLoaded(coverage) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(2000);
            coverage = stack.get(UNIT_COVERAGE, operator);
        }
        assertThat(demoLoaded(coverage)).as("demo evidence of %s for %d within %s: %s %s", UNIT, YEAR, DEMO_WAIT, coverage.statusCode(),
                coverage.body()).isTrue();
    }

    /** The demo's items on R1 are its first three (SK accepted, NOTULEN pending, FOTO rejected): R1 shows them all once loaded. */
    private static boolean demoLoaded(HttpResponse<String> coverage) {
        return coverage.statusCode() == 200 && List.of("ACCEPTED").equals(kindStates(coverage.body(), "R1", "SK"))
                && List.of("RETURNED").equals(kindStates(coverage.body(), "R1", "FOTO"));
    }

    @Test
    void demoEvidenceShowsAgainstTheRowsOfKotaMagelangsDemoPlan() {
        HttpResponse<String> unit = stack.get(UNIT_COVERAGE, stack.token("inspektorat.magelang"));

        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(200);
        DocumentContext coverage = JsonPath.parse(unit.body());
        assertThat((List<String>) coverage.read("$.rows[*].rowId")).as("the demo plan's rows").hasSize(66).startsWith("R1", "R2");
        assertThat((List<String>) coverage.read("$.rows[?(@.rowId == 'R1')].indicatorRef")).containsExactly("A.I.1.i");
        assertThat((List<String>) coverage.read("$.rows[?(@.rowId == 'R1')].kinds[*].kind")).containsExactly("SK", "NOTULEN", "FOTO");
        assertThat(kindStates(unit.body(), "R1", "SK")).containsExactly("ACCEPTED");
        assertThat(kindStates(unit.body(), "R1", "NOTULEN")).containsExactly("PENDING");
        assertThat(kindStates(unit.body(), "R1", "FOTO")).containsExactly("RETURNED");
        assertThat((List<Boolean>) coverage.read("$.rows[?(@.rowId == 'R1')].complete")).containsExactly(false);
        assertThat((Integer) coverage.read("$.summary.accepted")).isPositive();
        assertThat((Integer) coverage.read("$.summary.missing")).as("most of a year's plan still lacks evidence").isPositive();

        HttpResponse<String> subtree = stack.get("/api/evidence/coverage?orgPath=/id/33&year=" + YEAR, stack.token("evaluator.jateng"));
        assertThat(subtree.statusCode()).as(subtree.body()).isEqualTo(200);
        List<Integer> accepted = JsonPath.read(subtree.body(), "$.perUnit[?(@.unitId == '" + UNIT + "')].summary.accepted");
        assertThat(accepted).as("Jawa Tengah's evaluator sees Magelang's accepted evidence").singleElement()
                .satisfies(count -> assertThat(count).isPositive());
        assertThat((List<String>) JsonPath.read(subtree.body(), "$.perUnit[*].orgPath")).allMatch(path -> path.startsWith("/id/33/"));

        HttpResponse<String> jambi = stack.get(UNIT_COVERAGE, stack.token("operator.jambi"));
        assertThat(jambi.statusCode()).as("another unit's operator: %s", jambi.body()).isEqualTo(404);
    }

    @Test
    void uploadReviseReviewDownloadAndPackageEachByItsRole() throws IOException {
        String operator = stack.token("operator.magelang");
        String tpi = stack.token("inspektorat.magelang");
        String jateng = stack.token("evaluator.jateng");
        String run = UUID.randomUUID().toString();
        byte[] v1 = SampleFiles.pdf("KEPUTUSAN KEPALA DPMPTSP KOTA MAGELANG Nomor 800/021/110 Tahun 2024 - uji " + run);
        byte[] v2 = SampleFiles.pdf("KEPUTUSAN KEPALA DPMPTSP KOTA MAGELANG Nomor 800/021/110 Tahun 2024 (ditandatangani) - uji " + run);

        // 1. upload, linked to row R1 (A.I.1.i) of the 2024 plan
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "SK");
        fields.put("title", "SK Tim Kerja Pembangunan ZI 2024 (perubahan)");
        fields.put("effectiveDate", "2024-01-15");
        fields.put("year", Integer.toString(YEAR));
        fields.put("planRows", "R1");
        Reply created = multipart("/api/evidence/uploads", operator, fields, Map.of(), "SK-Tim-Kerja-ZI-2024-perubahan.pdf", v1);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        DocumentContext item = created.json();
        String id = item.read("$.id");
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/evidence/items/" + id));
        assertThat((String) item.read("$.unitId")).isEqualTo(UNIT);
        assertThat((Integer) item.read("$.year")).isEqualTo(YEAR);
        assertThat((List<String>) item.read("$.links.planRows")).containsExactly("R1");
        assertThat((String) item.read("$.review.state")).isEqualTo("PENDING");
        assertThat((String) item.read("$.versions[0].contentType")).as("from the bytes").isEqualTo("application/pdf");
        assertThat((String) item.read("$.versions[0].sha256")).isEqualTo(sha256(v1));
        assertThat((String) item.read("$.createdBy")).isEqualTo("operator.magelang");
        String itemPath = "/api/evidence/items/" + id;

        long skOnR1 = count(operator, "kind=SK&planRow=R1");
        Reply again = multipart("/api/evidence/uploads", operator, Map.of("kind", "SK", "title", "SK yang sama", "effectiveDate", "2024-01-15",
                "year", "2024"), Map.of(), "salinan.pdf", v1);
        assertThat(again.status()).as("the same bytes again: %s", again.text()).isEqualTo(409);
        assertThat(again.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) again.json().read("$.existingEvidenceId")).isEqualTo(id);

        String jambi = stack.token("operator.jambi");
        assertThat(stack.get(itemPath, jambi).statusCode()).as("another unit's operator").isEqualTo(404);
        assertThat(get(itemPath + "/files/1", jambi).status()).as("another unit's operator downloading").isEqualTo(404);

        Reply executable = multipart("/api/evidence/uploads", operator, fields, Map.of(), "Lampiran-SK.pdf", SampleFiles.executable());
        assertThat(executable.status()).as("a renamed executable: %s", executable.text()).isEqualTo(415);
        assertThat(executable.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) executable.json().read("$.field")).isEqualTo("file");
        assertThat((String) executable.json().read("$.type")).endsWith("/file-type-not-allowed");
        assertThat(count(operator, "kind=SK&planRow=R1")).as("nothing kept of the refused uploads").isEqualTo(skOnR1);

        // 2. a new version; the first stays
        String etag = created.header("ETag").orElseThrow();
        Reply revised = multipart(itemPath + "/files", operator, Map.of("note", "Versi yang sudah ditandatangani Kepala Dinas"),
                Map.of("If-Match", etag), "SK-Tim-Kerja-ZI-2024-ttd.pdf", v2);
        assertThat(revised.status()).as(revised.text()).isEqualTo(201);
        assertThat((Integer) revised.json().read("$.currentVersion")).isEqualTo(2);
        assertThat((List<Integer>) revised.json().read("$.versions[*].number")).containsExactly(1, 2);
        assertThat((String) revised.json().read("$.versions[1].sha256")).isEqualTo(sha256(v2));
        assertThat((String) revised.json().read("$.review.state")).isEqualTo("PENDING");
        Reply stale = multipart(itemPath + "/files", operator, Map.of(), Map.of("If-Match", etag), "lagi.pdf", SampleFiles.pdf("stale " + run));
        assertThat(stale.status()).as("a revision of a version already revised: %s", stale.text()).isEqualTo(412);
        etag = revised.header("ETag").orElseThrow();

        // 3. review: only the TPI decides, and says why unless it accepts
        HttpResponse<String> noReason = stack.call("POST", itemPath + "/review", tpi, "{\"decision\": \"REJECT\"}", Map.of("If-Match", etag));
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(noReason.body(), "$.field")).isEqualTo("reason");
        assertThat(stack.call("POST", itemPath + "/review", operator, "{\"decision\": \"ACCEPT\"}", Map.of("If-Match", etag)).statusCode())
                .as("the unit's operator reviews its own evidence").isEqualTo(403);
        HttpResponse<String> read = stack.get(itemPath, jateng);
        assertThat(read.statusCode()).as("Jawa Tengah's evaluator reads it: %s", read.body()).isEqualTo(200);
        assertThat(stack.call("POST", itemPath + "/review", jateng, "{\"decision\": \"ACCEPT\"}", Map.of("If-Match", etag)).statusCode())
                .as("a regional evaluator does not review a unit's evidence").isEqualTo(403);

        HttpResponse<String> changes = stack.call("POST", itemPath + "/review", tpi,
                "{\"decision\": \"REQUEST_CHANGES\", \"reason\": \"Lampiran susunan tim belum disertakan\"}", Map.of("If-Match", etag));
        assertThat(changes.statusCode()).as(changes.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(changes.body(), "$.review.state")).isEqualTo("CHANGES_REQUESTED");
        assertThat((String) JsonPath.read(changes.body(), "$.review.reason")).isEqualTo("Lampiran susunan tim belum disertakan");
        HttpResponse<String> accepted = stack.call("POST", itemPath + "/review", tpi, "{\"decision\": \"ACCEPT\"}",
                Map.of("If-Match", changes.headers().firstValue("ETag").orElseThrow()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(accepted.body(), "$.review.state")).isEqualTo("ACCEPTED");
        assertThat((Integer) JsonPath.read(accepted.body(), "$.review.version")).isEqualTo(2);
        assertThat((String) JsonPath.read(accepted.body(), "$.review.by")).isEqualTo("inspektorat.magelang");
        HttpResponse<String> audit = stack.get(itemPath + "/audit", operator);
        assertThat((List<String>) JsonPath.read(audit.body(), "$[*].action")).containsExactly("UPLOADED", "REVISED", "REVIEWED", "REVIEWED");

        // 4. the bytes back: streamed through the gateway, and by a presigned link straight to the S3 server
        Reply first = get(itemPath + "/files/1", operator);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(first.bytes()).isEqualTo(v1);
        Reply current = get(itemPath + "/files/current", tpi);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.bytes()).isEqualTo(v2);

        HttpResponse<String> link = stack.get(itemPath + "/files/current/link", jateng);
        assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
        String url = JsonPath.read(link.body(), "$.url");
        assertThat(url).as("a link to the S3 server, not the gateway").startsWith(stack.urls().s3Endpoint().toString());
        assertThat((String) JsonPath.read(link.body(), "$.sha256")).isEqualTo(sha256(v2));
        Reply presigned = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
        assertThat(presigned.status()).as("plain GET of the presigned link: %s", presigned.text()).isEqualTo(200);
        assertThat(presigned.bytes()).isEqualTo(v2);

        // 5. the assessment package holds the accepted version under its area and indicator, with the index
        Reply zip = get("/api/evidence/units/" + UNIT + "/years/" + YEAR + "/package", tpi);
        assertThat(zip.status()).as(zip.text()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/zip"));
        Map<String, byte[]> entries = unzip(zip.bytes());
        List<String> ours = entries.keySet().stream().filter(name -> name.contains(id)).toList();
        assertThat(ours).as("entries of %s in %s", id, entries.keySet()).singleElement().satisfies(name -> {
            assertThat(name).startsWith("Area 1 - ").contains("/R1 ").contains(id + " v2").endsWith(".pdf");
            assertThat(entries.get(name)).isEqualTo(v2);
        });
        assertThat(entries).containsKey("INDEKS.csv");
        String index = new String(entries.get("INDEKS.csv"), StandardCharsets.UTF_8);
        assertThat(index).contains("\"" + id + "\"").contains("\"" + sha256(v2) + "\"").contains("\"inspektorat.magelang\"");
    }

    // ---- helpers

    /** The review states of one kind of evidence on one row of a coverage answer (one element, or none if absent). */
    private static List<String> kindStates(String coverage, String rowId, String kind) {
        return JsonPath.read(coverage, "$.rows[?(@.rowId == '" + rowId + "')].kinds[?(@.kind == '" + kind + "')].state");
    }

    private static long count(String token, String query) {
        HttpResponse<String> list = stack.get("/api/evidence/items?unitId=" + UNIT + "&year=" + YEAR + "&" + query, token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private record Reply(int status, HttpResponse<byte[]> response) {

        byte[] bytes() {
            return response.body();
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        DocumentContext json() {
            return JsonPath.parse(text());
        }

        java.util.Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }
    }

    /** {@code GET} through the gateway, keeping the answer's bytes as they came. */
    private static Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(stack.urls().gateway().resolve(path.substring(1))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    /**
     * A multipart upload through the gateway, written by hand in the order the service reads it: the fields
     * first, the part {@code file} last. The claimed type is always octet-stream: the service decides from the bytes.
     */
    private static Reply multipart(String path, String token, Map<String, String> fields, Map<String, String> headers, String fileName,
            byte[] content) {
        String boundary = "zi-e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(stack.urls().gateway().resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request.build());
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
