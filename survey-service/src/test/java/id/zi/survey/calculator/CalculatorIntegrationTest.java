package id.zi.survey.calculator;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public calculators over real HTTP, without a token, as outside tools call them through the gateway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalculatorIntegrationTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().registerProperties(registry, "zi-survey-calculator");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    /** @param text the body as sent, to see numbers exactly as written (a parsed 88.00 is the double 88.0) */
    record Reply(int status, String contentType, String text, JsonNode body) {

        String field() {
            return body.path("field").asString();
        }
    }

    Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply post(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body))));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                json.readTree(response.body()));
    }

    static List<Map<String, Object>> nrrs(double... values) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            elements.add(Map.of("code", "U" + (i + 1), "nrr", values[i]));
        }
        return elements;
    }

    static final double[] SUMMING_TO_32 = {3.5, 3.6, 3.4, 3.7, 3.6, 3.5, 3.6, 3.5, 3.6};

    void assertProblem(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.field()).as(reply.body().toString()).isEqualTo(field);
        assertThat(reply.body().path("detail").asString()).isNotBlank();
    }

    @Test
    void aSignedInUserWhoseTokenExpiredStillUsesThePublicCalculator() throws Exception {
        String expired = TestIdentityProvider.shared().expiredToken(id.zi.testkit.security.TestUser.operatorMagelang());
        Reply reply = send(HttpRequest.newBuilder(uri("/api/surveys/calculator/sample-size?population=250"))
                .header("Authorization", "Bearer " + expired).GET());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("minimumSample").asInt()).isEqualTo(152);
    }

    @Test
    void skmFromNrrPerElementAnswersIndexIkmGradeAndThePolicyUsed() throws Exception {
        Reply exact = post("/api/surveys/calculator/skm", Map.of("elements", nrrs(SUMMING_TO_32)));

        assertThat(exact.status()).isEqualTo(200);
        assertThat(exact.body().get("index").asDouble()).isCloseTo(32.0 / 9, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(exact.text()).containsPattern("\"ikm\":88\\.89[,}]");
        assertThat(exact.body().get("grade").asString()).isEqualTo("A");
        assertThat(exact.body().get("performance").asString()).isEqualTo("Sangat baik");
        assertThat(exact.body().get("weightPolicy").asString()).isEqualTo("EXACT");
        assertThat(exact.body().get("elements")).hasSize(9);
        assertThat(exact.body().get("elements").get(3).get("code").asString()).isEqualTo("U4");
        assertThat(exact.body().get("elements").get(3).get("nrr").asDouble()).isEqualTo(3.7);
        assertThat(exact.body().get("elements").get(3).get("name").asString()).isEqualTo("Biaya/Tarif");
        assertThat(exact.body().has("respondents")).isFalse();

        Reply printed = post("/api/surveys/calculator/skm", Map.of("weightPolicy", "LITERAL_0_11", "elements", nrrs(SUMMING_TO_32)));
        assertThat(printed.text()).containsPattern("\"ikm\":88\\.00[,}]");
        assertThat(printed.body().get("grade").asString()).isEqualTo("B");
        assertThat(printed.body().get("performance").asString()).isEqualTo("Baik");
        assertThat(printed.body().get("weightPolicy").asString()).isEqualTo("LITERAL_0_11");
        assertThat(printed.body().get("elements").get(0).get("weight").asDouble()).isEqualTo(0.11);

        Reply threeDecimals = post("/api/surveys/calculator/skm", Map.of("weightPolicy", "LITERAL_0_111", "elements", nrrs(SUMMING_TO_32)));
        assertThat(threeDecimals.text()).containsPattern("\"ikm\":88\\.80[,}]");
        assertThat(threeDecimals.body().get("grade").asString()).isEqualTo("A");
    }

    @Test
    void skmFromResponsesCountsEachElementOverTheRespondentsWhoAnsweredIt() throws Exception {
        Map<String, Object> skipped = new LinkedHashMap<>(Map.of("U1", 4, "U2", 3, "U3", 3, "U5", 3, "U6", 3, "U7", 4, "U8", 3, "U9", 3));
        skipped.put("U4", null);
        List<Map<String, Object>> responses = List.of(
                Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 3, "U5", 4, "U6", 4, "U7", 4, "U8", 4, "U9", 4),
                Map.of("U1", 3, "U2", 3, "U3", 2, "U4", 3, "U5", 3, "U6", 4, "U7", 4, "U8", 2, "U9", 3),
                skipped,
                Map.of("U1", 3, "U2", 4, "U3", 3, "U4", 4, "U5", 4, "U6", 3, "U7", 3, "U8", 2, "U9", 4));

        Reply reply = post("/api/surveys/calculator/skm", Map.of("responses", responses));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().get("respondents").asInt()).isEqualTo(4);
        assertThat(reply.text()).containsPattern("\"ikm\":84\\.26[,}]");
        assertThat(reply.body().get("grade").asString()).isEqualTo("B");
        JsonNode u4 = reply.body().get("elements").get(3);
        assertThat(u4.get("answers").asInt()).isEqualTo(3);
        assertThat(u4.get("nrr").asDouble()).isCloseTo(10.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void skmOfAnAdaptedInstrument() throws Exception {
        List<Map<String, Object>> adapted = new ArrayList<>();
        List<Map<String, Object>> elements = new ArrayList<>();
        for (String code : List.of("U1", "U2", "U3", "U5", "U6", "U7", "U8", "U9")) {
            adapted.add(Map.of("code", code, "weight", 0.1));
            elements.add(Map.of("code", code, "nrr", 3.0));
        }
        adapted.add(Map.of("code", "X1", "name", "Kemudahan akses layanan daring", "weight", 0.2));
        elements.add(Map.of("code", "X1", "nrr", 4.0));

        Reply reply = post("/api/surveys/calculator/skm", Map.of("adaptedElements", adapted, "elements", elements));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.text()).containsPattern("\"ikm\":80\\.00[,}]");
        assertThat(reply.body().get("elements").get(8).get("name").asString()).isEqualTo("Kemudahan akses layanan daring");

        List<Map<String, Object>> unbalanced = new ArrayList<>(adapted);
        unbalanced.set(8, Map.of("code", "X1", "name", "Kemudahan akses layanan daring", "weight", 0.3));
        assertProblem(post("/api/surveys/calculator/skm", Map.of("adaptedElements", unbalanced, "elements", elements)), "adaptedElements");
        assertProblem(post("/api/surveys/calculator/skm", Map.of("adaptedElements", adapted, "elements", nrrs(SUMMING_TO_32))),
                "elements[3].code");
    }

    @Test
    void skmRefusesWhatItCannotComputeNamingTheField() throws Exception {
        List<Map<String, Object>> unknown = nrrs(SUMMING_TO_32);
        unknown.set(2, Map.of("code", "U10", "nrr", 3.0));
        assertProblem(post("/api/surveys/calculator/skm", Map.of("elements", unknown)), "elements[2].code");

        List<Map<String, Object>> tooHigh = nrrs(SUMMING_TO_32);
        tooHigh.set(0, Map.of("code", "U1", "nrr", 4.2));
        assertProblem(post("/api/surveys/calculator/skm", Map.of("elements", tooHigh)), "elements[0].nrr");

        List<Map<String, Object>> noNrr = nrrs(SUMMING_TO_32);
        noNrr.set(5, Map.of("code", "U6"));
        assertProblem(post("/api/surveys/calculator/skm", Map.of("elements", noNrr)), "elements[5].nrr");

        assertProblem(post("/api/surveys/calculator/skm", Map.of("elements", nrrs(3, 3, 3, 3, 3, 3, 3, 3))), "elements");
        assertProblem(post("/api/surveys/calculator/skm", Map.of("weightPolicy", "ROUNDED", "elements", nrrs(SUMMING_TO_32))), "weightPolicy");
        assertProblem(post("/api/surveys/calculator/skm", Map.of("weightPolicy", "EXACT")), "elements");
        assertProblem(post("/api/surveys/calculator/skm", Map.of("elements", nrrs(SUMMING_TO_32), "responses", List.of())), "responses");

        Map<String, Object> full = Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 4, "U5", 4, "U6", 4, "U7", 4, "U8", 4, "U9", 4);
        assertProblem(post("/api/surveys/calculator/skm", Map.of("responses", List.of(full, Map.of("U6", 5)))), "responses[1].U6");
        assertProblem(post("/api/surveys/calculator/skm", Map.of("responses", List.of(full, Map.of("U6", 2.5)))), "responses[1].U6");
        assertProblem(post("/api/surveys/calculator/skm", Map.of("responses", List.of(full, Map.of("Z9", 2)))), "responses[1].Z9");
        assertProblem(post("/api/surveys/calculator/skm", Map.of("responses", List.of(Map.of("U1", 4)))), "responses");
        assertProblem(post("/api/surveys/calculator/skm", "{\"responses\": [{\"U1\": \"sangat baik\"}]}"), "responses[0].U1");
    }

    @Test
    void sampleSizeIsTheKrejcieMorganMinimum() throws Exception {
        Reply hundred = get("/api/surveys/calculator/sample-size?population=100");
        assertThat(hundred.status()).isEqualTo(200);
        assertThat(hundred.body().get("population").asLong()).isEqualTo(100);
        assertThat(hundred.body().get("minimumSample").asLong()).isEqualTo(80);
        assertThat(get("/api/surveys/calculator/sample-size?population=1000000").body().get("minimumSample").asLong()).isEqualTo(384);

        assertProblem(get("/api/surveys/calculator/sample-size?population=0"), "population");
        assertProblem(get("/api/surveys/calculator/sample-size?population=-3"), "population");
        assertProblem(get("/api/surveys/calculator/sample-size?population=banyak"), "population");
        assertProblem(get("/api/surveys/calculator/sample-size"), "population");
    }

    @Test
    void perceptionIndexConversionAndLkeValue() throws Exception {
        List<Map<String, Object>> stars = new ArrayList<>();
        double[] means = {5.0, 5.5, 6.0, 5.0, 5.5};
        for (int i = 0; i < means.length; i++) {
            stars.add(Map.of("code", "SPAK" + (i + 1), "mean", means[i]));
        }

        Reply ratio = post("/api/surveys/calculator/perception", Map.of("instrument", "SPAK", "scalePolicy", "RATIO_6_TO_4", "items", stars));

        assertThat(ratio.status()).as(ratio.body().toString()).isEqualTo(200);
        assertThat(ratio.body().get("index").asDouble()).isCloseTo(3.6, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ratio.body().get("conversion").asDouble()).isCloseTo(90.0, org.assertj.core.api.Assertions.within(1e-10));
        assertThat(ratio.body().get("lkeValue").asDouble()).isCloseTo(15.75, org.assertj.core.api.Assertions.within(1e-10));
        assertThat(ratio.body().get("scalePolicy").asString()).isEqualTo("RATIO_6_TO_4");
        assertThat(ratio.body().get("items").get(3).get("statement").asString()).isEqualTo("Tidak ada pungutan liar");

        Reply linear = post("/api/surveys/calculator/perception", Map.of("instrument", "SPAK", "scalePolicy", "LINEAR_6_TO_4", "items", stars));
        assertThat(linear.body().get("index").asDouble()).isCloseTo(3.64, org.assertj.core.api.Assertions.within(1e-12));

        List<Map<String, Object>> answers = new ArrayList<>();
        for (int respondent = 0; respondent < 3; respondent++) {
            Map<String, Object> response = new LinkedHashMap<>();
            for (int item = 1; item <= 8; item++) {
                response.put("SPKP" + item, 3 + respondent % 2);
            }
            answers.add(response);
        }
        Reply native4 = post("/api/surveys/calculator/perception", Map.of("instrument", "SPKP", "scalePolicy", "NATIVE_4", "responses", answers));
        assertThat(native4.status()).as(native4.body().toString()).isEqualTo(200);
        assertThat(native4.body().get("index").asDouble()).isCloseTo(10.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(native4.body().get("respondents").asInt()).isEqualTo(3);
        assertThat(native4.body().get("items").get(7).get("answers").asInt()).isEqualTo(3);
    }

    @Test
    void perceptionRefusesWhatItCannotComputeNamingTheField() throws Exception {
        List<Map<String, Object>> stars = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            stars.add(Map.of("code", "SPAK" + i, "mean", 5.0));
        }
        assertProblem(post("/api/surveys/calculator/perception", Map.of("instrument", "SKM", "scalePolicy", "RATIO_6_TO_4", "items", stars)),
                "instrument");
        assertProblem(post("/api/surveys/calculator/perception", Map.of("instrument", "SPAK", "items", stars)), "scalePolicy");
        assertProblem(post("/api/surveys/calculator/perception", Map.of("instrument", "SPAK", "scalePolicy", "STARS", "items", stars)),
                "scalePolicy");
        assertProblem(post("/api/surveys/calculator/perception", Map.of("instrument", "SPAK", "scalePolicy", "NATIVE_4", "items", stars)),
                "items[0].mean");
        assertProblem(post("/api/surveys/calculator/perception", Map.of("instrument", "SPKP", "scalePolicy", "RATIO_6_TO_4", "items", stars)),
                "items[0].code");
        assertProblem(post("/api/surveys/calculator/perception", Map.of("instrument", "SPAK", "scalePolicy", "RATIO_6_TO_4",
                "items", stars.subList(0, 4))), "items");
        assertProblem(post("/api/surveys/calculator/perception", Map.of("instrument", "SPAK", "scalePolicy", "RATIO_6_TO_4",
                "responses", List.of(Map.of("SPAK1", 7)))), "responses[0].SPAK1");
    }

    @Test
    void onlyTheCalculatorsArePublic() throws Exception {
        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(uri("/api/surveys/periods")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(401);

        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(uri("/api/surveys/calculator/sample-size?population=100"))
                .header("Authorization", TestIdentityProvider.shared().bearer(TestUser.operatorMagelang())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(200);
    }
}
