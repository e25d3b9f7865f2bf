package id.zi.monitoring.lke.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.monitoring.lke.AnswerScale;
import id.zi.monitoring.lke.LkeCatalog;
import id.zi.monitoring.lke.LkeQuestion;
import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
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
import tools.jackson.databind.node.ObjectNode;

/** The public calculator through the running service: no token, the issue's request shape, problems naming the field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LkeScoreIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().registerProperties(registry, "zi-monitoring-lke");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    LkeCatalog catalog;

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/monitoring/lke/score"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String body) throws Exception {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return json.readTree(response.body());
    }

    private JsonNode problem(String body) throws Exception {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return json.readTree(response.body());
    }

    /** Every question at its top, by label as a user types it ("Ya", "A"), percentages as 1 of 1, indices 4.00. */
    private ObjectNode topAnswers() {
        ObjectNode answers = json.createObjectNode();
        for (LkeQuestion question : catalog.questions()) {
            switch (question.scale()) {
                case AnswerScale.Choice choice -> answers.put(question.id(), choice.options().stream()
                        .filter(option -> option.value().compareTo(choice.top()) == 0).findFirst().orElseThrow().label());
                case AnswerScale.Index ignored -> answers.put(question.id(), 4.00);
                case AnswerScale.Ratio ignored -> answers.putObject(question.id()).put("numerator", 1).put("denominator", 1);
            }
        }
        return answers;
    }

    private String body(ObjectNode answers, boolean hasWbk) {
        ObjectNode body = json.createObjectNode();
        body.set("answers", answers);
        body.put("hasWbk", hasWbk);
        return json.writeValueAsString(body);
    }

    @Test
    void everyAnswerAtTheTopScores100AndReachesBothPredicatesWithoutAToken() throws Exception {
        JsonNode result = ok(body(topAnswers(), true));

        assertThat(result.path("total").doubleValue()).isEqualTo(100.0);
        assertThat(result.path("pengungkit").doubleValue()).isEqualTo(60.0);
        assertThat(result.path("hasil").doubleValue()).isEqualTo(40.0);
        assertThat(result.path("unanswered").isEmpty()).isTrue();
        assertThat(result.path("nodes").propertyNames()).hasSize(catalog.nodes().size()).startsWith("A", "A.I", "A.I.1", "A.I.1.i");
        JsonNode area = result.path("nodes").path("A.I.1");
        assertThat(area.path("score").doubleValue()).isEqualTo(4.0);
        assertThat(area.path("weight").doubleValue()).isEqualTo(4.0);
        assertThat(area.path("percent").doubleValue()).isEqualTo(100.0);
        assertThat(result.path("areas").path("5").path("weight").doubleValue()).isEqualTo(15.0);
        assertThat(result.path("wbk").path("eligible").booleanValue()).isTrue();
        assertThat(result.path("wbk").path("failures").isEmpty()).isTrue();
        assertThat(result.path("wbbm").path("eligible").booleanValue()).isTrue();
        assertThat(result.path("rules").path("areaRule").asString()).isEqualTo("COMBINED");
    }

    @Test
    void theIssuesExampleScoresWhatIsAnsweredAndListsTheRest() throws Exception {
        JsonNode result = ok("""
                {"answers": {"A.I.1.i.a": "Ya", "A.I.1.i.b": "A",
                  "A.II.3.iii.a": {"numerator": 1, "denominator": 1},
                  "A.II.4.i.a": {"jumlahSasaranKinerja": 4, "jumlahSasaranTercapai": 3},
                  "B.I.a": 3.6, "B.I.b": "C", "B.II.a": 3.2},
                 "hasWbk": false}""");

        assertThat(result.path("nodes").path("A.I.1.i").path("score").doubleValue()).isEqualTo(0.5);
        assertThat(result.path("nodes").path("A.II.3.iii").path("score").doubleValue()).isEqualTo(2.0);
        assertThat(result.path("nodes").path("A.II.4.i").path("score").doubleValue()).isEqualTo(1.5);
        assertThat(result.path("nodes").path("A.II.4.i").path("percent").doubleValue()).isEqualTo(75.0);
        assertThat(result.path("nodes").path("B.I").path("score").doubleValue()).isEqualTo(18.25);
        assertThat(result.path("nodes").path("B.II").path("score").doubleValue()).isEqualTo(14.0);
        assertThat(result.path("total").doubleValue()).isEqualTo(36.25);
        assertThat(result.path("questions").path("B.I.a").path("value").doubleValue()).isEqualTo(0.9);
        assertThat(result.path("questions").path("A.I.1.ii.a").path("answered").booleanValue()).isFalse();
        assertThat(result.path("unanswered")).hasSize(catalog.questions().size() - 7);
        assertThat(strings(result.path("unanswered"))).doesNotContain("A.I.1.i.a", "B.II.a").contains("A.I.1.ii.a");

        assertThat(result.path("wbk").path("eligible").booleanValue()).isFalse();
        assertThat(conditions(result.path("wbk"))).contains("TOTAL", "PENGUNGKIT", "AREA")
                .doesNotContain("BERSIH_DAN_AKUNTABEL", "SURVEI_ANTI_KORUPSI", "KINERJA_LEBIH_BAIK", "PELAYANAN_PRIMA");
        JsonNode total = result.path("wbk").path("failures").get(0);
        assertThat(total.path("condition").asString()).isEqualTo("TOTAL");
        assertThat(total.path("value").doubleValue()).isEqualTo(36.25);
        assertThat(total.path("minimum").doubleValue()).isEqualTo(75.0);
        assertThat(conditions(result.path("wbbm"))).startsWith("PREDIKAT_WBK").contains("KINERJA_LEBIH_BAIK", "PELAYANAN_PRIMA");
    }

    @Test
    void ipak359FailsTheAntiCorruptionMinimumExactly() throws Exception {
        ObjectNode answers = topAnswers();
        answers.put("B.I.a", 3.59);

        JsonNode failure = ok(body(answers, false)).path("wbk").path("failures").get(0);

        assertThat(failure.path("condition").asString()).isEqualTo("SURVEI_ANTI_KORUPSI");
        assertThat(failure.path("subject").asString()).isEqualTo("B.I.a");
        assertThat(failure.path("value").doubleValue()).isEqualTo(15.70625);
        assertThat(failure.path("minimum").doubleValue()).isEqualTo(15.75);
    }

    @Test
    void anUnknownQuestionIsAProblemNamingItsField() throws Exception {
        JsonNode problem = problem("{\"answers\": {\"A.I.9.i.a\": \"Ya\"}}");

        assertThat(problem.path("status").intValue()).isEqualTo(400);
        assertThat(problem.path("type").asString()).isEqualTo("https://zi.id/problems/invalid-input");
        assertThat(problem.path("field").asString()).isEqualTo("answers.A.I.9.i.a");
        assertThat(problem.path("detail").asString()).contains("not a question");
    }

    @Test
    void anAnswerTheQuestionDoesNotAllowIsAProblemNamingItsField() throws Exception {
        assertThat(problem("{\"answers\": {\"A.I.1.i.b\": \"D\"}}").path("field").asString()).isEqualTo("answers.A.I.1.i.b");
        assertThat(problem("{\"answers\": {\"A.I.1.i.a\": true}}").path("detail").asString()).contains("one of Ya, Tidak");
        assertThat(problem("{\"answers\": {\"B.I.a\": 4.5}}").path("field").asString()).isEqualTo("answers.B.I.a");
        assertThat(problem("{\"answers\": {\"B.I.a\": \"3.6\"}}").path("field").asString()).isEqualTo("answers.B.I.a");
    }

    @Test
    void aBadPercentageIsAProblemNamingItsField() throws Exception {
        assertThat(problem("{\"answers\": {\"A.II.4.i.a\": {\"numerator\": 0, \"denominator\": 0}}}").path("field").asString())
                .isEqualTo("answers.A.II.4.i.a.denominator");
        assertThat(problem("{\"answers\": {\"A.II.4.i.a\": {\"jumlahSasaranKinerja\": \"empat\", \"jumlahSasaranTercapai\": 3}}}")
                .path("field").asString()).isEqualTo("answers.A.II.4.i.a.jumlahSasaranKinerja");
        assertThat(problem("{\"answers\": {\"A.II.4.i.a\": {\"jumlahSasaranKinerja\": 4}}}").path("field").asString())
                .isEqualTo("answers.A.II.4.i.a.jumlahSasaranTercapai");
    }

    @Test
    void everyFaultOfTheBodyIsListed() throws Exception {
        JsonNode problem = problem("{\"answers\": {\"A.I.1.i.a\": \"Mungkin\", \"A.I.9.i.a\": \"Ya\"}, \"hasWbk\": \"yes\", \"unit\": \"x\"}");

        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("unit", "hasWbk", "answers.A.I.1.i.a", "answers.A.I.9.i.a");
        assertThat(problem("{\"hasWbk\": true}").path("field").asString()).isEqualTo("answers");
        assertThat(problem("[]").path("field").asString()).isEqualTo("answers");
    }

    private static List<String> conditions(JsonNode verdict) {
        List<String> conditions = new ArrayList<>();
        verdict.path("failures").forEach(failure -> conditions.add(failure.path("condition").asString()));
        return conditions;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
