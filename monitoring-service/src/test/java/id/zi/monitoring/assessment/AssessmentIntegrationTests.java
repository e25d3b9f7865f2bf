package id.zi.monitoring.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import id.zi.monitoring.Feed;
import id.zi.monitoring.Feed.Unit;
import id.zi.monitoring.MonitoringApi;
import id.zi.monitoring.MonitoringApi.Reply;
import id.zi.monitoring.evidence.EvidenceProjection;
import id.zi.monitoring.lke.AnswerScale;
import id.zi.monitoring.lke.LkeCatalog;
import id.zi.monitoring.lke.LkeQuestion;
import id.zi.monitoring.orgunit.OrgUnitProjection;
import id.zi.monitoring.rollup.RollupFeed;
import id.zi.platform.events.CloudEventHeaders;
import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.events.TopicRecords;
import id.zi.testkit.security.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LKE assessment over real HTTP with real tokens: the unit's side and the TPI's side answered by their own
 * users, scored and judged side by side, bad answers named by field, and the events of every save. Each test
 * works on a unit of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.events.relay-interval=200ms")
public abstract class AssessmentIntegrationTests {

    static final String TOPIC = "zi.monitoring.assessment.v1";
    static final TestUser TPI = TestUser.inspektoratMagelang();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    LkeCatalog catalog;

    @Autowired
    EvidenceProjection evidence;

    @Autowired
    OrgUnitProjection units;

    protected abstract String kafkaBootstrapServers();

    MonitoringApi api() {
        return new MonitoringApi("http://127.0.0.1:" + port, json);
    }

    /** A unit the directory knows, with one evidence item of {@code year} for question A.I.1.i.a. */
    Unit unitWithEvidence(int year, String evidenceId) {
        Unit unit = Unit.fresh();
        Feed feed = new Feed(kafkaBootstrapServers(), json);
        feed.orgUnit(unit);
        feed.evidence(unit, year, "uploaded", evidenceId, "SK", "SK Tim Kerja ZI " + year, 1, List.of(), List.of("A.I.1.i.a"), "PENDING", 1);
        Feed.await(() -> units.find(unit.id()).isPresent() && !evidence.ofPlan(unit.id() + ":" + year).isEmpty(), "the unit and its evidence");
        return unit;
    }

