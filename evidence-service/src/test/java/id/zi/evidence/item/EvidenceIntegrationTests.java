package id.zi.evidence.item;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.evidence.EvidenceApi;
import id.zi.testkit.files.SampleFiles;
import id.zi.evidence.EvidenceApi.Form;
import id.zi.evidence.EvidenceApi.Reply;
import id.zi.evidence.PlanFeed;
import id.zi.evidence.plan.PlanCopy;
import id.zi.evidence.plan.PlanProjection;
import id.zi.platform.events.CloudEventHeaders;
import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.events.TopicRecords;
import id.zi.testkit.security.TestUser;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence over real HTTP with real tokens, on a real MongoDB-protocol server, Kafka broker and S3 server:
 * upload, versions, review, download, package and coverage, and every kind of bad input answered with a
 * problem and nothing stored. Each test works on its own plan year, so they share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.events.relay-interval=200ms")
public abstract class EvidenceIntegrationTests {

    static final String TOPIC = "zi.evidence.evidence.v1";
    static final String MAGELANG = "33.71.dpmptsp";
    static final String MAGELANG_PATH = "/id/33/33.71/33.71.dpmptsp";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MinioClient minio;

    @Autowired
    PlanProjection plans;

    protected abstract String kafkaBootstrapServers();

    EvidenceApi api() {
        return new EvidenceApi("http://127.0.0.1:" + port, json);
    }

    /** The unit's plan for {@code year} with rows R1 (SK, FOTO; A.I.1.i) and R2 (LAPORAN; A.I.6.iv), known to the service. */
    void planFor(int year) {
        PlanFeed.rows(kafkaBootstrapServers(), json, MAGELANG, MAGELANG_PATH, year, List.of(
                PlanFeed.row("R1", 1, "A.I.1.i", "Penyusunan Tim Kerja", List.of("SK", "FOTO")),
                PlanFeed.row("R2", 6, "A.I.6.iv", "Penilaian kepuasan terhadap pelayanan", List.of("LAPORAN"))));
        PlanFeed.await(() -> plans.find(PlanCopy.idOf(MAGELANG, year)).isPresent(), Duration.ofSeconds(30), "the plan of " + year);
    }

