package id.zi.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.platform.events.CloudEventHeaders;
import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.events.TopicRecords;
import id.zi.planning.ApiClient;
import id.zi.planning.ApiClient.Reply;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work plan over real HTTP with real tokens, on a real MongoDB-protocol server and Kafka broker: the
 * roles of each step, the scopes, optimistic versions, revisions, and the events every step publishes.
 * Each test works on its own plan year, so the tests share one application and one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"zi.demo.enabled=true",
        "zi.events.relay-interval=200ms"})
abstract class WorkPlanIntegrationTests {

    static final String TOPIC = "zi.planning.plan.v1";
    static final String PLANS = "/api/planning/plans";
    static final String MAGELANG = "33.71.dpmptsp";
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    abstract String kafkaBootstrapServers();

    Reply call(String method, String path, TestUser user, Object body, Map<String, String> headers) {
        return new ApiClient(port, json).call(method, path, user, body, headers);
    }

    Reply get(String path, TestUser user) {
        return call("GET", path, user, null, Map.of());
    }

    Reply step(String planId, String step, TestUser user, Object body, long version) {
        return call("POST", PLANS + "/" + planId + "/" + step, user, body, Map.of("If-Match", "\"" + version + "\""));
    }

    static long version(Reply reply) {
        return reply.body().get("version").asLong();
    }

