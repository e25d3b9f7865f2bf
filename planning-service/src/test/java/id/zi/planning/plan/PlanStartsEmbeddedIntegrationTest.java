package id.zi.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo plans transcribed from the five seed documents, and starting a plan from the template or from
 * last year's, over real HTTP with real tokens on the embedded MongoDB-protocol server and Kafka broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.demo.enabled=true")
class PlanStartsEmbeddedIntegrationTest {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final String PLANS = "/api/planning/plans";
    static final String MAGELANG = "33.71.dpmptsp";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-planning-starts-" + System.nanoTime());
        IDP.registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoWorkPlans demoPlans;

    record Reply(int status, HttpHeaders headers, JsonNode body) {
    }

    Reply call(String method, String path, TestUser user, Object body) {
        RestClient.RequestBodySpec request = RestClient.create("http://127.0.0.1:" + port).method(HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + IDP.token(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Reply(res.getStatusCode().value(), res.getHeaders(), bytes.length == 0 ? null : json.readTree(bytes));
        });
    }

    @Test
    void theFiveSeedPlansAreLoadedWithTheRowsTranscribedFromTheirDocuments() throws Exception {
        // unit id -> {year, rows transcribed}; every seed has rows in each of the six areas.
        Map<String, int[]> seeds = Map.of("11.71.dpmptsp", new int[] {2026, 25}, MAGELANG, new int[] {2024, 66}, "33.75.dpmptsp",
                new int[] {2017, 21}, "15.dpmptsp", new int[] {2019, 67}, "19.01.dpmptsp", new int[] {2022, 23});
        for (var seed : seeds.entrySet()) {
            String id = seed.getKey() + ":" + seed.getValue()[0];
            Reply plan = call("GET", PLANS + "/" + id, TestUser.evaluatorNasional(), null);
            assertThat(plan.status()).as("demo plan %s", id).isEqualTo(200);
            assertThat(plan.body().path("rows")).as("rows of %s", id).hasSize(seed.getValue()[1]);
            List<Integer> areas = new ArrayList<>();
            plan.body().path("rows").forEach(row -> areas.add(row.path("area").asInt()));
            assertThat(areas).as("areas of %s", id).containsOnly(1, 2, 3, 4, 5, 6).contains(1, 2, 3, 4, 5, 6);
            // None of the seeds names a PIC per row, nor (but Bangka) the team's SK: none can be submitted as written.
            assertThat(plan.body().path("status").asString()).isEqualTo("DRAFT");
        }
        Reply magelang = call("GET", PLANS + "/" + MAGELANG + ":2024", TestUser.operatorMagelang(), null);
        assertThat(magelang.body().path("targetPrioritas")).hasSize(12);
        assertThat(magelang.body().path("legalBasis")).hasSize(11);

        long version = magelang.body().path("version").asLong();
        demoPlans.run(new DefaultApplicationArguments());
        assertThat(call("GET", PLANS + "/" + MAGELANG + ":2024", TestUser.operatorMagelang(), null).body().path("version").asLong())
                .as("a second start leaves existing plans alone").isEqualTo(version);
    }

    @Test
    void aCompleteSignedSeedIsLoadedThroughSubmitApproveAndPublishByTheUnitsOwnHead() {
        // src/test/resources/demo/plans holds this fixture; no real seed names the PIC of its rows, so none of them gets this far.
        Reply plan = call("GET", PLANS + "/33.75.dpmptsp:2016", TestUser.evaluatorNasional(), null);
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.body().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(plan.body().path("approval").path("skNumber").asString()).isEqualTo("060/020/2016");
        assertThat(plan.body().path("approval").path("nip").asString()).isEqualTo("196501011990031001");
        assertThat(plan.body().path("updatedBy").asString()).isEqualTo("demo-head.33.75.dpmptsp");
    }

