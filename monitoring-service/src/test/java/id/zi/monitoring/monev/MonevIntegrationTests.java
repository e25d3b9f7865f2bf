package id.zi.monitoring.monev;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.monitoring.Feed;
import id.zi.monitoring.Feed.Unit;
import id.zi.monitoring.MonitoringApi;
import id.zi.monitoring.MonitoringApi.Reply;
import id.zi.monitoring.evidence.EvidenceProjection;
import id.zi.monitoring.orgunit.OrgUnitProjection;
import id.zi.monitoring.plan.PlanCopy;
import id.zi.monitoring.plan.PlanProjection;
import id.zi.platform.events.CloudEventHeaders;
import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.events.TopicRecords;
import id.zi.testkit.security.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monev over real HTTP with real tokens, fed by planning's and evidence's events through a real broker and kept
 * in a real MongoDB-protocol server: the cycle from creation to approval, the follow-up of a recommendation in
 * the next quarter, the roles, bad input, the events and the report. Each test works on a unit of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.events.relay-interval=200ms")
public abstract class MonevIntegrationTests {

    static final String TOPIC = "zi.monitoring.monev.v1";
    static final TestUser TPI = TestUser.inspektoratMagelang();
    /** A TPI evaluator of another city, who must not see Kota Magelang's units. */
    static final TestUser TPI_PEKALONGAN = new TestUser("inspektorat.pekalongan", Set.of("tpi-evaluator"), "33.75.inspektorat",
            "/id/33/33.75/33.75.inspektorat", "/id/33/33.75");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    PlanProjection plans;

    @Autowired
    EvidenceProjection evidence;

    @Autowired
    OrgUnitProjection units;

    protected abstract String kafkaBootstrapServers();

    MonitoringApi api() {
        return new MonitoringApi("http://127.0.0.1:" + port, json);
    }

    Feed feed() {
        return new Feed(kafkaBootstrapServers(), json);
    }

    /**
     * The unit's plan of {@code year}: R1 (January, SK), R2 (February and March, NOTULEN and DAFTAR_HADIR), R3 (May),
     * R4 (no schedule yet); known to the service.
     */
    Unit unitWithPlan(int year) {
        Unit unit = Unit.fresh();
        feed().orgUnit(unit);
        feed().planRows(unit, year, List.of(
                Feed.row("R1", 1, "A.I.1.i", "Penyusunan Tim Kerja", List.of(1), List.of("SK")),
                Feed.row("R2", 1, "A.I.3.i", "Rapat koordinasi Tim Kerja", List.of(2, 3), List.of("NOTULEN", "DAFTAR_HADIR")),
                Feed.row("R3", 6, "A.I.6.i", "Penyusunan standar pelayanan", List.of(5), List.of("SOP")),
                Feed.row("R4", 5, "A.I.5.i", "Pengendalian gratifikasi", List.of(), List.of("LAPORAN"))));
        Feed.await(() -> plans.find(PlanCopy.idOf(unit.id(), year)).isPresent() && units.find(unit.id()).isPresent(), "the plan of " + year);
        return unit;
    }

    Reply create(Unit unit, String period) {
        return api().post("/api/monitoring/monev", unit.operator(), Map.of("unitId", unit.id(), "period", period));
    }

    JsonNode created(Unit unit, String period) {
        Reply reply = create(unit, period);
        assertThat(reply.status()).as("create: %s", reply.body()).isEqualTo(201);
        return reply.body();
    }

    Reply put(String id, TestUser user, String ifMatch, Object body) {
        return api().call("PUT", "/api/monitoring/monev/" + id, user, body, ifMatch);
    }

    Reply step(String id, String step, TestUser user, Object body) {
        return api().call("POST", "/api/monitoring/monev/" + id + "/" + step, user, body, null);
    }