    static Map<String, Object> fields(String kind, String title, String date, int year, List<String> rows) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("effectiveDate", date);
        fields.put("year", year);
        if (!rows.isEmpty()) {
            fields.put("planRows", rows);
        }
        return fields;
    }

    Reply upload(TestUser user, Map<String, Object> fields, String fileName, byte[] bytes) {
        return api().upload(user, new Form().fields(fields).file(fileName, bytes, "application/octet-stream"));
    }

    JsonNode uploaded(Map<String, Object> fields, String fileName, byte[] bytes) {
        Reply reply = upload(TestUser.operatorMagelang(), fields, fileName, bytes);
        assertThat(reply.status()).as("upload: %s", reply.body()).isEqualTo(201);
        return reply.body();
    }

    List<String> objectsUnder(String prefix) {
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : minio.listObjects(ListObjectsArgs.builder().bucket("zi-evidence").prefix(prefix).recursive(true).build())) {
            try {
                keys.add(result.get().objectName());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    long itemsOf(int year) {
        Reply list = api().get("/api/evidence/items?unitId=" + MAGELANG + "&year=" + year, TestUser.operatorMagelang());
        return Long.parseLong(list.header("X-Total-Count"));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anUploadKeepsTheBytesUnderTheUnitsKeyWithTheirChecksumAndTypeFromTheBytesAndPublishesTheObjectReference() throws Exception {
        planFor(2011);
        byte[] pdf = SampleFiles.pdf("SK Tim Kerja ZI 2011");
        Map<String, Object> fields = fields("SK", "SK Tim Kerja Zona Integritas 2011", "2011-01-08", 2011, List.of("R1"));
        fields.put("lkeQuestions", "A.I.1.i.a");
        JsonNode item = uploaded(fields, "SK Tim Kerja.pdf", pdf);

        String id = item.get("id").asString();
        assertThat(item.get("unitId").asString()).isEqualTo(MAGELANG);
        assertThat(item.get("orgPath").asString()).isEqualTo(MAGELANG_PATH);
        assertThat(item.get("quarter").asInt()).isEqualTo(1);
        assertThat(item.at("/links/planRows/0").asString()).isEqualTo("R1");
        assertThat(item.at("/links/lkeQuestions/0").asString()).isEqualTo("A.I.1.i.a");
        assertThat(item.at("/review/state").asString()).isEqualTo("PENDING");
        JsonNode file = item.at("/versions/0");
        assertThat(file.get("contentType").asString()).as("decided from the bytes, not the claimed octet-stream").isEqualTo("application/pdf");
        assertThat(file.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(objectsUnder(MAGELANG + "/2011/" + id + "/")).containsExactly(MAGELANG + "/2011/" + id + "/1");

        List<ConsumerRecord<String, byte[]>> events = TopicRecords.await(kafkaBootstrapServers(), TOPIC,
                record -> id.equals(CloudEventHeaders.read(record).subject()), 1, Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> event = events.getFirst();
        assertThat(CloudEventHeaders.read(event).type()).isEqualTo("id.zi.evidence.evidence.uploaded.v1");
        assertThat(event.key()).isEqualTo(MAGELANG);
        JsonNode payload = json.readTree(event.value());
        assertThat(payload.at("/object/key").asString()).isEqualTo(MAGELANG + "/2011/" + id + "/1");
        assertThat(payload.at("/object/sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain("BT /F1");
        EventContracts.assertValid(event);
    }

    @Test
    void theSameBytesUploadedTwiceInAUnitAreRecognisedAndNotStoredAgain() throws Exception {
        planFor(2012);
        byte[] pdf = SampleFiles.pdf("Notulen rapat 2012");
        String first = uploaded(fields("NOTULEN", "Notulen rapat", "2012-02-01", 2012, List.of("R1")), "notulen.pdf", pdf).get("id").asString();

        Reply again = upload(TestUser.operatorMagelang(), fields("NOTULEN", "Notulen rapat (lagi)", "2012-02-01", 2012, List.of()),
                "notulen-copy.pdf", pdf);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("existingEvidenceId").asString()).isEqualTo(first);
        assertThat(again.field()).isEqualTo("file");
        assertThat(itemsOf(2012)).isEqualTo(1);
        assertThat(objectsUnder(MAGELANG + "/2012/")).hasSize(1);
        // another unit may hold the same bytes: the check is per unit
        assertThat(upload(TestUser.operatorJambi(), fields("NOTULEN", "Notulen", "2012-02-01", 2012, List.of()), "notulen.pdf", pdf).status())
                .isEqualTo(201);
    }

    @Test
    void badFilesAreRefusedWithTheFieldAtFaultAndNothingIsStored() {
        planFor(2013);
        Map<String, Object> fields = fields("SK", "SK", "2013-01-05", 2013, List.of("R1"));
        record Case(String why, String fileName, byte[] bytes, int status, String type) {
        }
        List<Case> cases = List.of(
                new Case("path traversal", "../../etc/passwd.pdf", SampleFiles.pdf("a"), 400, "invalid-input"),
                new Case("a Windows path", "C:\\Users\\op\\sk.pdf", SampleFiles.pdf("b"), 400, "invalid-input"),
                new Case("control characters", "sk\u0007.pdf", SampleFiles.pdf("c"), 400, "invalid-input"),
                new Case("a right-to-left override hiding the extension", "sk\u202Efdp.exe", SampleFiles.pdf("d"), 400, "invalid-input"),
                new Case("a renamed executable", "SK Tim Kerja.pdf", SampleFiles.executable(), 415, "file-type-not-allowed"),
                new Case("a photo named .pdf", "foto.pdf", SampleFiles.png("e"), 415, "file-name-mismatch"),
                new Case("an empty file", "kosong.pdf", new byte[0], 400, "empty-file"));
        for (Case bad : cases) {
            Reply reply = upload(TestUser.operatorMagelang(), fields, bad.fileName(), bad.bytes());
            assertThat(reply.status()).as(bad.why() + ": %s", reply.body()).isEqualTo(bad.status());
            assertThat(reply.header("Content-Type")).as(bad.why()).startsWith("application/problem+json");
            assertThat(reply.field()).as(bad.why()).isEqualTo("file");
            assertThat(reply.body().get("type").asString()).as(bad.why()).endsWith("/" + bad.type());
        }
        assertThat(itemsOf(2013)).isZero();
        assertThat(objectsUnder(MAGELANG + "/2013/")).isEmpty();
    }

    @Test
    void badFieldsAreRefusedBeforeAnyByteIsStored() {
        planFor(2014);
        byte[] pdf = SampleFiles.pdf("fields 2014");
        record Case(Map<String, Object> fields, String field) {
        }
        List<Case> cases = List.of(
                new Case(fields("PIAGAM", "SK", "2014-01-05", 2014, List.of()), "kind"),
                new Case(fields("SK", " ", "2014-01-05", 2014, List.of()), "title"),
                new Case(fields("SK", "SK", "05-01-2014", 2014, List.of()), "effectiveDate"),
                new Case(fields("SK", "SK", "2999-01-05", 2014, List.of()), "effectiveDate"),
                new Case(fields("SK", "SK", "2014-01-05", 2014, List.of("R1", "R99")), "planRows[1]"),
                new Case(fields("SK", "SK", "2004-01-05", 2005, List.of("R1")), "planRows"));
        for (Case bad : cases) {
            Reply reply = upload(TestUser.operatorMagelang(), bad.fields(), "sk.pdf", pdf);
            assertThat(reply.status()).as("%s: %s", bad.field(), reply.body()).isEqualTo(400);
            assertThat(reply.field()).isEqualTo(bad.field());
        }
        Map<String, Object> unknownQuestion = fields("SK", "SK", "2014-01-05", 2014, List.of());
        unknownQuestion.put("lkeQuestions", List.of("A.I.1.i.a", "Z.9"));
        assertThat(upload(TestUser.operatorMagelang(), unknownQuestion, "sk.pdf", pdf).field()).isEqualTo("lkeQuestions[1]");
        Reply fileFirst = api().upload(TestUser.operatorMagelang(), new Form().file("sk.pdf", pdf, "application/pdf").field("kind", "SK"));
        assertThat(fileFirst.status()).isEqualTo(400);
        assertThat(itemsOf(2014)).isZero();
        assertThat(objectsUnder(MAGELANG + "/2014/")).isEmpty();
        assertThat(upload(TestUser.inspektoratMagelang(), fields("SK", "SK", "2014-01-05", 2014, List.of()), "sk.pdf", pdf).status())
                .as("the TPI reviews evidence; it does not upload the unit's").isEqualTo(403);
    }

    @Test
    void aFileOverTheUnitsLimitIsRefusedWithoutKeepingAnything() {
        Reply limit = api().call("PUT", "/api/evidence/limits/15.dpmptsp", TestUser.admin(), Map.of("maxFileSize", 4096), Map.of());
        assertThat(limit.status()).as("%s", limit.body()).isEqualTo(200);
        try {
            byte[] large = new byte[64 * 1024];
            byte[] pdf = SampleFiles.pdf("large");
            System.arraycopy(pdf, 0, large, 0, pdf.length);
            Reply reply = upload(TestUser.operatorJambi(), fields("LAPORAN", "Laporan besar", "2013-03-01", 2013, List.of()), "laporan.pdf",
                    large);
            assertThat(reply.status()).isEqualTo(413);
            assertThat(reply.field()).isEqualTo("file");
            assertThat(reply.body().get("detail").asString()).contains("4.0 KiB");
            assertThat(objectsUnder("15.dpmptsp/2013/")).isEmpty();
            assertThat(api().call("PUT", "/api/evidence/limits/15.dpmptsp", TestUser.operatorJambi(), Map.of("maxFileSize", 1 << 30), Map.of())
                    .status()).as("only a platform admin sets limits").isEqualTo(403);
        } finally {
            api().call("DELETE", "/api/evidence/limits/15.dpmptsp", TestUser.admin(), null, Map.of());
        }
        assertThat(api().get("/api/evidence/limits/15.dpmptsp", TestUser.operatorJambi()).body().get("maxFileSize").asLong())
                .isEqualTo(512L * 1024 * 1024);
    }

    @Test
    void anotherUnitsEvidenceIsNotFoundWhateverTheRequest() {
        planFor(2015);
        String id = uploaded(fields("SK", "SK 2015", "2015-01-05", 2015, List.of("R1")), "sk.pdf", SampleFiles.pdf("2015")).get("id").asString();
        TestUser jambi = TestUser.operatorJambi();

        assertThat(api().get("/api/evidence/items/" + id, jambi).status()).isEqualTo(404);
        assertThat(api().get("/api/evidence/items/" + id + "/files/1", jambi).status()).isEqualTo(404);
        assertThat(api().get("/api/evidence/items/" + id + "/files/1/link", jambi).status()).isEqualTo(404);
        assertThat(api().get("/api/evidence/items/" + id + "/audit", jambi).status()).isEqualTo(404);
        assertThat(api().call("PATCH", "/api/evidence/items/" + id, jambi, Map.of("title", "x"), Map.of()).status()).isEqualTo(404);
        assertThat(api().call("DELETE", "/api/evidence/items/" + id, jambi, null, Map.of()).status()).isEqualTo(404);
        Reply revise = api().multipart("/api/evidence/items/" + id + "/files", jambi, new Form().file("x.pdf", SampleFiles.pdf("x"), "application/pdf"),
                Map.of());
        assertThat(revise.status()).isEqualTo(404);
        assertThat(revise.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().get("/api/evidence/items?unitId=" + MAGELANG, jambi).body()).isEmpty();
        assertThat(api().get("/api/evidence/items/" + id, TestUser.evaluatorJateng()).status()).as("Jawa Tengah's evaluator sees it")
                .isEqualTo(200);
    }

    @Test
    void aRevisionKeepsTheOldVersionsAndBecomesCurrentAwaitingReview() throws Exception {
        planFor(2016);
        byte[] v1 = SampleFiles.pdf("SOP v1");
        JsonNode item = uploaded(fields("SK", "SK pelayanan", "2016-01-05", 2016, List.of("R1")), "sk.pdf", v1);
        String id = item.get("id").asString();
        assertThat(api().call("POST", "/api/evidence/items/" + id + "/review", TestUser.inspektoratMagelang(),
                Map.of("decision", "REQUEST_CHANGES", "reason", "Belum ditandatangani"), Map.of()).status()).isEqualTo(200);

        byte[] v2 = SampleFiles.pdf("SOP v2 ditandatangani");
        Reply stale = api().multipart("/api/evidence/items/" + id + "/files", TestUser.operatorMagelang(),
                new Form().field("note", "ditandatangani").file("sk-ttd.pdf", v2, "application/pdf"), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).as("the review changed the item since version 1").isEqualTo(412);
        Reply revised = api().multipart("/api/evidence/items/" + id + "/files", TestUser.operatorMagelang(),
                new Form().field("note", "ditandatangani").file("sk-ttd.pdf", v2, "application/pdf"), Map.of("If-Match", "\"2\""));

        assertThat(revised.status()).as("%s", revised.body()).isEqualTo(201);
        assertThat(revised.body().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(revised.body().at("/review/state").asString()).isEqualTo("PENDING");
        assertThat(revised.body().get("versions")).hasSize(2);
        assertThat(revised.body().at("/versions/1/note").asString()).isEqualTo("ditandatangani");
        assertThat(api().get("/api/evidence/items/" + id + "/files/1", TestUser.operatorMagelang()).bytes()).isEqualTo(v1);
        assertThat(api().get("/api/evidence/items/" + id + "/files/current", TestUser.operatorMagelang()).bytes()).isEqualTo(v2);
        assertThat(objectsUnder(MAGELANG + "/2016/" + id + "/")).containsExactlyInAnyOrder(MAGELANG + "/2016/" + id + "/1",
                MAGELANG + "/2016/" + id + "/2");
        Reply same = api().multipart("/api/evidence/items/" + id + "/files", TestUser.operatorMagelang(),
                new Form().file("lagi.pdf", v1, "application/pdf"), Map.of());
        assertThat(same.status()).as("version 1 again").isEqualTo(409);

        List<ConsumerRecord<String, byte[]>> events = TopicRecords.await(kafkaBootstrapServers(), TOPIC,
                record -> id.equals(CloudEventHeaders.read(record).subject()), 3, Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> revisedEvent = events.get(2);
        assertThat(CloudEventHeaders.read(revisedEvent).type()).isEqualTo("id.zi.evidence.evidence.revised.v1");
        assertThat(CloudEventHeaders.read(revisedEvent).sequence()).isEqualTo(3);
        assertThat(json.readTree(revisedEvent.value()).get("previousVersion").asInt()).isEqualTo(1);
        events.forEach(EventContracts::assertValid);
    }

    @Test
    void theTpiReviewsWithAReasonForEveryRefusalAndTheUnitReadsTheAuditTrail() {
        planFor(2017);
        String id = uploaded(fields("FOTO", "Foto kegiatan", "2017-02-03", 2017, List.of("R1")), "foto.png", SampleFiles.png("foto 2017"))
                .get("id").asString();
        String review = "/api/evidence/items/" + id + "/review";

        assertThat(api().call("POST", review, TestUser.operatorMagelang(), Map.of("decision", "ACCEPT"), Map.of()).status()).isEqualTo(403);
        assertThat(api().call("POST", review, TestUser.evaluatorJateng(), Map.of("decision", "ACCEPT"), Map.of()).status()).isEqualTo(403);
        Reply noReason = api().call("POST", review, TestUser.inspektoratMagelang(), Map.of("decision", "REJECT"), Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.field()).isEqualTo("reason");
        Reply rejected = api().call("POST", review, TestUser.inspektoratMagelang(),
                Map.of("decision", "REJECT", "reason", "Foto tanpa keterangan waktu"), Map.of());
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().at("/review/state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.body().at("/review/reason").asString()).isEqualTo("Foto tanpa keterangan waktu");
        assertThat(rejected.body().at("/review/by").asString()).isEqualTo("inspektorat.magelang");

        Reply audit = api().get("/api/evidence/items/" + id + "/audit", TestUser.operatorMagelang());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).hasSize(2);
        assertThat(audit.body().at("/0/action").asString()).isEqualTo("UPLOADED");
        assertThat(audit.body().at("/0/by").asString()).isEqualTo("operator.magelang");
        assertThat(audit.body().at("/1/action").asString()).isEqualTo("REVIEWED");
        assertThat(audit.body().at("/1/before/review").asString()).isEqualTo("PENDING");
        assertThat(audit.body().at("/1/after/review").asString()).isEqualTo("REJECTED");
        assertThat(audit.body().at("/1/after/reason").asString()).isEqualTo("Foto tanpa keterangan waktu");
        Reply unitAudit = api().get("/api/evidence/audit?unitId=" + MAGELANG + "&year=2017", TestUser.kepalaMagelang());
        assertThat(unitAudit.body().at("/0/action").asString()).as("newest first").isEqualTo("REVIEWED");
    }

    @Test
    void aBulkReviewDecidesEveryMatchingItemAndAuditsEachOnItsOwn() {
        planFor(2018);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(uploaded(fields("LAPORAN", "Laporan " + i, "2018-0" + i + "-10", 2018, List.of("R2")), "laporan-" + i + ".pdf",
                    SampleFiles.pdf("laporan 2018 " + i)).get("id").asString());
        }
        Reply noReason = api().call("POST", "/api/evidence/reviews", TestUser.inspektoratMagelang(),
                Map.of("filter", Map.of("unitId", MAGELANG, "year", 2018), "decision", "REQUEST_CHANGES"), Map.of());
        assertThat(noReason.field()).isEqualTo("reason");
        Reply empty = api().call("POST", "/api/evidence/reviews", TestUser.inspektoratMagelang(), Map.of("filter", Map.of(), "decision", "ACCEPT"),
                Map.of());
        assertThat(empty.field()).isEqualTo("filter");

        Reply bulk = api().call("POST", "/api/evidence/reviews", TestUser.inspektoratMagelang(),
                Map.of("filter", Map.of("unitId", MAGELANG, "year", 2018, "state", "PENDING"), "decision", "ACCEPT"), Map.of());

        assertThat(bulk.status()).as("%s", bulk.body()).isEqualTo(200);
        assertThat(bulk.body().get("matched").asInt()).isEqualTo(3);
        assertThat(bulk.body().get("reviewed")).hasSize(3);
        for (String id : ids) {
            JsonNode item = api().get("/api/evidence/items/" + id, TestUser.operatorMagelang()).body();
            assertThat(item.at("/review/state").asString()).isEqualTo("ACCEPTED");
            assertThat(api().get("/api/evidence/items/" + id + "/audit", TestUser.operatorMagelang()).body().at("/1/by").asString())
                    .isEqualTo("inspektorat.magelang");
        }
        Reply outOfScope = api().call("POST", "/api/evidence/reviews", TestUser.inspektoratMagelang(),
                Map.of("filter", Map.of("unitId", "15.dpmptsp"), "decision", "ACCEPT"), Map.of());
        assertThat(outOfScope.body().get("matched").asInt()).as("Jambi is outside Magelang's inspectorate").isZero();
    }

    @Test
    void filesDownloadStreamedOrByAShortLivedLinkWithTheirNameAndChecksum() throws Exception {
        planFor(2019);
        byte[] pdf = SampleFiles.pdf("Laporan SKM triwulan I 2019");
        String id = uploaded(fields("LAPORAN", "Laporan SKM", "2019-03-30", 2019, List.of("R2")), "Laporan SKM TW I.pdf", pdf).get("id")
                .asString();

        Reply streamed = api().get("/api/evidence/items/" + id + "/files/1", TestUser.inspektoratMagelang());
        assertThat(streamed.status()).isEqualTo(200);
        assertThat(streamed.bytes()).isEqualTo(pdf);
        assertThat(streamed.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(streamed.header("Content-Disposition")).contains("attachment").contains("Laporan SKM TW I.pdf");
        assertThat(streamed.header("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");

        Reply link = api().get("/api/evidence/items/" + id + "/files/1/link", TestUser.operatorMagelang());
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.body().get("expiresAt").asString()).isNotBlank();
        HttpResponse<byte[]> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.body().get("url").asString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).isEqualTo(pdf);
        assertThat(api().get("/api/evidence/items/" + id + "/files/7", TestUser.operatorMagelang()).status()).isEqualTo(404);
    }

    @Test
    void theAssessmentPackageHoldsOnlyAcceptedFilesInFoldersByAreaAndIndicatorWithAnIndex() throws Exception {
        planFor(2020);
        byte[] sk = SampleFiles.pdf("SK Tim ZI 2020");
        byte[] foto = SampleFiles.png("Foto rapat 2020");
        byte[] laporan = SampleFiles.pdf("Laporan SKM 2020");
        String skId = uploaded(fields("SK", "SK Tim Kerja", "2020-01-05", 2020, List.of("R1")), "sk.pdf", sk).get("id").asString();
        String fotoId = uploaded(fields("FOTO", "Foto rapat", "2020-01-06", 2020, List.of("R1")), "foto.png", foto).get("id").asString();
        String laporanId = uploaded(fields("LAPORAN", "Laporan SKM", "2020-04-02", 2020, List.of("R2")), "laporan.pdf", laporan).get("id")
                .asString();
        for (String id : List.of(skId, laporanId)) {
            api().call("POST", "/api/evidence/items/" + id + "/review", TestUser.inspektoratMagelang(), Map.of("decision", "ACCEPT"), Map.of());
        }
        api().call("POST", "/api/evidence/items/" + fotoId + "/review", TestUser.inspektoratMagelang(),
                Map.of("decision", "REJECT", "reason", "buram"), Map.of());

        Reply zip = api().get("/api/evidence/units/" + MAGELANG + "/years/2020/package", TestUser.inspektoratMagelang());

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsKey("INDEKS.csv").hasSize(3);
        String skPath = "Area 1 - Manajemen Perubahan/R1 A.I.1.i Penyusunan Tim Kerja/SK - SK Tim Kerja (" + skId + " v1).pdf";
        assertThat(entries.get(skPath)).isEqualTo(sk);
        assertThat(entries.keySet()).anyMatch(path -> path.startsWith("Area 6 - ") && path.contains("R2 A.I.6.iv"));
        assertThat(entries.keySet()).noneMatch(path -> path.contains(fotoId));
        String index = new String(entries.get("INDEKS.csv"), StandardCharsets.UTF_8);
        assertThat(index).contains(skId).contains(sha256(sk)).contains(laporanId).doesNotContain(fotoId).contains("inspektorat.magelang");
        assertThat(api().get("/api/evidence/units/" + MAGELANG + "/years/2020/package", TestUser.operatorJambi()).status()).isEqualTo(404);
    }

    @Test
    void coverageShowsForEachRowWhichExpectedKindsAreAcceptedPendingReturnedOrMissing() {
        planFor(2021);
        String sk = uploaded(fields("SK", "SK Tim", "2021-01-05", 2021, List.of("R1")), "sk.pdf", SampleFiles.pdf("SK 2021")).get("id").asString();
        uploaded(fields("FOTO", "Foto", "2021-01-06", 2021, List.of("R1")), "foto.png", SampleFiles.png("foto 2021"));
        api().call("POST", "/api/evidence/items/" + sk + "/review", TestUser.inspektoratMagelang(), Map.of("decision", "ACCEPT"), Map.of());

        Reply coverage = api().get("/api/evidence/coverage/units/" + MAGELANG + "/years/2021", TestUser.operatorMagelang());

        assertThat(coverage.status()).isEqualTo(200);
        JsonNode r1 = coverage.body().at("/rows/0");
        assertThat(r1.get("rowId").asString()).isEqualTo("R1");
        assertThat(r1.at("/kinds/0/kind").asString()).isEqualTo("SK");
        assertThat(r1.at("/kinds/0/state").asString()).isEqualTo("ACCEPTED");
        assertThat(r1.at("/kinds/1/kind").asString()).isEqualTo("FOTO");
        assertThat(r1.at("/kinds/1/state").asString()).isEqualTo("PENDING");
        assertThat(r1.get("complete").asBoolean()).isFalse();
        assertThat(coverage.body().at("/rows/1/kinds/0/state").asString()).isEqualTo("MISSING");
        assertThat(coverage.body().at("/summary/required").asInt()).isEqualTo(3);
        assertThat(coverage.body().at("/summary/accepted").asInt()).isEqualTo(1);

        Reply subtree = api().get("/api/evidence/coverage?orgPath=/id/33&year=2021", TestUser.evaluatorJateng());
        assertThat(subtree.status()).isEqualTo(200);
        assertThat(subtree.body().get("perUnit")).anyMatch(unit -> unit.get("unitId").asString().equals(MAGELANG));
        assertThat(api().get("/api/evidence/coverage/units/" + MAGELANG + "/years/2021", TestUser.operatorJambi()).status()).isEqualTo(404);
        assertThat(api().get("/api/evidence/coverage?year=2021", TestUser.operatorJambi()).body().get("perUnit")).isEmpty();
    }

    @Test
    void deletingRemovesTheItemAndItsObjectsButAcceptedEvidenceStays() {
        planFor(2022);
        String draft = uploaded(fields("FOTO", "Foto salah", "2022-01-06", 2022, List.of("R1")), "foto.png", SampleFiles.png("salah 2022")).get("id")
                .asString();
        String accepted = uploaded(fields("SK", "SK", "2022-01-05", 2022, List.of("R1")), "sk.pdf", SampleFiles.pdf("SK 2022")).get("id").asString();
        api().call("POST", "/api/evidence/items/" + accepted + "/review", TestUser.inspektoratMagelang(), Map.of("decision", "ACCEPT"), Map.of());

        assertThat(api().call("DELETE", "/api/evidence/items/" + draft, TestUser.operatorMagelang(), null, Map.of()).status()).isEqualTo(204);
        assertThat(api().get("/api/evidence/items/" + draft, TestUser.operatorMagelang()).status()).isEqualTo(404);
        assertThat(objectsUnder(MAGELANG + "/2022/" + draft + "/")).isEmpty();
        assertThat(api().get("/api/evidence/audit?unitId=" + MAGELANG + "&year=2022", TestUser.operatorMagelang()).body())
                .anyMatch(entry -> entry.get("evidenceId").asString().equals(draft) && entry.get("action").asString().equals("DELETED"));
        Reply refused = api().call("DELETE", "/api/evidence/items/" + accepted, TestUser.operatorMagelang(), null, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(objectsUnder(MAGELANG + "/2022/" + accepted + "/")).hasSize(1);
    }

    @Test
    void changingWhatAnAcceptedItemProvesSendsItBackToReview() {
        planFor(2023);
        String id = uploaded(fields("SK", "SK", "2023-01-05", 2023, List.of("R1")), "sk.pdf", SampleFiles.pdf("SK 2023")).get("id").asString();
        api().call("POST", "/api/evidence/items/" + id + "/review", TestUser.inspektoratMagelang(), Map.of("decision", "ACCEPT"), Map.of());

        Reply retitled = api().call("PATCH", "/api/evidence/items/" + id, TestUser.operatorMagelang(), Map.of("title", "SK Tim Kerja ZI 2023"),
                Map.of());
        assertThat(retitled.body().at("/review/state").asString()).as("a new title proves nothing new").isEqualTo("ACCEPTED");
        Reply relinked = api().call("PATCH", "/api/evidence/items/" + id, TestUser.operatorMagelang(), Map.of("planRows", List.of("R1", "R2")),
                Map.of("If-Match", retitled.header("ETag")));
        assertThat(relinked.status()).as("%s", relinked.body()).isEqualTo(200);
        assertThat(relinked.body().at("/links/planRows/1").asString()).isEqualTo("R2");
        assertThat(relinked.body().at("/review/state").asString()).isEqualTo("PENDING");
        Reply stale = api().call("PATCH", "/api/evidence/items/" + id, TestUser.operatorMagelang(), Map.of("title", "x"),
                Map.of("If-Match", retitled.header("ETag")));
        assertThat(stale.status()).isEqualTo(412);
        Reply badRow = api().call("PATCH", "/api/evidence/items/" + id, TestUser.operatorMagelang(), Map.of("planRows", List.of("R5")), Map.of());
        assertThat(badRow.field()).isEqualTo("planRows[0]");
    }

    @Test
    void evidenceFollowsItsUnitWhenTheUnitMovesToAnotherParent() throws Exception {
        String oldPath = "/id/33/33.71/33.71.upt-arsip";
        String newPath = "/id/33/33.75/33.75.upt-arsip";
        TestUser operator = new TestUser("operator.upt", java.util.Set.of("unit-operator"), "33.71.upt-arsip", oldPath, oldPath);
        String id = upload(operator, fields("SK", "SK UPT", "2024-01-05", 2024, List.of()), "sk.pdf", SampleFiles.pdf("UPT 2024")).body().get("id")
                .asString();
        assertThat(api().get("/api/evidence/items/" + id, TestUser.inspektoratMagelang()).status()).isEqualTo(200);

        Map<String, Object> moved = new LinkedHashMap<>();
        moved.put("unitId", "33.71.upt-arsip");
        moved.put("oldParentId", "33.71");
        moved.put("newParentId", "33.75");
        moved.put("oldPath", oldPath);
        moved.put("newPath", newPath);
        moved.put("ancestors", List.of("id", "33", "33.75"));
        moved.put("effectiveFrom", "2024-06-01");
        moved.put("occurredAt", "2024-05-20T01:00:00Z");
        PlanFeed.orgUnitMoved(kafkaBootstrapServers(), json, "33.71.upt-arsip", newPath, moved);

        PlanFeed.await(() -> api().get("/api/evidence/items/" + id, TestUser.inspektoratMagelang()).status() == 404, Duration.ofSeconds(30),
                "the move to reach evidence");
        TestUser pekalongan = new TestUser("inspektorat.pekalongan", java.util.Set.of("tpi-evaluator"), "33.75.inspektorat",
                "/id/33/33.75/33.75.inspektorat", "/id/33/33.75");
        Reply there = api().get("/api/evidence/items/" + id, pekalongan);
        assertThat(there.status()).isEqualTo(200);
        assertThat(there.body().get("orgPath").asString()).isEqualTo(newPath);
    }
}