    @Test
    void theTemplateGivesOneRowPerPengungkitSubAreaOfTheCatalog() throws Exception {
        List<String> subAreas = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(LkeIndicators.CATALOG)) {
            for (JsonNode component : json.readTree(in).path("components")) {
                if ("A".equals(component.path("id").asString())) {
                    // A.I is the pemenuhan part, whose sub-areas are what units plan row by row.
                    component.path("children").get(0).path("children")
                            .forEach(area -> area.path("children").forEach(sub -> subAreas.add(sub.path("id").asString())));
                }
            }
        }
        Reply started = call("POST", PLANS, TestUser.operatorMagelang(), Map.of("unitId", MAGELANG, "year", 2015, "startFrom", "TEMPLATE"));
        assertThat(started.status()).as("start: %s", started.body()).isEqualTo(201);
        assertThat(started.body().path("status").asString()).isEqualTo("DRAFT");
        JsonNode rows = started.body().path("rows");
        List<String> refs = new ArrayList<>();
        rows.forEach(row -> {
            refs.add(row.path("indicatorRef").asString());
            assertThat(row.path("actionSteps")).as("steps of %s", row.path("indicatorRef")).isNotEmpty();
            assertThat(row.path("evidenceKinds")).as("evidence of %s", row.path("indicatorRef")).isNotEmpty();
        });
        assertThat(refs).containsExactlyElementsOf(subAreas);
    }

    @Test
    void lastYearsPlanCarriesItsRowsScheduleTeamAndTargetsIntoANewDraft() {
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("unitId", MAGELANG);
        previous.put("year", 2012);
        previous.put("legalBasis", List.of("PermenPANRB Nomor 52 Tahun 2014"));
        previous.put("purpose", "Membangun Zona Integritas menuju WBK");
        previous.put("targetPrioritas", List.of("SKM setiap triwulan"));
        previous.put("team", Map.of("skNumber", "800/001/DPMPTSP/2012", "skDate", "2012-01-02", "members",
                List.of(Map.of("name", "Kepala DPMPTSP", "role", "KETUA"))));
        previous.put("rows", List.of(Map.of("area", 6, "indicatorRef", "A.I.6.iv", "criterion", "SKM per triwulan", "actionSteps",
                List.of("Melakukan survey kepuasan pelanggan"), "evidenceKinds", List.of("LAPORAN"), "schedule", List.of(3, 6, 9, 12), "pic",
                "Sekretaris")));
        assertThat(call("POST", PLANS, TestUser.operatorMagelang(), previous).status()).isEqualTo(201);
        JsonNode last = call("GET", PLANS + "/" + MAGELANG + ":2012", TestUser.operatorMagelang(), null).body();

        Reply started = call("POST", PLANS, TestUser.kepalaMagelang(), Map.of("unitId", MAGELANG, "year", 2013, "startFrom", "PREVIOUS_YEAR"));
        assertThat(started.status()).as("start: %s", started.body()).isEqualTo(201);
        JsonNode next = started.body();
        assertThat(next.path("id").asString()).isEqualTo(MAGELANG + ":2013");
        assertThat(next.path("status").asString()).isEqualTo("DRAFT");
        assertThat(next.path("revision").asInt()).isEqualTo(1);
        for (String field : List.of("rows", "team", "targetPrioritas", "legalBasis", "purpose")) {
            assertThat(next.path(field)).as(field).isEqualTo(last.path(field));
        }
        assertThat(next.path("rows").get(0).path("schedule").toString()).isEqualTo("[3,6,9,12]");
    }

    @Test
    void withoutLastYearsPlanOrWithContentBesideTheStartTheRequestIsRefused() {
        Reply none = call("POST", PLANS, TestUser.operatorMagelang(), Map.of("unitId", MAGELANG, "year", 2011, "startFrom", "PREVIOUS_YEAR"));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(none.body().path("detail").asString()).contains(MAGELANG + ":2010");
        assertThat(call("GET", PLANS + "/" + MAGELANG + ":2011", TestUser.operatorMagelang(), null).status()).isEqualTo(404);

        Reply both = call("POST", PLANS, TestUser.operatorMagelang(), Map.of("unitId", MAGELANG, "year", 2011, "startFrom", "TEMPLATE",
                "purpose", "Membangun Zona Integritas"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("field").asString()).isEqualTo("startFrom");

        Reply unknown = call("POST", PLANS, TestUser.operatorMagelang(), Map.of("unitId", MAGELANG, "year", 2011, "startFrom", "SCRATCH"));
        assertThat(unknown.status()).isEqualTo(400);

        Reply otherUnit = call("POST", PLANS, TestUser.operatorJambi(), Map.of("unitId", MAGELANG, "year", 2011, "startFrom", "TEMPLATE"));
        assertThat(otherUnit.status()).as("another unit's plan cannot be started").isEqualTo(404);
    }
}