    static Map<String, Object> row(String rowId, int area, String indicatorRef, List<Integer> schedule, List<String> evidence) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rowId", rowId);
        row.put("area", area);
        row.put("indicatorRef", indicatorRef);
        row.put("indicator", "Indikator area " + area);
        row.put("criterion", "Target area " + area);
        row.put("actionSteps", List.of("Menyusun rancangan", "Menetapkan"));
        row.put("evidenceKinds", evidence);
        row.put("schedule", schedule);
        row.put("pic", "Koordinator area " + area);
        row.put("output", "Dokumen");
        row.put("budget", 2_500_000);
        return row;
    }

    static Map<String, Object> plan(String unitId, int year, List<Map<String, Object>> rows) {
        Map<String, Object> plan = new LinkedHashMap<>();
        if (unitId != null) {
            plan.put("unitId", unitId);
            plan.put("year", year);
        }
        plan.put("legalBasis", List.of("PermenPANRB Nomor 90 Tahun 2021"));
        plan.put("purpose", "Membangun Zona Integritas menuju WBK");
        plan.put("targetPrioritas", List.of("SK Tim Kerja ZI ditetapkan", "SKM setiap triwulan"));
        plan.put("team", Map.of("skNumber", "800/001/DPMPTSP/" + year, "skDate", year + "-01-02", "members",
                List.of(Map.of("name", "Kepala DPMPTSP", "role", "KETUA"),
                        Map.of("name", "Koordinator Pelayanan", "nip", "198501012010011002", "role", "KOORDINATOR_AREA", "area", 6))));
        plan.put("pencanangan", year + "-01-03");
        plan.put("paktaIntegritasCount", 42);
        plan.put("rows", rows);
        return plan;
    }

    static Map<String, Object> approval() {
        return Map.of("skNumber", "800/012/DPMPTSP", "date", LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString(),
                "signatoryName", "Kepala DPMPTSP Kota Magelang", "rank", "Pembina Tingkat I (IV/b)", "nip", "197001012000031001");
    }

    Reply create(int year) {
        Reply created = call("POST", PLANS, TestUser.operatorMagelang(), plan(MAGELANG, year, List.of(
                row("R1", 1, "A.I.1.i", List.of(1, 2), List.of("SK")),
                row(null, 6, "A.I.6.iv.a", List.of(3, 6, 9, 12), List.of("LAPORAN", "FOTO")))), Map.of());
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void theJourneyFromDraftToPublishedTakesEachRoleInTurnAndPublishesEveryStep() {
        Reply created = create(2026);
        String id = MAGELANG + ":2026";
        assertThat(created.headers().getLocation()).hasToString(PLANS + "/" + id);
        assertThat(created.headers().getETag()).isEqualTo("\"1\"");
        assertThat(created.body().get("orgPath").asString()).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.body().at("/rows/1/rowId").asString()).isEqualTo("R2");

        Reply submitted = step(id, "submit", TestUser.operatorMagelang(), null, 1);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");

        Reply returned = step(id, "return", TestUser.inspektoratMagelang(), Map.of("notes", "Lengkapi bukti SK pada area 1"), version(submitted));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.body().get("returnNotes").asString()).isEqualTo("Lengkapi bukti SK pada area 1");

        Reply resubmitted = step(id, "submit", TestUser.kepalaMagelang(), Map.of(), version(returned));
        assertThat(resubmitted.body().get("status").asString()).isEqualTo("SUBMITTED");

        Reply approved = step(id, "approve", TestUser.kepalaMagelang(), approval(), version(resubmitted));
        assertThat(approved.status()).as("approve: %s", approved.body()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.body().at("/approval/nip").asString()).isEqualTo("197001012000031001");

        Reply published = step(id, "publish", TestUser.kepalaMagelang(), null, version(approved));
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.headers().getETag()).isEqualTo("\"6\"");

        Reply seen = get(PLANS + "/" + id, TestUser.inspektoratMagelang());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("status").asString()).isEqualTo("PUBLISHED");

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 7, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> CloudEventHeaders.read(r).type()).containsExactly("id.zi.planning.plan.created.v1",
                "id.zi.planning.plan.rows-changed.v1", "id.zi.planning.plan.submitted.v1", "id.zi.planning.plan.returned.v1",
                "id.zi.planning.plan.submitted.v1", "id.zi.planning.plan.approved.v1", "id.zi.planning.plan.published.v1");
        assertThat(events).extracting(r -> CloudEventHeaders.read(r).sequence()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(MAGELANG);
            assertThat(CloudEventHeaders.read(r).orgPath()).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        });
        events.forEach(EventContracts::assertValid);

        JsonNode rows = payload(events.get(1));
        assertThat(rows.at("/rows/1/schedule").toString()).isEqualTo("[3,6,9,12]");
        assertThat(rows.at("/rows/1/evidenceKinds").toString()).isEqualTo("[\"LAPORAN\",\"FOTO\"]");
        assertThat(rows.get("ancestors").toString()).isEqualTo("[\"id\",\"33\",\"33.71\"]");
        JsonNode publishedEvent = payload(events.get(6));
        assertThat(publishedEvent.get("totalBudget").asLong()).isEqualTo(5_000_000L);
        assertThat(publishedEvent.get("instansiId").asString()).isEqualTo("33.71");
    }

    @Test
    void aPlanFollowsItsUnitWhenTheUnitMoves() {
        assertThat(call("POST", "/api/planning/admin/units", TestUser.admin(),
                Map.of("id", "33.71.disdukcapil", "name", "Dinas Kependudukan dan Pencatatan Sipil Kota Magelang", "kind", "UNIT",
                        "parentId", "33.71"), Map.of()).status()).isEqualTo(201);
        String path = "/id/33/33.71/33.71.disdukcapil";
        TestUser operator = new TestUser("operator.disdukcapil", java.util.Set.of("unit-operator"), "33.71.disdukcapil", path, path);
        Reply created = call("POST", PLANS, operator, plan("33.71.disdukcapil", 2022, List.of()), Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(get(PLANS + "/" + id, TestUser.inspektoratMagelang()).status()).isEqualTo(200);

        assertThat(call("POST", "/api/planning/admin/units/33.71.disdukcapil/move", TestUser.admin(), Map.of("parentId", "33.75"),
                Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);

        assertThat(get(PLANS + "/" + id, TestUser.inspektoratMagelang()).status()).as("the old instansi's TPI no longer sees it")
                .isEqualTo(404);
        Reply seen = get(PLANS + "/" + id, TestUser.evaluatorJateng());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("orgPath").asString()).isEqualTo("/id/33/33.75/33.71.disdukcapil");
    }

    @Test
    void eachStepBelongsToItsRole() {
        String id = MAGELANG + ":2025";
        assertThat(call("POST", PLANS, TestUser.inspektoratMagelang(), plan(MAGELANG, 2025, List.of()), Map.of()).status())
                .as("the TPI does not write plans").isEqualTo(403);
        assertThat(call("POST", PLANS, TestUser.evaluatorJateng(), plan(MAGELANG, 2025, List.of()), Map.of()).status()).isEqualTo(403);
        create(2025);

        Reply tpiEdits = call("PUT", PLANS + "/" + id, TestUser.inspektoratMagelang(), plan(null, 2025, List.of()), Map.of("If-Match", "\"1\""));
        assertThat(tpiEdits.status()).isEqualTo(403);
        assertThat(tpiEdits.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(step(id, "submit", TestUser.inspektoratMagelang(), null, 1).status()).isEqualTo(403);

        Reply submitted = step(id, "submit", TestUser.operatorMagelang(), null, 1);
        long version = version(submitted);
        assertThat(step(id, "return", TestUser.kepalaMagelang(), Map.of("notes", "x"), version).status()).isEqualTo(403);
        assertThat(step(id, "return", TestUser.operatorMagelang(), Map.of("notes", "x"), version).status()).isEqualTo(403);
        assertThat(step(id, "approve", TestUser.operatorMagelang(), approval(), version).status()).isEqualTo(403);
        assertThat(step(id, "approve", TestUser.inspektoratMagelang(), approval(), version).status()).isEqualTo(403);

        Reply noNotes = step(id, "return", TestUser.inspektoratMagelang(), Map.of("notes", " "), version);
        assertThat(noNotes.status()).isEqualTo(400);
        assertThat(noNotes.field()).isEqualTo("notes");
        Reply badNip = step(id, "approve", TestUser.kepalaMagelang(), Map.of("skNumber", "1", "date", "2025-01-20", "signatoryName", "K",
                "rank", "IV/b", "nip", "12345"), version);
        assertThat(badNip.status()).isEqualTo(400);
        assertThat(badNip.field()).isEqualTo("nip");

        Reply approved = step(id, "approve", TestUser.kepalaMagelang(), approval(), version);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(step(id, "publish", TestUser.operatorMagelang(), null, version(approved)).status()).isEqualTo(403);
        assertThat(step(id, "submit", TestUser.operatorMagelang(), null, version(approved)).status())
                .as("an approved plan is not submitted again").isEqualTo(409);
        assertThat(get(PLANS + "/" + id, TestUser.kepalaMagelang()).body().get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void anotherUnitsPlanIsNotFound() {
        create(2021);
        String id = MAGELANG + ":2021";
        TestUser jambi = TestUser.operatorJambi();
        Reply read = get(PLANS + "/" + id, jambi);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(call("PUT", PLANS + "/" + id, jambi, plan(null, 2021, List.of()), Map.of("If-Match", "\"1\"")).status()).isEqualTo(404);
        assertThat(step(id, "submit", jambi, null, 1).status()).isEqualTo(404);
        assertThat(get(PLANS + "/" + id + "/revisions", jambi).status()).isEqualTo(404);
        assertThat(call("POST", PLANS, jambi, plan(MAGELANG, 2023, List.of()), Map.of()).status())
                .as("nor can another unit's plan be created").isEqualTo(404);

        assertThat(get(PLANS + "?unitId=" + MAGELANG, jambi).body()).isEmpty();
        assertThat(ids(get(PLANS + "?unitId=" + MAGELANG + "&year=2021", TestUser.inspektoratMagelang()))).containsExactly(id);
        assertThat(ids(get(PLANS + "?year=2021", TestUser.evaluatorNasional()))).contains(id);
        assertThat(get(PLANS + "/" + id, TestUser.evaluatorJateng()).status()).isEqualTo(200);
    }

    @Test
    void aStaleVersionIsRefusedAndBadInputNamesItsField() {
        create(2023);
        String id = MAGELANG + ":2023";
        Reply stale = call("PUT", PLANS + "/" + id, TestUser.operatorMagelang(), plan(null, 2023, List.of()), Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> staleBody = new LinkedHashMap<>(plan(null, 2023, List.of()));
        staleBody.put("version", 0);
        assertThat(call("PUT", PLANS + "/" + id, TestUser.operatorMagelang(), staleBody, Map.of()).status()).isEqualTo(412);
        assertThat(call("POST", PLANS + "/" + id + "/submit", TestUser.operatorMagelang(), Map.of("version", 3), Map.of()).status())
                .isEqualTo(412);
        Reply noVersion = call("POST", PLANS + "/" + id + "/submit", TestUser.operatorMagelang(), null, Map.of());
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.field()).isEqualTo("version");

        Reply badMonth = call("PUT", PLANS + "/" + id, TestUser.operatorMagelang(), plan(null, 2023, List.of(
                row("R1", 1, "A.I.1.i", List.of(1), List.of("SK")), row("R2", 2, null, List.of(13), List.of("SOP")))),
                Map.of("If-Match", "\"1\""));
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.field()).isEqualTo("rows[1].schedule");
        Reply wrongArea = call("PUT", PLANS + "/" + id, TestUser.operatorMagelang(), plan(null, 2023, List.of(
                row("R1", 2, "A.I.1.i", List.of(1), List.of("SK")))), Map.of("If-Match", "\"1\""));
        assertThat(wrongArea.field()).isEqualTo("rows[0].indicatorRef");
        Reply unknownRole = call("PUT", PLANS + "/" + id, TestUser.operatorMagelang(), Map.of("team",
                Map.of("members", List.of(Map.of("name", "X", "role", "BENDAHARA")))), Map.of("If-Match", "\"1\""));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.field()).isEqualTo("team.members[0].role");
        Reply incomplete = call("POST", PLANS, TestUser.operatorMagelang(), Map.of("unitId", MAGELANG, "year", 2023), Map.of());
        assertThat(incomplete.status()).as("one plan per unit and year").isEqualTo(409);

        assertThat(get(PLANS + "/" + id, TestUser.operatorMagelang()).headers().getETag()).as("nothing was written").isEqualTo("\"1\"");
    }

    @Test
    void aChangeAfterApprovalStartsRevisionTwoAndKeepsRevisionOne() {
        create(2022);
        String id = MAGELANG + ":2022";
        Reply submitted = step(id, "submit", TestUser.operatorMagelang(), null, 1);
        Reply approved = step(id, "approve", TestUser.kepalaMagelang(), approval(), version(submitted));
        assertThat(approved.status()).isEqualTo(200);

        Reply revised = call("PUT", PLANS + "/" + id, TestUser.operatorMagelang(), plan(null, 2022, List.of(
                row("R1", 1, "A.I.1.i", List.of(1, 2), List.of("SK")), row("R3", 4, "A.I.4", List.of(6), List.of("LAPORAN")))),
                Map.of("If-Match", "\"" + version(approved) + "\""));
        assertThat(revised.status()).as("revise: %s", revised.body()).isEqualTo(200);
        assertThat(revised.body().get("revision").asInt()).isEqualTo(2);
        assertThat(revised.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(revised.body().has("approval")).isFalse();
        assertThat(revised.body().get("earlierRevisions").toString()).isEqualTo("[1]");

        Reply revisions = get(PLANS + "/" + id + "/revisions", TestUser.inspektoratMagelang());
        assertThat(revisions.status()).isEqualTo(200);
        assertThat(revisions.body()).hasSize(2);
        JsonNode first = revisions.body().get(0);
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(first.get("status").asString()).isEqualTo("APPROVED");
        assertThat(first.at("/approval/skNumber").asString()).isEqualTo("800/012/DPMPTSP");
        assertThat(first.at("/content/rows").size()).isEqualTo(2);
        assertThat(first.at("/content/rows/1/rowId").asString()).isEqualTo("R2");
        assertThat(revisions.body().get(1).get("revision").asInt()).isEqualTo(2);
        assertThat(revisions.body().get(1).at("/content/rows/1/rowId").asString()).isEqualTo("R3");

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 6, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> CloudEventHeaders.read(r).type()).containsExactly("id.zi.planning.plan.created.v1",
                "id.zi.planning.plan.rows-changed.v1", "id.zi.planning.plan.submitted.v1", "id.zi.planning.plan.approved.v1",
                "id.zi.planning.plan.revised.v1", "id.zi.planning.plan.rows-changed.v1");
        events.forEach(EventContracts::assertValid);
        JsonNode revisedEvent = payload(events.get(4));
        assertThat(revisedEvent.get("revision").asInt()).isEqualTo(2);
        assertThat(revisedEvent.get("previousRevision").asInt()).isEqualTo(1);
        assertThat(revisedEvent.get("previousStatus").asString()).isEqualTo("APPROVED");
        assertThat(payload(events.get(5)).at("/rows/1/rowId").asString()).isEqualTo("R3");
    }

    static List<String> ids(Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.body().forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    JsonNode payload(ConsumerRecord<String, byte[]> record) {
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    /** The events of one plan (by {@code ce_subject}) from the start of the topic, in partition order. */
    List<ConsumerRecord<String, byte[]>> awaitEvents(String planId, int count, Duration timeout) {
        return TopicRecords.await(kafkaBootstrapServers(), TOPIC, record -> planId.equals(CloudEventHeaders.read(record).subject()), count,
                timeout);
    }
}