    static Map<String, Object> report(String rowId, String status, int realisation, String obstacles) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId);
        row.put("status", status);
        row.put("realisation", realisation);
        if (obstacles != null) {
            row.put("obstacles", obstacles);
        }
        return row;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    @Test
    void aQuarterGoesFromCreationThroughReturnToApprovalAndItsRecommendationIsFollowedUpNextQuarter() throws Exception {
        Unit unit = unitWithPlan(2025);
        feed().evidence(unit, 2025, "uploaded", "ev-" + unit.id() + "-sk", "SK", "SK Tim Kerja ZI 2025", 1, List.of("R1"), List.of(), "PENDING", 1);
        feed().evidence(unit, 2025, "reviewed", "ev-" + unit.id() + "-sk", "SK", "SK Tim Kerja ZI 2025", 1, List.of("R1"), List.of(), "ACCEPTED",
                2);
        feed().evidence(unit, 2025, "uploaded", "ev-" + unit.id() + "-sop", "SOP", "SOP Pelayanan", 2, List.of("R3"), List.of(), "PENDING", 1);
        Feed.await(() -> evidence.ofPlan(unit.id() + ":2025").size() == 2
                && evidence.ofPlan(unit.id() + ":2025").stream().anyMatch(link -> link.reviewState().equals("ACCEPTED")), "the evidence");

        JsonNode q1 = created(unit, "2025-Q1");
        String id = q1.get("id").asString();
        assertThat(id).isEqualTo(unit.id() + ":2025-Q1");
        assertThat(q1.get("status").asString()).isEqualTo("DRAFT");
        assertThat(texts(q1.get("rows"), "rowId")).as("rows due by the end of March").containsExactly("R1", "R2");
        assertThat(q1.at("/rows/0/evidence/0/reviewState").asString()).as("the evidence and its review, live").isEqualTo("ACCEPTED");
        assertThat(q1.at("/rows/0/missingKinds").isEmpty()).isTrue();
        assertThat(q1.at("/rows/1/missingKinds").toString()).isEqualTo("[\"NOTULEN\",\"DAFTAR_HADIR\"]");
        assertThat(q1.at("/summary/rowsDue").asInt()).isEqualTo(2);
        assertThat(q1.get("followUps").isEmpty()).isTrue();

        // Reporting needs the version read, and only the unit's operator reports.
        Map<String, Object> rows = Map.of("rows", List.of(report("R1", "DONE", 100, null), report("R2", "IN_PROGRESS", 50,
                "Rapat Maret ditunda karena pergantian Kepala Dinas")));
        Reply noVersion = put(id, unit.operator(), null, rows);
        assertThat(noVersion.status()).isEqualTo(428);
        assertThat(noVersion.field()).isEqualTo("If-Match");
        assertThat(put(id, unit.operator(), "\"7\"", rows).status()).isEqualTo(412);
        assertThat(put(id, TPI, "\"1\"", rows).status()).as("the TPI does not edit the unit's rows").isEqualTo(403);
        assertThat(put(id, unit.head(), "\"1\"", rows).status()).as("the head submits, the operator reports").isEqualTo(403);
        Reply edited = put(id, unit.operator(), "\"1\"", rows);
        assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
        assertThat(edited.etag()).isEqualTo("\"2\"");
        assertThat(edited.body().at("/summary/averageRealisation").asDouble()).isEqualTo(75.0);

        // Others' scope: Jambi and another city's TPI do not even see it.
        assertThat(api().get("/api/monitoring/monev/" + id, TestUser.operatorJambi()).status()).isEqualTo(404);
        assertThat(put(id, TestUser.operatorJambi(), "\"2\"", rows).status()).isEqualTo(404);
        assertThat(step(id, "approve", TPI_PEKALONGAN, Map.of()).status()).isEqualTo(404);
        assertThat(api().get("/api/monitoring/monev/" + id, TestUser.evaluatorJateng()).status()).isEqualTo(200);

        assertThat(step(id, "approve", TPI, Map.of()).status()).as("nothing to approve before submission").isEqualTo(409);
        Reply submitted = step(id, "submit", unit.head(), null);
        assertThat(submitted.status()).as("%s", submitted.body()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(step(id, "approve", unit.operator(), Map.of()).status()).as("the operator cannot approve").isEqualTo(403);
        assertThat(step(id, "approve", unit.head(), Map.of()).status()).as("nor the head").isEqualTo(403);
        assertThat(put(id, unit.operator(), "\"3\"", rows).status()).as("a submitted monev waits for the TPI").isEqualTo(409);

        Reply returnedWithoutNotes = step(id, "return", TPI, Map.of("notes", " "));
        assertThat(returnedWithoutNotes.status()).isEqualTo(400);
        assertThat(returnedWithoutNotes.field()).isEqualTo("notes");
        Reply returned = step(id, "return", TPI, Map.of("notes", "Notulen rapat Februari belum diunggah",
                "recommendations", List.of(Map.of("text", "Unggah notulen dan daftar hadir rapat koordinasi", "rowId", "R2"))));
        assertThat(returned.status()).as("%s", returned.body()).isEqualTo(200);
        assertThat(returned.body().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.body().get("returnNotes").asString()).isEqualTo("Notulen rapat Februari belum diunggah");
        String recommendation = returned.body().at("/recommendations/0/recommendationId").asString();

        assertThat(step(id, "submit", unit.operator(), null).status()).as("resubmitted as it stands").isEqualTo(200);
        Reply approved = step(id, "approve", TPI, null);
        assertThat(approved.status()).as("%s", approved.body()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(texts(approved.body().get("history"), "action")).containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED",
                "APPROVED");
        assertThat(put(id, unit.operator(), approved.etag(), rows).status()).as("an approved monev no longer changes").isEqualTo(409);

        // Next quarter: the recommendation waits for its follow-up, and rows due by June include May's.
        JsonNode q2 = created(unit, "2025-Q2");
        String q2Id = q2.get("id").asString();
        assertThat(texts(q2.get("rows"), "rowId")).containsExactly("R1", "R2", "R3");
        assertThat(q2.get("followUps")).singleElement().satisfies(followUp -> {
            assertThat(followUp.get("recommendationId").asString()).isEqualTo(recommendation);
            assertThat(followUp.get("fromPeriod").asString()).isEqualTo("2025-Q1");
            assertThat(followUp.get("text").asString()).isEqualTo("Unggah notulen dan daftar hadir rapat koordinasi");
            assertThat(followUp.get("rowId").asString()).isEqualTo("R2");
            assertThat(followUp.get("status").asString()).isEqualTo("OPEN");
        });
        assertThat(q2.at("/rows/2/evidence/0/title").asString()).as("evidence of Q2 shows from Q2 on").isEqualTo("SOP Pelayanan");
        assertThat(q2.at("/summary/openRecommendations").asInt()).isEqualTo(1);

        Reply followed = put(q2Id, unit.operator(), "\"1\"", Map.of(
                "rows", List.of(report("R1", "DONE", 100, null), report("R2", "DONE", 100, null), report("R3", "DONE", 100, null)),
                "followUps", List.of(Map.of("recommendationId", recommendation, "status", "DONE",
                        "note", "Notulen dan daftar hadir diunggah 3 April"))));
        assertThat(followed.status()).as("%s", followed.body()).isEqualTo(200);
        assertThat(step(q2Id, "submit", unit.operator(), null).status()).isEqualTo(200);
        assertThat(step(q2Id, "approve", TPI, Map.of()).status()).isEqualTo(200);
        JsonNode q3 = created(unit, "2025-Q3");
        assertThat(q3.get("followUps").isEmpty()).as("closed by the approved follow-up of Q2").isTrue();

        List<ConsumerRecord<String, byte[]>> events = TopicRecords.await(kafkaBootstrapServers(), TOPIC,
                record -> unit.id().equals(record.key()), 9, Duration.ofSeconds(30));
        events.forEach(EventContracts::assertValid);
        List<ConsumerRecord<String, byte[]>> ofQ1 = events.stream().filter(record -> id.equals(CloudEventHeaders.read(record).subject())).toList();
        assertThat(ofQ1).extracting(record -> CloudEventHeaders.read(record).type()).containsExactly("id.zi.monitoring.monev.created.v1",
                "id.zi.monitoring.monev.submitted.v1", "id.zi.monitoring.monev.returned.v1", "id.zi.monitoring.monev.submitted.v1",
                "id.zi.monitoring.monev.approved.v1");
        assertThat(ofQ1).extracting(record -> CloudEventHeaders.read(record).sequence()).containsExactly(1L, 2L, 3L, 4L, 5L);
        JsonNode approvedEvent = json.readTree(ofQ1.get(4).value());
        assertThat(approvedEvent.get("rowsDue").asInt()).isEqualTo(2);
        assertThat(approvedEvent.get("rowsDone").asInt()).isEqualTo(1);
        assertThat(approvedEvent.at("/realisation/numerator").asInt()).isEqualTo(150);
        assertThat(approvedEvent.at("/realisation/denominator").asInt()).isEqualTo(2);
        assertThat(approvedEvent.get("openRecommendations").asInt()).isEqualTo(1);
        assertThat(approvedEvent.get("ancestors").toString()).isEqualTo("[\"id\",\"33\",\"33.71\"]");
        JsonNode returnedEvent = json.readTree(ofQ1.get(2).value());
        assertThat(returnedEvent.at("/recommendations/0/recommendationId").asString()).isEqualTo(recommendation);
        JsonNode q2Approved = events.stream().filter(record -> q2Id.equals(CloudEventHeaders.read(record).subject())
                && CloudEventHeaders.read(record).type().endsWith(".approved.v1")).map(record -> json.readTree(record.value())).findFirst()
                .orElseThrow();
        assertThat(q2Approved.get("recommendationsClosed").toString()).isEqualTo("[\"" + recommendation + "\"]");
        assertThat(q2Approved.get("openRecommendations").asInt()).isZero();

        Reply pdf = api().get("/api/monitoring/monev/" + id + "/report.pdf", TPI);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("LAPORAN MONITORING DAN EVALUASI", unit.name().toUpperCase(), "TRIWULAN I TAHUN 2025",
                    "Disetujui TPI", "Rapat koordinasi Tim Kerja", "Rapat Maret ditunda", "SK Tim Kerja ZI 2025 (SK, diterima)",
                    "Unggah notulen dan daftar hadir rapat koordinasi", "Notulen rapat Februari belum diunggah");
        }
        Reply draftPdf = api().get("/api/monitoring/monev/" + q3.get("id").asString() + "/report.pdf", unit.operator());
        try (PDDocument document = Loader.loadPDF(draftPdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("KONSEP");
        }
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndNothingIsCreated() {
        Unit unit = unitWithPlan(2024);
        record Case(String why, Map<String, Object> body, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case("a period that is no period", Map.of("unitId", unit.id(), "period", "2024-Q5"), 400, "period"),
                new Case("a period of the future", Map.of("unitId", unit.id(), "period", "2099-Q1"), 400, "period"),
                new Case("a year without a plan", Map.of("unitId", unit.id(), "period", "2023-Q4"), 409, "period"),
                new Case("no unit", Map.of("period", "2024-Q1"), 400, "unitId"));
        for (Case bad : cases) {
            Reply reply = api().post("/api/monitoring/monev", unit.operator(), bad.body());
            assertThat(reply.status()).as(bad.why() + ": %s", reply.body()).isEqualTo(bad.status());
            assertThat(reply.header("Content-Type")).as(bad.why()).startsWith("application/problem+json");
            assertThat(reply.field()).as(bad.why()).isEqualTo(bad.field());
        }
        assertThat(api().post("/api/monitoring/monev", TestUser.operatorJambi(), Map.of("unitId", unit.id(), "period", "2024-Q1")).status())
                .as("another unit's operator").isEqualTo(404);
        assertThat(api().post("/api/monitoring/monev", TPI, Map.of("unitId", unit.id(), "period", "2024-Q1")).status())
                .as("the TPI does not create the unit's monev").isEqualTo(403);
        assertThat(api().get("/api/monitoring/monev?unitId=" + unit.id(), unit.operator()).header("X-Total-Count")).isEqualTo("0");

        String id = created(unit, "2024-Q1").get("id").asString();
        Reply twice = create(unit, "2024-Q1");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.field()).isEqualTo("period");
        Reply badRows = put(id, unit.operator(), "\"1\"", Map.of("rows", List.of(report("R3", "DONE", 100, null), report("R1", "DONE", 60, null),
                report("R2", "NOT_STARTED", 0, "x".repeat(2001)))));
        assertThat(badRows.status()).isEqualTo(400);
        assertThat(texts(badRows.body().get("errors"), "field")).containsExactly("rows[0].rowId", "rows[1].realisation", "rows[2].obstacles");
        Reply unreadable = api().call("PUT", "/api/monitoring/monev/" + id, unit.operator(), Map.of("rows", List.of(Map.of("rowId", "R1",
                "status", "FINISHED", "realisation", 100))), "\"1\"");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.field()).isEqualTo("rows[0].status");
        Reply early = step(id, "submit", unit.operator(), null);
        assertThat(early.status()).as("rows not done need their obstacles").isEqualTo(400);
        assertThat(texts(early.body().get("errors"), "field")).containsExactly("rows[0].obstacles", "rows[1].obstacles");
        assertThat(api().get("/api/monitoring/monev/" + id, unit.operator()).body().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aUnitThatHoldsItsMonevPerSemesterNamesSemestersAndPeriodsNeverOverlap() {
        Unit unit = unitWithPlan(2024);
        String settings = "/api/monitoring/units/" + unit.id() + "/monev-settings";
        assertThat(api().get(settings, unit.operator()).body().get("cadence").asString()).isEqualTo("QUARTER");
        assertThat(api().call("PUT", settings, TPI, Map.of("cadence", "SEMESTER"), null).status()).isEqualTo(403);
        assertThat(api().call("PUT", settings, unit.head(), Map.of("cadence", "YEARLY"), null).field()).isEqualTo("cadence");
        String q1 = created(unit, "2024-Q1").get("id").asString();
        Reply changed = api().call("PUT", settings, unit.head(), Map.of("cadence", "SEMESTER"), "\"0\"");
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");
        assertThat(api().call("PUT", settings, unit.head(), Map.of("cadence", "QUARTER"), "\"0\"").status()).isEqualTo(412);

        Reply quarter = create(unit, "2024-Q3");
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(quarter.field()).isEqualTo("period");
        assertThat(quarter.body().get("detail").asString()).contains("2024-S2");
        Reply overlapping = create(unit, "2024-S1");
        assertThat(overlapping.status()).as("S1 holds the Q1 already made").isEqualTo(409);
        assertThat(overlapping.body().get("detail").asString()).contains(q1);

        JsonNode s2 = created(unit, "2024-S2");
        assertThat(s2.get("cadence").asString()).isEqualTo("SEMESTER");
        assertThat(s2.get("periodEnd").asString()).isEqualTo("2024-12-31");
        assertThat(texts(s2.get("rows"), "rowId")).containsExactly("R1", "R2", "R3");
        assertThat(api().get("/api/monitoring/monev/" + q1, unit.operator()).body().get("cadence").asString())
                .as("monevs already made keep their period").isEqualTo("QUARTER");
    }

    @Test
    void aUnitsMonevsAndAssessmentFollowItWhenItMovesToAnotherCity() {
        Unit unit = unitWithPlan(2024);
        String id = created(unit, "2024-Q1").get("id").asString();
        String assessment = "/api/monitoring/assessments/" + unit.id() + "/2024";
        assertThat(api().call("PATCH", assessment + "/self", unit.operator(), Map.of("answers", Map.of("A.I.1.i.a", Map.of("answer", "Ya"))),
                "\"0\"").status()).isEqualTo(200);
        assertThat(api().get("/api/monitoring/monev/" + id, TPI_PEKALONGAN).status()).isEqualTo(404);

        Unit moved = feed().moved(unit, "33.75", "/id/33/33.75", "33.75");
        Feed.await(() -> api().get("/api/monitoring/monev/" + id, TPI_PEKALONGAN).status() == 200, "the monev filed under Kota Pekalongan");

        assertThat(api().get("/api/monitoring/monev/" + id, TPI_PEKALONGAN).body().get("orgPath").asString()).isEqualTo(moved.path());
        assertThat(api().get("/api/monitoring/monev/" + id, TPI).status()).as("Magelang's TPI no longer sees it").isEqualTo(404);
        assertThat(api().get(assessment, TPI_PEKALONGAN).body().get("orgPath").asString()).isEqualTo(moved.path());
        assertThat(api().get(assessment, TPI).status()).isEqualTo(404);
        assertThat(api().get("/api/monitoring/monev/" + id, moved.operator()).status()).as("the unit keeps its monev").isEqualTo(200);
    }

    @Test
    void listsShowEachCallerTheMonevsOfItsScope() {
        Unit unit = unitWithPlan(2024);
        created(unit, "2024-Q1");
        created(unit, "2024-Q2");

        Reply mine = api().get("/api/monitoring/monev?unitId=" + unit.id() + "&year=2024", unit.operator());
        assertThat(mine.header("X-Total-Count")).isEqualTo("2");
        assertThat(texts(mine.body(), "period")).containsExactly("2024-Q1", "2024-Q2");
        assertThat(api().get("/api/monitoring/monev?orgPath=/id/33/33.71&period=2024-Q2&unitId=" + unit.id(), TestUser.evaluatorJateng())
                .header("X-Total-Count")).isEqualTo("1");
        assertThat(api().get("/api/monitoring/monev?unitId=" + unit.id(), TestUser.operatorJambi()).header("X-Total-Count")).isEqualTo("0");
        assertThat(api().get("/api/monitoring/monev?unitId=" + unit.id() + "&status=SUBMITTED", TPI).header("X-Total-Count")).isEqualTo("0");
        assertThat(api().get("/api/monitoring/monev?status=FINISHED", TPI).field()).isEqualTo("status");
        assertThat(api().get("/api/monitoring/monev", null).status()).isEqualTo(401);
    }
}