    /** Every question at its top: the best option by label, both indices 4.00 (native 1–4), every percentage 1 of 1. */
    Map<String, Object> topAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (LkeQuestion question : catalog.questions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            switch (question.scale()) {
                case AnswerScale.Choice choice -> entry.put("answer", choice.options().stream()
                        .filter(option -> option.value().compareTo(choice.top()) == 0).findFirst().orElseThrow().label());
                case AnswerScale.Index ignored -> {
                    entry.put("answer", 4.00);
                    entry.put("policy", "NATIVE_4");
                }
                case AnswerScale.Ratio ignored -> entry.put("answer", Map.of("numerator", 1, "denominator", 1));
            }
            answers.put(question.id(), entry);
        }
        return answers;
    }

    Reply save(Unit unit, int year, String side, TestUser user, String ifMatch, Object body) {
        return api().call("PATCH", "/api/monitoring/assessments/" + unit.id() + "/" + year + "/" + side, user, body, ifMatch);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    static List<String> conditions(JsonNode verdict) {
        List<String> conditions = new ArrayList<>();
        verdict.path("failures").forEach(failure -> conditions.add(failure.path("condition").asString()));
        return conditions;
    }

    @Test
    void theUnitAndTheTpiAnswerSideBySideEachScoredAndJudgedWithItsEvents() throws Exception {
        int year = 2025;
        Unit unit = unitWithEvidence(year, "ev-" + UUID.randomUUID().toString().substring(0, 8) + "-sk");
        String evidenceId = evidence.ofPlan(unit.id() + ":" + year).getFirst().id();
        String path = "/api/monitoring/assessments/" + unit.id() + "/" + year;

        Reply empty = api().get(path, unit.operator());
        assertThat(empty.status()).as("%s", empty.body()).isEqualTo(200);
        assertThat(empty.body().get("version").asLong()).isZero();
        assertThat(empty.body().get("questions").size()).isEqualTo(catalog.questions().size());
        assertThat(empty.body().at("/self/version").asLong()).isZero();
        assertThat(empty.body().at("/self/score/total").asDouble()).isZero();
        assertThat(empty.body().at("/tpi/score/wbk/eligible").asBoolean()).isFalse();
        assertThat(api().get(path, TPI).status()).as("the TPI of the city reads it before anyone saved").isEqualTo(200);
        assertThat(api().get(path, TestUser.operatorJambi()).status()).isEqualTo(404);

        Map<String, Object> top = topAnswers();
        top.put("A.I.1.i.a", Map.of("answer", "Ya", "notes", "SK ditetapkan 5 Januari", "evidence", List.of(evidenceId)));
        Map<String, Object> selfBody = Map.of("answers", top, "hasWbk", false);
        assertThat(save(unit, year, "self", unit.operator(), null, selfBody).status()).as("the version read is required").isEqualTo(428);
        assertThat(save(unit, year, "self", TPI, "\"0\"", selfBody).status()).as("the TPI does not answer for the unit").isEqualTo(403);
        assertThat(save(unit, year, "tpi", unit.operator(), "\"0\"", selfBody).status()).as("nor the unit for the TPI").isEqualTo(403);
        assertThat(save(unit, year, "self", TestUser.operatorJambi(), "\"0\"", selfBody).status()).isEqualTo(404);

        Reply self = save(unit, year, "self", unit.operator(), "\"0\"", selfBody);
        assertThat(self.status()).as("%s", self.body()).isEqualTo(200);
        assertThat(self.etag()).isEqualTo("\"1\"");
        assertThat(self.body().at("/self/score/total").asDouble()).isEqualTo(100.0);
        assertThat(self.body().at("/self/score/wbk/eligible").asBoolean()).isTrue();
        assertThat(conditions(self.body().at("/self/score/wbbm"))).as("WBBM waits only for the WBK predicate").containsExactly("PREDIKAT_WBK");
        assertThat(self.body().at("/self/answered").asInt()).isEqualTo(catalog.questions().size());

        // The TPI scores lower: IPAK 3.59 misses the anti-corruption minimum (and with performance C, which alone passes
        // WBK and fails WBBM, bersih dan akuntabel falls to 15.71 + 2.50 = 18.21, below 18.25).
        Map<String, Object> tpiAnswers = topAnswers();
        tpiAnswers.put("B.I.a", Map.of("answer", 3.59, "policy", "RATIO_6_TO_4", "notes", "SPAK Januari-Maret"));
        tpiAnswers.put("B.I.b", Map.of("answer", "C"));
        tpiAnswers.put("A.II.3.iii.a", Map.of("answer", Map.of("pelanggaranTahunSebelumnya", 4, "pelanggaranTahunIni", 1,
                "pelanggaranDiberiSanksi", 1)));
        Reply tpi = save(unit, year, "tpi", TPI, "\"0\"", Map.of("answers", tpiAnswers, "hasWbk", true));
        assertThat(tpi.status()).as("the TPI side has its own version; the unit's save did not make it stale: %s", tpi.body()).isEqualTo(200);
        JsonNode both = tpi.body();
        assertThat(both.get("version").asLong()).isEqualTo(2);
        assertThat(both.at("/self/score/total").asDouble()).isEqualTo(100.0);
        assertThat(conditions(both.at("/tpi/score/wbk"))).containsExactly("BERSIH_DAN_AKUNTABEL", "SURVEI_ANTI_KORUPSI");
        assertThat(both.at("/tpi/score/wbk/failures/1/subject").asString()).isEqualTo("B.I.a");
        assertThat(both.at("/tpi/score/wbk/failures/1/value").asDouble()).isEqualTo(3.59 / 4 * 17.5, offset(1e-9));
        assertThat(both.at("/tpi/score/wbk/failures/1/minimum").asDouble()).isEqualTo(15.75);
        assertThat(conditions(both.at("/tpi/score/wbbm"))).contains("SURVEI_ANTI_KORUPSI", "KINERJA_LEBIH_BAIK").doesNotContain("PREDIKAT_WBK");
        assertThat(both.at("/tpi/score/questions/A.II.3.iii.a/value").asDouble()).as("(4 - 1) / 4").isEqualTo(0.75);

        JsonNode question = null;
        for (JsonNode candidate : both.get("questions")) {
            if (candidate.get("id").asString().equals("A.I.1.i.a")) {
                question = candidate;
            }
        }
        assertThat(question).isNotNull();
        assertThat(question.at("/criteria/0/option").asString()).isEqualTo("YA");
        assertThat(question.at("/criteria/0/text").asString()).as("the regulation's words, to answer by")
                .isEqualTo("Ya, jika Tim telah dibentuk di dalam unit kerja.");
        assertThat(question.at("/self/answer").asString()).as("stored as the option's code").isEqualTo("YA");
        assertThat(question.at("/self/notes").asString()).isEqualTo("SK ditetapkan 5 Januari");
        assertThat(question.at("/self/evidence/0/title").asString()).isEqualTo("SK Tim Kerja ZI " + year);
        assertThat(question.at("/self/evidence/0/reviewState").asString()).isEqualTo("PENDING");
        assertThat(question.at("/tpi/answer").asString()).isEqualTo("YA");
        assertThat(question.at("/tpi/evidence").isEmpty()).isTrue();

        assertThat(save(unit, year, "self", unit.operator(), "\"0\"", Map.of("hasWbk", true)).status()).as("a stale version").isEqualTo(412);
        Reply withoutIpak = save(unit, year, "self", unit.head(), "\"1\"", "{\"answers\": {\"B.I.a\": null}}");
        assertThat(withoutIpak.status()).as("%s", withoutIpak.body()).isEqualTo(200);
        assertThat(withoutIpak.body().at("/self/score/unanswered/0").asString()).isEqualTo("B.I.a");
        assertThat(withoutIpak.body().at("/self/score/wbk/eligible").asBoolean()).isFalse();
        assertThat(api().get(path + "/self", unit.operator()).etag()).isEqualTo("\"2\"");

        List<ConsumerRecord<String, byte[]>> events = TopicRecords.await(kafkaBootstrapServers(), TOPIC, record -> unit.id().equals(record.key()),
                5, Duration.ofSeconds(30));
        events.forEach(EventContracts::assertValid);
        assertThat(events).extracting(record -> CloudEventHeaders.read(record).type()).containsExactly(
                "id.zi.monitoring.assessment.scored.v1", "id.zi.monitoring.assessment.readiness-changed.v1",
                "id.zi.monitoring.assessment.scored.v1", "id.zi.monitoring.assessment.scored.v1",
                "id.zi.monitoring.assessment.readiness-changed.v1");
        assertThat(events).extracting(record -> CloudEventHeaders.read(record).sequence()).containsExactly(1L, 2L, 3L, 4L, 5L);
        JsonNode firstScore = json.readTree(events.get(0).value());
        assertThat(firstScore.get("side").asString()).isEqualTo("SELF");
        assertThat(firstScore.get("total").asDouble()).isEqualTo(100.0);
        assertThat(firstScore.get("areas").size()).isEqualTo(6);
        assertThat(firstScore.at("/areas/4/weight").asDouble()).isEqualTo(15.0);
        JsonNode becameReady = json.readTree(events.get(1).value());
        assertThat(becameReady.at("/wbk/eligible").asBoolean()).isTrue();
        assertThat(becameReady.at("/wbk/previouslyEligible").asBoolean()).isFalse();
        JsonNode tpiScore = json.readTree(events.get(2).value());
        assertThat(tpiScore.get("side").asString()).isEqualTo("TPI");
        assertThat(conditions(tpiScore.get("wbk"))).containsExactly("BERSIH_DAN_AKUNTABEL", "SURVEI_ANTI_KORUPSI");
        JsonNode noLongerReady = json.readTree(events.get(4).value());
        assertThat(noLongerReady.at("/wbk/eligible").asBoolean()).isFalse();
        assertThat(noLongerReady.at("/wbk/previouslyEligible").asBoolean()).isTrue();
    }

    @Test
    void theUnitsPublishedSpakAndSpkpGiveTheHasilIndicesAndRescoreBothSides() throws Exception {
        int year = 2026;
        Unit unit = unitWithEvidence(year, "ev-" + UUID.randomUUID().toString().substring(0, 8) + "-sk");
        String path = "/api/monitoring/assessments/" + unit.id() + "/" + year;
        Map<String, Object> selfAnswers = topAnswers();
        selfAnswers.remove("B.I.a");
        selfAnswers.remove("B.II.a");
        Reply self = save(unit, year, "self", unit.operator(), "\"0\"", Map.of("answers", selfAnswers, "hasWbk", false));
        assertThat(self.status()).as("%s", self.body()).isEqualTo(200);
        assertThat(self.body().at("/self/score/total").asDouble()).as("both indices unanswered: 17.5 + 17.5 missing").isEqualTo(65.0, offset(1e-9));
        assertThat(self.body().at("/self/score/wbk/eligible").asBoolean()).isFalse();
        // the TPI enters its own IPAK (from an independent survey) and leaves IPKP open
        Map<String, Object> tpiAnswers = topAnswers();
        tpiAnswers.put("B.I.a", Map.of("answer", 3.59, "policy", "RATIO_6_TO_4"));
        tpiAnswers.remove("B.II.a");
        assertThat(save(unit, year, "tpi", TPI, "\"0\"", Map.of("answers", tpiAnswers, "hasWbk", false)).status()).isEqualTo(200);

        try (RollupFeed feed = new RollupFeed(kafkaBootstrapServers(), json)) {
            // SPAK: 20 respondents giving 6 stars to all 5 statements; SPKP: 20 giving 5.4 on average to all 8 (RATIO_6_TO_4: 3.6)
            feed.publish("survey.result.published.v1", "sv-spak-" + unit.id() + ":2026-Q1", unit.id(), unit.path(), 1,
                    perception("SPAK", "sv-spak-" + unit.id(), 5, 20, 6.0));
            feed.publish("survey.result.published.v1", "sv-spkp-" + unit.id() + ":2026-Q1", unit.id(), unit.path(), 1,
                    perception("SPKP", "sv-spkp-" + unit.id(), 8, 20, 5.4));
        }
        Feed.await(() -> api().get(path, unit.operator()).body().at("/self/score/total").asDouble() > 98,
                "the self side scored again from the published results");

        Reply both = api().get(path, unit.operator());
        assertThat(both.body().at("/self/score/total").asDouble()).as("IPAK 4.00 and IPKP 3.60: 100 − 17.5·0.1").isEqualTo(98.25, offset(1e-9));
        assertThat(both.body().at("/self/score/wbk/eligible").asBoolean()).isTrue();
        JsonNode ipak = question(both.body(), "B.I.a");
        assertThat(ipak.at("/fromSurveys/value").asDouble()).isEqualTo(4.0, offset(1e-12));
        assertThat(ipak.at("/fromSurveys/policy").asString()).isEqualTo("RATIO_6_TO_4");
        assertThat(ipak.at("/fromSurveys/respondents").asInt()).isEqualTo(20);
        assertThat(ipak.at("/fromSurveys/periods/0").asString()).isEqualTo("2026-Q1");
        assertThat(ipak.at("/self/source").asString()).isEqualTo("SURVEYS");
        assertThat(ipak.at("/self/answer").asDouble()).isEqualTo(4.0, offset(1e-12));
        assertThat(ipak.at("/tpi/source").asString()).as("an entered value wins").isEqualTo("ENTERED");
        assertThat(ipak.at("/tpi/answer").asDouble()).isEqualTo(3.59);
        JsonNode ipkp = question(both.body(), "B.II.a");
        assertThat(ipkp.at("/fromSurveys/value").asDouble()).isEqualTo(3.6, offset(1e-9));
        assertThat(ipkp.at("/tpi/source").asString()).isEqualTo("SURVEYS");
        assertThat(both.body().at("/tpi/score/wbk/failures/0/condition").asString()).isEqualTo("SURVEI_ANTI_KORUPSI");
        assertThat(api().get(path + "/self", unit.operator()).etag()).as("nothing the unit entered changed").isEqualTo("\"1\"");

        // saves, then SPAK rescoring the self side; SPKP rescoring it into WBK readiness, and the TPI side's IPKP
        List<ConsumerRecord<String, byte[]>> events = TopicRecords.await(kafkaBootstrapServers(), TOPIC, record -> unit.id().equals(record.key()),
                6, Duration.ofSeconds(30));
        events.forEach(EventContracts::assertValid);
        assertThat(events).extracting(record -> CloudEventHeaders.read(record).type() + " " + json.readTree(record.value()).get("side").asString())
                .containsExactly("id.zi.monitoring.assessment.scored.v1 SELF", "id.zi.monitoring.assessment.scored.v1 TPI",
                        "id.zi.monitoring.assessment.scored.v1 SELF", "id.zi.monitoring.assessment.scored.v1 SELF",
                        "id.zi.monitoring.assessment.readiness-changed.v1 SELF", "id.zi.monitoring.assessment.scored.v1 TPI");
        assertThat(events).extracting(record -> CloudEventHeaders.read(record).sequence()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(json.readTree(events.get(3).value()).get("total").asDouble()).isEqualTo(98.25, offset(1e-9));
    }

    static JsonNode question(JsonNode assessment, String id) {
        for (JsonNode candidate : assessment.get("questions")) {
            if (candidate.get("id").asString().equals(id)) {
                return candidate;
            }
        }
        throw new AssertionError("no question " + id);
    }

    /** A published SPAK or SPKP result of 2026-Q1 on 1–6 stars, every statement averaging {@code stars}. */
    static Map<String, Object> perception(String instrument, String surveyId, int statements, int respondents, double stars) {
        double converted = stars * 4 / 6;
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 1; i <= statements; i++) {
            elements.add(Map.of("code", "P" + i, "name", "Pernyataan " + i, "weight", 1.0 / statements, "sum", Math.round(respondents * stars),
                    "answers", respondents, "mean", stars, "converted", converted));
        }
        Map<String, Object> result = new HashMap<>();
        result.put("resultId", surveyId + ":2026-Q1");
        result.put("surveyId", surveyId);
        result.put("instrument", instrument);
        result.put("period", Map.of("key", "2026-Q1", "kind", "QUARTER", "year", 2026, "quarter", 1, "from", "2026-01-01", "to", "2026-03-31"));
        result.put("respondents", respondents);
        result.put("elements", elements);
        result.put("index", converted);
        result.put("scalePolicy", "RATIO_6_TO_4");
        result.put("highestAnswer", 6);
        result.put("conversion", converted * 25);
        result.put("lkeValue", converted / 4 * 17.5);
        result.put("lowestElements", List.of("P1", "P2", "P3"));
        for (String skmOnly : List.of("weightPolicy", "ikm", "ikmDisplayed", "grade", "performance")) {
            result.put(skmOnly, null);
        }
        return result;
    }

    @Test
    void badAnswersAreRefusedEachNamedByItsFieldAndNothingIsSaved() {
        int year = 2024;
        Unit unit = unitWithEvidence(year, "ev-" + UUID.randomUUID().toString().substring(0, 8) + "-bad");
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("A.I.1.i.a", Map.of("answer", "Mungkin"));
        answers.put("A.I.1.i", Map.of("answer", "Ya"));
        answers.put("B.I.a", Map.of("answer", 3.7));
        answers.put("B.II.a", Map.of("answer", 4.5, "policy", "NATIVE_4"));
        answers.put("A.I.1.i.b", Map.of("answer", "A", "policy", "NATIVE_4", "evidence", List.of("ev-unknown")));
        answers.put("A.II.3.iii.a", Map.of("answer", Map.of("pelanggaranTahunSebelumnya", 4)));
        answers.put("A.I.2.i.a", Map.of("answer", "Ya", "notes", "x".repeat(2001), "colour", "red"));

        Reply bad = save(unit, year, "self", unit.operator(), "\"0\"", Map.of("answers", answers));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(bad.body())).as("%s", bad.body()).containsExactly("answers.A.I.2.i.a.colour");
        Reply semantic = save(unit, year, "self", unit.operator(), "\"0\"", Map.of("answers", answers.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("A.I.2.i.a")).collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new))));
        assertThat(semantic.status()).isEqualTo(400);
        assertThat(fields(semantic.body())).as("%s", semantic.body()).containsExactlyInAnyOrder("answers.A.I.1.i.a.answer", "answers.A.I.1.i",
                "answers.B.I.a.policy", "answers.B.II.a.answer", "answers.A.I.1.i.b.policy", "answers.A.I.1.i.b.evidence[0]",
                "answers.A.II.3.iii.a.answer.pelanggaranTahunIni");
        assertThat(save(unit, year, "self", unit.operator(), "\"0\"", Map.of("hasWbk", "ya")).field()).isEqualTo("hasWbk");
        assertThat(api().call("PATCH", "/api/monitoring/assessments/" + unit.id() + "/" + year + "/both", unit.operator(), Map.of(), "\"0\"")
                .field()).isEqualTo("side");
        assertThat(api().get("/api/monitoring/assessments/" + unit.id() + "/1999", unit.operator()).field()).isEqualTo("year");
        assertThat(api().get("/api/monitoring/assessments/" + unit.id() + "/" + year, unit.operator()).body().get("version").asLong())
                .as("nothing saved").isZero();
    }
}
