package id.zi.survey.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.survey.OrgFeed;
import id.zi.survey.SurveyApi;
import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo loads once the directory names the unit, publishes what it says, and loading again adds nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.demo.enabled=true")
class DemoSurveysIntegrationTest {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        long run = System.nanoTime();
        INFRA.registerProperties(registry, "zi-survey-demo-" + run);
        registry.add("zi.survey.consumer-group", () -> "survey-demo-test-" + run);
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoSurveys demo;

    @Autowired
    OrgUnitProjection units;

    @Test
    void theDemoUnitPublishesItsSurveysOnceItIsKnown() {
        SurveyApi api = new SurveyApi("http://127.0.0.1:" + port, json);
        String unitResults = "/api/surveys/public/results/units/" + DemoSurveys.UNIT;
        assertThat(api.get(unitResults, null).body().get("results")).as("nothing before the unit is known").isEmpty();

        OrgFeed.demoUnits(INFRA.kafkaBootstrapServers(), json);
        OrgFeed.await(() -> api.get(unitResults, null).body().get("results").size() == 6, Duration.ofSeconds(180), "the demo's publications");

        JsonNode published = api.get(unitResults, null).body().get("results");
        Map<String, Long> skmRespondents = new HashMap<>();
        published.forEach(result -> {
            if (result.get("instrument").asString().equals("SKM")) {
                skmRespondents.put(result.get("period").asString(), result.get("respondents").asLong());
                assertThat(result.get("grade").asString()).isIn("A", "B", "C");
            } else {
                assertThat(result.get("period").asString()).isEqualTo("2025-Q1");
                assertThat(result.get("respondents").asLong()).isEqualTo(34);
                assertThat(result.get("lkeValue").asDouble()).isBetween(12.0, 17.5);
            }
            assertThat(result.get("revision").asLong()).isEqualTo(1);
        });
        assertThat(skmRespondents).containsExactlyInAnyOrderEntriesOf(Map.of("2024-Q1", 26L, "2024-Q2", 24L, "2024-Q3", 25L, "2024-Q4", 23L));

        JsonNode q1 = api.get(unitResults + "/periods/2024-Q1", null).body().get("results").get(0);
        assertThat(q1.at("/sample/population").asLong()).isEqualTo(31);
        assertThat(q1.at("/sample/minimumSample").asLong()).isEqualTo(29);
        assertThat(q1.get("followUp")).hasSize(2);
        assertThat(q1.get("followUp").get(0).get("elementCode").asString()).isEqualTo(q1.get("lowestElements").get(0).asString());
        assertThat(api.get(unitResults + "/periods/2024-Q1/report.pdf", null).status()).isEqualTo(200);

        JsonNode surveys = api.get("/api/surveys/surveys?unitId=" + DemoSurveys.UNIT + "&instrument=SKM", TestUser.operatorMagelang()).body();
        String skm = surveys.get(0).get("id").asString();
        assertThat(api.get("/api/surveys/surveys/" + skm + "/results?period=2025-Q1", TestUser.operatorMagelang()).body().get("respondents").asLong())
                .as("2025-Q1 has responses but is not published").isEqualTo(22);
        assertThat(api.get(unitResults + "/periods/2025-Q1", null).body().get("results")).extracting(r -> r.get("instrument").asString())
                .containsExactlyInAnyOrder("SPAK", "SPKP");
        assertThat(api.get("/api/surveys/surveys/" + skm + "/results?period=2024", TestUser.operatorMagelang()).body().get("respondents").asLong())
                .isEqualTo(98);

        demo.load(units.find(DemoSurveys.UNIT).orElseThrow().path());

        assertThat(api.get("/api/surveys/surveys/" + skm + "/results?period=2024", TestUser.operatorMagelang()).body().get("respondents").asLong())
                .as("loading again counts nothing twice").isEqualTo(98);
        assertThat(api.get(unitResults, null).body().get("results")).hasSize(6)
                .allSatisfy(result -> assertThat(result.get("revision").asLong()).isEqualTo(1));
        Map<String, Double> ikm = new HashMap<>();
        published.valueStream().filter(r -> r.get("instrument").asString().equals("SKM"))
                .forEach(r -> ikm.put("SKM " + r.get("period").asString(), r.get("ikm").asDouble()));
        assertThat(ikm.get("SKM 2024-Q4")).as("the plans of 2024 take hold").isGreaterThan(ikm.get("SKM 2024-Q1"));
    }
}
