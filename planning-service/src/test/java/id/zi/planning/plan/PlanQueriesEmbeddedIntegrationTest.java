package id.zi.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rows due in a period and plan status across a subtree, on the demo plans of the seed units, each within the caller's scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.demo.enabled=true")
class PlanQueriesEmbeddedIntegrationTest {

    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().registerProperties(registry, "zi-planning-queries-" + System.nanoTime());
        IDP.registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    record Reply(int status, JsonNode body) {
    }

    Reply get(String path, TestUser user) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", IDP.bearer(user)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), json.readTree(response.body()));
    }

    @Test
    void anInspectorateSeesWhereEachUnitOfItsProvinceStands() throws Exception {
        JsonNode jateng = get("/api/planning/plans/status?year=2024", TestUser.evaluatorJateng()).body();
        assertThat(jateng.get("scopePath").asString()).isEqualTo("/id/33");
        assertThat(jateng.get("units").asInt()).isEqualTo(2);
        assertThat(jateng.get("byStatus").get("DRAFT").asInt()).isEqualTo(1);
        assertThat(jateng.get("byStatus").get("none").asInt()).as("Pekalongan's seed plan is of 2017").isEqualTo(1);
        List<String> units = new ArrayList<>();
        jateng.get("unitsStatus").forEach(unit -> units.add(unit.get("unitId").asString() + ":" + unit.path("status").asString("none")));
        assertThat(units).containsExactly("33.71.dpmptsp:DRAFT", "33.75.dpmptsp:none");

        JsonNode tpi = get("/api/planning/plans/status?year=2024", TestUser.inspektoratMagelang()).body();
        assertThat(tpi.get("units").asInt()).isEqualTo(1);
        assertThat(tpi.get("unitsStatus").get(0).get("rows").asInt()).isEqualTo(66);

        assertThat(get("/api/planning/plans/status?year=2024&under=15", TestUser.evaluatorJateng()).status()).isEqualTo(404);
    }

    @Test
    void rowsDueInAQuarterAreTheScheduledRowsOfTheCallersUnits() throws Exception {
        JsonNode due = get("/api/planning/plans/due?year=2024&quarter=1", TestUser.operatorMagelang()).body();
        assertThat(due.size()).isEqualTo(62);
        due.forEach(row -> {
            assertThat(row.get("unitId").asString()).isEqualTo("33.71.dpmptsp");
            row.get("dueMonths").forEach(month -> assertThat(month.asInt()).isBetween(1, 3));
            assertThat(row.get("evidenceKinds").isArray()).isTrue();
        });

        JsonNode march = get("/api/planning/plans/due?year=2024&month=3", TestUser.operatorMagelang()).body();
        march.forEach(row -> assertThat(row.get("dueMonths").toString()).isEqualTo("[3]"));

        assertThat(get("/api/planning/plans/due?year=2024&quarter=1", TestUser.operatorJambi()).body().size()).isZero();
        JsonNode jambi2019 = get("/api/planning/plans/due?year=2019&quarter=1&under=15", TestUser.evaluatorNasional()).body();
        assertThat(jambi2019.size()).isEqualTo(33);
        jambi2019.forEach(row -> assertThat(row.get("unitId").asString()).isEqualTo("15.dpmptsp"));
    }

    @Test
    void aPeriodIsOneMonthOrOneQuarter() throws Exception {
        Reply month13 = get("/api/planning/plans/due?year=2024&month=13", TestUser.operatorMagelang());
        assertThat(month13.status()).isEqualTo(400);
        assertThat(month13.body().get("field").asString()).isEqualTo("month");
        assertThat(get("/api/planning/plans/due?year=2024&month=1&quarter=1", TestUser.operatorMagelang()).status()).isEqualTo(400);
        assertThat(get("/api/planning/plans/due?year=2024", TestUser.operatorMagelang()).status()).isEqualTo(400);
    }
}
