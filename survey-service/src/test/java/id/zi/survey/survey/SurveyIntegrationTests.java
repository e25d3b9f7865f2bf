package id.zi.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.zi.platform.events.CloudEventHeaders;
import id.zi.survey.OrgFeed;
import id.zi.survey.SurveyApi;
import id.zi.survey.SurveyApi.Reply;
import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.survey.period.PeriodKey;
import id.zi.survey.period.Periodicity;
import id.zi.survey.response.PublicAnswering;
import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.events.TopicRecords;
import id.zi.testkit.security.TestUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Surveys over real HTTP with real tokens on a real MongoDB-protocol server and Kafka broker: a unit sets up
 * a survey, respondents answer through the public link without a token, retries count once, the unit reads
 * the result, enters the population and the improvement plan, publishes, and the public reads the result,
 * the Laporan and the responses. Each test has its own service type, so they share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zi.events.relay-interval=200ms", "zi.survey.public-base-url=https://zi.example.go.id"})
public abstract class SurveyIntegrationTests {

    static final String MAGELANG = "33.71.dpmptsp";
    static final AtomicInteger SERVICES = new AtomicInteger();
    static final TestUser OPERATOR = TestUser.operatorMagelang();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    OrgUnitProjection units;

    protected abstract String kafkaBootstrapServers();

    SurveyApi api() {
        return new SurveyApi("http://127.0.0.1:" + port, json);
    }

    @BeforeEach
    void theDirectoryKnowsTheUnits() {
        if (units.find(MAGELANG).isEmpty() || units.find("33.71").isEmpty()) {
            OrgFeed.demoUnits(kafkaBootstrapServers(), json);
            OrgFeed.await(() -> units.find(MAGELANG).isPresent() && units.find("33.71").isPresent() && units.find("15.dpmptsp").isPresent(),
                    Duration.ofSeconds(30), "the org units");
        }
    }

    /** The quarter responses given now count in. */
    static String currentQuarter() {
        return PeriodKey.of(YearMonth.now(PublicAnswering.WIB), Periodicity.QUARTER).toString();
    }

    static Map<String, Object> serviceType(String code, String name) {
        return Map.of("code", code, "name", name);
    }

    JsonNode create(TestUser user, Map<String, Object> body) {
        Reply created = api().post("/api/surveys/surveys", user, body);
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        return created.body();
    }

    JsonNode createSkm() {
        int n = SERVICES.incrementAndGet();
        return create(OPERATOR, Map.of("instrument", "SKM", "serviceType", serviceType("T-" + n, "Layanan uji " + n)));
    }

    static Map<String, Object> skm(int... values) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put("U" + (i + 1), values[i]);
        }
        return Map.of("answers", answers);
    }

    static Map<String, Object> withProfile(Map<String, Object> body, Map<String, Object> profile) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("profile", profile);
        return copy;
    }

    Reply answered(String publicId, Map<String, Object> body) {
        Reply reply = api().answer(publicId, UUID.randomUUID().toString(), body);
        assertThat(reply.status()).as("answer: %s", reply.body()).isEqualTo(201);
        return reply;
    }

    JsonNode results(String surveyId, String period, TestUser user) {
        Reply reply = api().get("/api/surveys/surveys/" + surveyId + "/results?period=" + period, user);
        assertThat(reply.status()).as("results: %s", reply.body()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void aUnitSetsUpAnSkmAndRespondentsAnswerItWithoutLoginInBahasaIndonesia() {
        JsonNode survey = create(OPERATOR, Map.of("instrument", "SKM", "serviceType", serviceType("PB-UMKU", "Perizinan Berusaha")));

        assertThat(survey.get("id").asString()).startsWith("sv-");
        assertThat(survey.get("unitId").asString()).isEqualTo(MAGELANG);
        assertThat(survey.get("unitName").asString()).isEqualTo(OrgFeed.MAGELANG_NAME);
        assertThat(survey.get("instrumentVersion").asInt()).isEqualTo(1);
        assertThat(survey.get("weightPolicy").asString()).isEqualTo("EXACT");
        assertThat(survey.get("periodicity").asString()).isEqualTo("QUARTER");
        String publicId = survey.get("publicId").asString();
        assertThat(publicId).matches("[A-Za-z0-9_-]{16,}");
        assertThat(survey.get("publicUrl").asString()).isEqualTo("https://zi.example.go.id/s/" + publicId);

        Reply form = api().get("/api/surveys/public/" + publicId, null);
        assertThat(form.status()).isEqualTo(200);
        JsonNode definition = form.body();
        assertThat(definition.get("heading").asString()).isEqualTo("Survei Kepuasan Masyarakat");
        assertThat(definition.at("/unit/name").asString()).isEqualTo(OrgFeed.MAGELANG_NAME);
        assertThat(definition.at("/unit/parentName").asString()).isEqualTo("Kota Magelang");
        assertThat(definition.at("/serviceType/name").asString()).isEqualTo("Perizinan Berusaha");
        assertThat(definition.get("questions")).hasSize(9);
        JsonNode u1 = definition.get("questions").get(0);
        assertThat(u1.get("code").asString()).isEqualTo("U1");
        assertThat(u1.get("text").asString()).startsWith("Bagaimana pendapat Saudara tentang kesesuaian persyaratan");
        assertThat(u1.get("answers")).extracting(answer -> answer.get("label").asString())
                .containsExactly("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai");
        assertThat(definition.get("profile")).extracting(field -> field.get("field").asString())
                .containsExactly("sex", "ageBand", "education", "occupation", "serviceReceived");
        assertThat(definition.at("/submit/path").asString()).isEqualTo("/api/surveys/public/" + publicId + "/responses");

        Reply receipt = answered(publicId, withProfile(skm(4, 4, 3, 4, 4, 4, 4, 3, 4), Map.of("sex", "P", "ageBand", "30_39")));
        assertThat(receipt.body().get("responseId").asString()).matches("rs-[A-Za-z0-9_-]{22}");
        assertThat(receipt.body().get("replayed").asBoolean()).isFalse();
        assertThat(receipt.body().get("month").asString()).isEqualTo(YearMonth.now(PublicAnswering.WIB).toString());
        answered(publicId, skm(3, 3, 2, 4, 3, 3, 4, 2, 3));
        answered(publicId, skm(4, 3, 3, 4, 4, 4, 4, 3, 3));

        JsonNode result = results(survey.get("id").asString(), currentQuarter(), TestUser.kepalaMagelang());
        assertThat(result.get("respondents").asLong()).isEqualTo(3);
        JsonNode u3 = result.get("elements").get(2);
        assertThat(u3.get("code").asString()).isEqualTo("U3");
        assertThat(u3.get("sum").asLong()).isEqualTo(8);
        assertThat(u3.get("answers").asLong()).isEqualTo(3);
        assertThat(u3.get("nrr").asDouble()).isCloseTo(8 / 3.0, within(1e-12));
        double index = (11 + 10 + 8 + 12 + 11 + 11 + 12 + 8 + 10) / 3.0 / 9;
        assertThat(result.get("index").asDouble()).isCloseTo(index, within(1e-12));
        assertThat(result.get("ikm").asDouble()).isCloseTo(index * 25, within(1e-9));
        assertThat(result.get("ikmDisplayed").asDouble()).isEqualTo(86.11);
        assertThat(result.get("grade").asString()).isEqualTo("B");
        assertThat(result.get("performance").asString()).isEqualTo("Baik");
        assertThat(result.get("lowestElements")).extracting(JsonNode::asString).containsExactly("U3", "U8", "U2", "U9");
        assertThat(result.at("/profile/sex/P").asLong()).isEqualTo(1);
        assertThat(result.at("/profile/sex/unanswered").asLong()).isEqualTo(2);

        List<ConsumerRecord<String, byte[]>> recorded = TopicRecords.await(kafkaBootstrapServers(), "zi.survey.response.v1",
                record -> receipt.body().get("responseId").asString().equals(CloudEventHeaders.read(record).subject()), 1, Duration.ofSeconds(20));
        EventContracts.assertValid(recorded.getFirst());
        JsonNode payload = json.readTree(recorded.getFirst().value());
        assertThat(payload.at("/answers/U3").asInt()).isEqualTo(3);
        assertThat(payload.at("/profile/ageBand").asString()).isEqualTo("30_39");
        assertThat(payload.get("ancestors")).extracting(JsonNode::asString).containsExactly("id", "33", "33.71");
    }

    @Test
    void aRetriedSubmissionCountsOnceAndAnotherUnderTheSameKeyIsRefused() {
        JsonNode survey = createSkm();
        String publicId = survey.get("publicId").asString();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = withProfile(skm(4, 4, 4, 4, 4, 4, 4, 4, 4), Map.of("sex", "L"));

        Reply first = api().answer(publicId, key, body);
        Reply retry = api().answer(publicId, key, "{ \"profile\": {\"sex\": \"L\"}, \"answers\": {\"U9\":4,\"U8\":4,\"U7\":4,\"U6\":4,"
                + "\"U5\":4,\"U4\":4,\"U3\":4.0,\"U2\":4,\"U1\":4} }");
        Reply other = api().answer(publicId, key, skm(1, 1, 1, 1, 1, 1, 1, 1, 1));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).as("%s", retry.body()).isEqualTo(200);
        assertThat(retry.body().get("responseId").asString()).isEqualTo(first.body().get("responseId").asString());
        assertThat(retry.body().get("replayed").asBoolean()).isTrue();
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(other.field()).isEqualTo("Idempotency-Key");
        assertThat(other.type()).endsWith("/idempotency-key-reused");

        Reply noKey = api().answer(publicId, null, body);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.field()).isEqualTo("Idempotency-Key");
        assertThat(api().answer(publicId, "short", body).field()).isEqualTo("Idempotency-Key");

        JsonNode result = results(survey.get("id").asString(), currentQuarter(), OPERATOR);
        assertThat(result.get("respondents").asLong()).isEqualTo(1);
        assertThat(result.get("ikm").asDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(result.get("grade").asString()).isEqualTo("A");
    }

    @Test
    void retriesArrivingAtTheSameMomentStillCountOnce() throws Exception {
        JsonNode survey = createSkm();
        String publicId = survey.get("publicId").asString();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = skm(3, 4, 3, 4, 3, 4, 3, 4, 3);
        List<java.util.concurrent.Callable<Reply>> retries = new ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            retries.add(() -> {
                start.await();
                return api().answer(publicId, key, body);
            });
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Reply>> sent = new ArrayList<>();
            retries.forEach(retry -> sent.add(pool.submit(retry)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Reply> reply : sent) {
                Reply done = reply.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(done.status());
                ids.add(done.body().get("responseId").asString());
            }
            assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(results(survey.get("id").asString(), currentQuarter(), OPERATOR).get("respondents").asLong()).isEqualTo(1);
    }

    @Test
    void badAnswersAreRefusedNamingTheFieldAndNothingIsCounted() {
        JsonNode survey = createSkm();
        String publicId = survey.get("publicId").asString();
        record Case(String why, Object body, String field) {
        }
        Map<String, Object> outOfRange = skm(4, 4, 5, 4, 4, 4, 4, 4, 4);
        Map<String, Object> missing = new LinkedHashMap<>(Map.of("answers", Map.of("U1", 4, "U2", 4)));
        List<Case> cases = List.of(
                new Case("an answer outside 1-4", outOfRange, "answers.U3"),
                new Case("a question left out", missing, "answers.U3"),
                new Case("a question the survey does not ask", Map.of("answers", Map.of("U1", 4, "X9", 2)), "answers.X9"),
                new Case("an unknown age band", withProfile(skm(4, 4, 4, 4, 4, 4, 4, 4, 4), Map.of("ageBand", "37")), "profile.ageBand"),
                new Case("a name in the profile", withProfile(skm(4, 4, 4, 4, 4, 4, 4, 4, 4), Map.of("name", "Budi")), "profile.name"),
                new Case("no answers", Map.of("profile", Map.of("sex", "L")), "answers"),
                new Case("answers as a list", "{\"answers\": [4,4,4]}", "answers"));
        for (Case bad : cases) {
            Reply reply = api().answer(publicId, UUID.randomUUID().toString(), bad.body());
            assertThat(reply.status()).as(bad.why() + ": %s", reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).as(bad.why()).startsWith("application/problem+json");
            assertThat(reply.field()).as(bad.why()).isEqualTo(bad.field());
        }
        assertThat(results(survey.get("id").asString(), currentQuarter(), OPERATOR).get("respondents").asLong()).isZero();
        assertThat(api().get("/api/surveys/public/no-such-link-0123456789", null).status()).isEqualTo(404);
    }

    @Test
    void aRevokedLinkIsGoneAndTheNewOneAnswers() {
        JsonNode survey = createSkm();
        String id = survey.get("id").asString();
        String old = survey.get("publicId").asString();
        answered(old, skm(3, 3, 3, 3, 3, 3, 3, 3, 3));

        Reply stale = api().call("POST", "/api/surveys/surveys/" + id + "/link/revoke", OPERATOR, null, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        Reply revoked = api().call("POST", "/api/surveys/surveys/" + id + "/link/revoke", OPERATOR, null,
                Map.of("If-Match", "\"" + survey.get("version").asLong() + "\""));
        assertThat(revoked.status()).as("%s", revoked.body()).isEqualTo(200);
        String fresh = revoked.body().get("publicId").asString();
        assertThat(fresh).isNotEqualTo(old).matches("[A-Za-z0-9_-]{16,}");

        Reply goneForm = api().get("/api/surveys/public/" + old, null);
        assertThat(goneForm.status()).isEqualTo(410);
        assertThat(goneForm.header("Content-Type")).startsWith("application/problem+json");
        assertThat(goneForm.type()).endsWith("/link-revoked");
        assertThat(api().answer(old, UUID.randomUUID().toString(), skm(4, 4, 4, 4, 4, 4, 4, 4, 4)).status()).isEqualTo(410);
        assertThat(api().get("/api/surveys/public/" + fresh, null).status()).isEqualTo(200);
        answered(fresh, skm(4, 4, 4, 4, 4, 4, 4, 4, 4));

        assertThat(results(id, currentQuarter(), OPERATOR).get("respondents").asLong()).isEqualTo(2);
        assertThat(api().post("/api/surveys/surveys/" + id + "/link/revoke", TestUser.evaluatorJateng(), null).status()).isEqualTo(403);
    }

    @Test
    void thePopulationGivesTheMinimumSampleAndTheProgressTowardsIt() {
        JsonNode survey = createSkm();
        String id = survey.get("id").asString();
        String period = currentQuarter();
        for (int i = 0; i < 4; i++) {
            answered(survey.get("publicId").asString(), skm(4, 3, 3, 4, 3, 4, 4, 3, 3));
        }

        Reply set = api().put("/api/surveys/surveys/" + id + "/periods/" + period + "/population", OPERATOR, Map.of("population", 250));
        assertThat(set.status()).as("%s", set.body()).isEqualTo(200);
        JsonNode sample = set.body().get("sample");
        assertThat(sample.get("population").asLong()).isEqualTo(250);
        assertThat(sample.get("minimumSample").asLong()).isEqualTo(152);
        assertThat(sample.get("progress").asDouble()).isCloseTo(4 / 152.0, within(1e-12));
        assertThat(sample.get("stillNeeded").asLong()).isEqualTo(148);
        assertThat(results(id, period, TestUser.inspektoratMagelang()).at("/sample/minimumSample").asLong()).isEqualTo(152);

        Reply zero = api().put("/api/surveys/surveys/" + id + "/periods/" + period + "/population", OPERATOR, Map.of("population", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.field()).isEqualTo("population");
        Reply badPeriod = api().put("/api/surveys/surveys/" + id + "/periods/2026-Q7/population", OPERATOR, Map.of("population", 10));
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.field()).isEqualTo("period");
        Reply stale = api().call("PUT", "/api/surveys/surveys/" + id + "/periods/" + period + "/population", OPERATOR, Map.of("population", 300),
                Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api().put("/api/surveys/surveys/" + id + "/periods/" + period + "/population", TestUser.inspektoratMagelang(),
                Map.of("population", 300)).status()).isEqualTo(403);
    }

    @Test
    void aPublishedResultCarriesItsPlanAndItsNumbersOnKafkaAndIsOpenToEveryone() throws Exception {
        JsonNode survey = createSkm();
        String id = survey.get("id").asString();
        String publicId = survey.get("publicId").asString();
        String period = currentQuarter();
        answered(publicId, withProfile(skm(4, 4, 2, 4, 4, 4, 4, 3, 4), Map.of("sex", "L", "education", "S1", "serviceReceived", "Izin usaha mikro")));
        answered(publicId, skm(3, 3, 2, 4, 3, 4, 4, 2, 3));
        answered(publicId, skm(4, 3, 3, 4, 4, 4, 4, 3, 4));
        Reply before = api().get("/api/surveys/public/results/units/" + MAGELANG + "/periods/" + period, null);
        // 404 while nothing of the unit's period is published; other tests' surveys may be
        assertThat(before.status() == 404 ? List.<JsonNode>of() : before.body().get("results").valueStream().toList())
                .as("nothing published yet for this survey").noneMatch(result -> result.get("surveyId").asString().equals(id));

        Reply plan = api().put("/api/surveys/surveys/" + id + "/periods/" + period + "/follow-up", OPERATOR, Map.of("items", List.of(
                Map.of("elementCode", "U3", "action", "Menambah petugas verifikasi berkas pada jam sibuk", "pic", "Kepala Bidang Pelayanan",
                        "targetDate", "2099-06-30"),
                Map.of("elementCode", "U8", "action", "Membuka kanal pengaduan WhatsApp dengan jawaban dalam 2 hari kerja", "pic", "Sekretaris Dinas",
                        "targetDate", "2099-03-31"))));
        assertThat(plan.status()).as("%s", plan.body()).isEqualTo(200);
        assertThat(plan.body().get("lowestElements")).extracting(JsonNode::asString).containsExactly("U3", "U8", "U2");
        Reply badPlan = api().put("/api/surveys/surveys/" + id + "/periods/" + period + "/follow-up", OPERATOR, Map.of("items", List.of(
                Map.of("elementCode", "U99", "action", "x", "pic", "y", "targetDate", "2099-01-01"))));
        assertThat(badPlan.field()).isEqualTo("items[0].elementCode");

        Reply published = api().post("/api/surveys/surveys/" + id + "/periods/" + period + "/publish", TestUser.kepalaMagelang(), null);
        assertThat(published.status()).as("%s", published.body()).isEqualTo(201);
        assertThat(published.body().at("/published/revision").asLong()).isEqualTo(1);
        assertThat(published.body().get("followUp")).hasSize(2);
        Reply again = api().post("/api/surveys/surveys/" + id + "/periods/" + period + "/publish", OPERATOR, null);
        assertThat(again.status()).as("nothing changed: the revision stands").isEqualTo(200);
        assertThat(again.body().at("/published/revision").asLong()).isEqualTo(1);

        String resultId = id + ":" + period;
        ConsumerRecord<String, byte[]> event = TopicRecords.await(kafkaBootstrapServers(), "zi.survey.result.v1",
                record -> resultId.equals(CloudEventHeaders.read(record).subject()), 1, Duration.ofSeconds(20)).getFirst();
        EventContracts.assertValid(event);
        assertThat(CloudEventHeaders.read(event).type()).isEqualTo("id.zi.survey.result.published.v1");
        assertThat(CloudEventHeaders.read(event).sequence()).isEqualTo(1);
        assertThat(event.key()).isEqualTo(MAGELANG);
        JsonNode payload = json.readTree(event.value());
        assertThat(payload.get("respondents").asLong()).isEqualTo(3);
        assertThat(payload.at("/elements/2/sum").asLong()).isEqualTo(7);
        assertThat(payload.at("/elements/2/answers").asLong()).isEqualTo(3);
        assertThat(payload.get("grade").asString()).isEqualTo(published.body().get("grade").asString());
        assertThat(payload.at("/followUp/0/pic").asString()).isEqualTo("Kepala Bidang Pelayanan");
        assertThat(payload.get("ancestors")).extracting(JsonNode::asString).containsExactly("id", "33", "33.71");

        // the public reads it without a token, without who pressed publish
        Reply open = api().get("/api/surveys/public/results/units/" + MAGELANG + "/periods/" + period, null);
        assertThat(open.status()).isEqualTo(200);
        JsonNode mine = find(open.body().get("results"), id);
        assertThat(mine.get("respondents").asLong()).isEqualTo(3);
        assertThat(mine.get("ikm").asDouble()).isCloseTo(published.body().get("ikm").asDouble(), within(1e-12));
        assertThat(mine.at("/published/publishedBy").isMissingNode()).isTrue();
        assertThat(find(api().get("/api/surveys/public/results/units/" + MAGELANG, null).body().get("results"), id).get("grade").asString())
                .isEqualTo(published.body().get("grade").asString());
        assertThat(api().get("/api/surveys/public/results/units/" + MAGELANG + "/periods/2001-Q1", null).status())
                .as("a period nobody published").isEqualTo(404);

        // a later response changes the live result; the publication keeps what it counted until published again
        answered(publicId, skm(1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(results(id, period, OPERATOR).get("respondents").asLong()).isEqualTo(4);
        assertThat(results(id, period, OPERATOR).at("/published/revision").asLong()).isEqualTo(1);
        Reply publicCsv = api().get("/api/surveys/public/results/units/" + MAGELANG + "/periods/" + period + "/responses/export?format=csv&surveyId="
                + id, null);
        assertThat(publicCsv.status()).isEqualTo(200);
        assertThat(publicCsv.text().lines().count()).as("header and the three counted responses").isEqualTo(4);
        assertThat(publicCsv.text()).contains("Izin usaha mikro").doesNotContain("operator").doesNotContain("kepala");
        Reply second = api().post("/api/surveys/surveys/" + id + "/periods/" + period + "/publish", OPERATOR, null);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().at("/published/revision").asLong()).isEqualTo(2);
        ConsumerRecord<String, byte[]> revised = TopicRecords.await(kafkaBootstrapServers(), "zi.survey.result.v1",
                record -> resultId.equals(CloudEventHeaders.read(record).subject()) && CloudEventHeaders.read(record).sequence() == 2, 1,
                Duration.ofSeconds(20)).getFirst();
        EventContracts.assertValid(revised);
        assertThat(json.readTree(revised.value()).get("respondents").asLong()).isEqualTo(4);

        // the Laporan SKM
        Reply report = api().get("/api/surveys/public/results/units/" + MAGELANG + "/periods/" + period + "/report.pdf", null);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("application/pdf");
        String text = pdfText(report.bytes());
        assertThat(text).contains("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT").contains(OrgFeed.MAGELANG_NAME.toUpperCase())
                .contains("Profil Responden").contains("Nilai per Unsur Pelayanan").contains("Mutu pelayanan: " + second.body().get("grade").asString())
                .contains("Menambah petugas verifikasi berkas").contains("Kepala Bidang Pelayanan").contains("Unsur dengan Nilai Terendah");
        assertThat(text).contains("IKM " + String.format(java.util.Locale.ROOT, "%.2f", second.body().get("ikmDisplayed").asDouble()).replace('.', ','));
    }

    @Test
    void theResponsesOfAPeriodExportAsCsvAndXlsxWithoutAnythingThatNamesTheRespondent() throws Exception {
        JsonNode survey = createSkm();
        String id = survey.get("id").asString();
        answered(survey.get("publicId").asString(), withProfile(skm(4, 3, 2, 1, 4, 3, 2, 1, 4), Map.of("occupation", "WIRAUSAHA",
                "serviceReceived", "=HYPERLINK(\"x\")")));
        answered(survey.get("publicId").asString(), skm(1, 2, 3, 4, 1, 2, 3, 4, 1));

        Reply csv = api().get("/api/surveys/surveys/" + id + "/responses/export?period=" + currentQuarter() + "&format=csv", TestUser.evaluatorJateng());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).isEqualTo("responseId,surveyId,instrument,serviceType,period,month,date,instrumentVersion,U1,U2,U3,U4,U5,U6,U7,U8,U9,"
                + "sex,ageBand,education,occupation,serviceReceived");
        assertThat(lines.get(1)).contains(",4,3,2,1,4,3,2,1,4,").contains("WIRAUSAHA").contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(lines.get(1)).doesNotContainPattern("T\\d\\d:\\d\\d");

        Reply xlsx = api().get("/api/surveys/surveys/" + id + "/responses/export?period=" + currentQuarter() + "&format=xlsx", OPERATOR);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("U1");
            assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(11).getNumericCellValue()).isEqualTo(4.0);
        }
        assertThat(api().get("/api/surveys/surveys/" + id + "/responses/export?period=" + currentQuarter() + "&format=pdf", OPERATOR).field())
                .isEqualTo("format");
        assertThat(api().get("/api/surveys/surveys/" + id + "/responses/export?format=csv", OPERATOR).field()).isEqualTo("period");
    }

    @Test
    void thePosterCarriesTheUnitTheServiceAndTheLink() throws Exception {
        JsonNode survey = create(OPERATOR, Map.of("instrument", "SKM", "serviceType", serviceType("IMB-" + SERVICES.incrementAndGet(),
                "Persetujuan Bangunan Gedung")));
        String id = survey.get("id").asString();

        Reply pdf = api().get("/api/surveys/surveys/" + id + "/poster.pdf", TestUser.inspektoratMagelang());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        String link = survey.get("publicUrl").asString();
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.0f, within(1f));
            assertThat(qrText(new PDFRenderer(document).renderImageWithDPI(0, 100))).isEqualTo(link);
        }
        assertThat(pdfText(pdf.bytes())).contains("Survei Kepuasan Masyarakat").contains("Persetujuan Bangunan Gedung").contains("KOTA MAGELANG")
                .contains(OrgFeed.MAGELANG_NAME.toUpperCase()).contains(link);
        Reply png = api().get("/api/surveys/surveys/" + id + "/poster.png", OPERATOR);
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).startsWith("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isEqualTo(1240);
        assertThat(image.getHeight()).isEqualTo(1754);
        assertThat(qrText(image)).isEqualTo(link);

        // a revoked link's poster is reprinted with the new link
        Reply revoked = api().post("/api/surveys/surveys/" + id + "/link/revoke", OPERATOR, null);
        BufferedImage reprinted = ImageIO.read(new ByteArrayInputStream(api().get("/api/surveys/surveys/" + id + "/poster.png", OPERATOR).bytes()));
        assertThat(qrText(reprinted)).isEqualTo(revoked.body().get("publicUrl").asString()).isNotEqualTo(link);
    }

    @Test
    void otherUnitsSeeNothingAndEvaluatorsReadButDoNotWrite() {
        JsonNode survey = createSkm();
        String id = survey.get("id").asString();
        String period = currentQuarter();
        answered(survey.get("publicId").asString(), skm(4, 4, 4, 4, 4, 4, 4, 4, 4));
        TestUser jambi = TestUser.operatorJambi();

        for (String path : List.of("", "/results?period=" + period, "/poster.pdf", "/responses/export?period=" + period,
                "/periods/" + period + "/follow-up")) {
            Reply reply = api().get("/api/surveys/surveys/" + id + path, jambi);
            assertThat(reply.status()).as(path).isEqualTo(404);
        }
        assertThat(api().post("/api/surveys/surveys/" + id + "/periods/" + period + "/publish", jambi, null).status()).isEqualTo(404);
        assertThat(api().put("/api/surveys/surveys/" + id + "/periods/" + period + "/population", jambi, Map.of("population", 5)).status())
                .isEqualTo(404);
        Reply list = api().get("/api/surveys/surveys?unitId=" + MAGELANG, jambi);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).isEmpty();
        assertThat(list.header("X-Total-Count")).isEqualTo("0");

        assertThat(results(id, period, TestUser.evaluatorJateng()).get("respondents").asLong()).isEqualTo(1);
        assertThat(api().post("/api/surveys/surveys/" + id + "/periods/" + period + "/publish", TestUser.evaluatorJateng(), null).status())
                .isEqualTo(403);
        assertThat(api().get("/api/surveys/surveys/" + id, null).status()).isEqualTo(401);
        assertThat(api().post("/api/surveys/surveys", TestUser.evaluatorNasional(),
                Map.of("instrument", "SKM", "serviceType", serviceType("X-1", "x"))).status()).isEqualTo(403);
    }

    @Test
    void aUnitRunsOneSurveyPerInstrumentAndServiceType() {
        JsonNode survey = createSkm();
        Reply twice = api().post("/api/surveys/surveys", TestUser.kepalaMagelang(), Map.of("instrument", "SKM", "serviceType",
                Map.of("code", survey.at("/serviceType/code").asString(), "name", "Lagi")));

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("existingSurveyId").asString()).isEqualTo(survey.get("id").asString());
        assertThat(twice.field()).isEqualTo("serviceType.code");
        Reply spak = api().post("/api/surveys/surveys", OPERATOR, Map.of("instrument", "SPAK", "serviceType",
                Map.of("code", survey.at("/serviceType/code").asString(), "name", "Lagi")));
        assertThat(spak.status()).as("another instrument for the same service").isEqualTo(201);
        Reply invalid = api().post("/api/surveys/surveys", OPERATOR, Map.of("instrument", "SKM", "serviceType", Map.of("code", "X 1", "name", "x")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.field()).isEqualTo("serviceType.code");
    }

    @Test
    void changedElementsStartANewVersionAndOldResponsesKeepTheirs() {
        JsonNode survey = createSkm();
        String id = survey.get("id").asString();
        String publicId = survey.get("publicId").asString();
        answered(publicId, skm(3, 3, 3, 2, 3, 3, 3, 3, 3));
        List<Map<String, Object>> elements = new ArrayList<>();
        for (String code : List.of("U1", "U2", "U3", "U5", "U6", "U7", "U8", "U9")) {
            elements.add(Map.of("code", code));
        }
        elements.add(Map.of("code", "X4", "name", "Kemudahan pembayaran non-tunai", "labels", List.of("Tidak mudah", "Kurang mudah", "Mudah",
                "Sangat mudah")));

        Reply changed = api().call("PATCH", "/api/surveys/surveys/" + id, OPERATOR, Map.of("elements", elements),
                Map.of("If-Match", "\"" + survey.get("version").asLong() + "\""));

        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
        assertThat(changed.body().get("instrumentVersion").asInt()).isEqualTo(2);
        assertThat(changed.body().get("versions")).hasSize(2);
        JsonNode form = api().get("/api/surveys/public/" + publicId, null).body();
        assertThat(form.get("instrumentVersion").asInt()).isEqualTo(2);
        assertThat(form.get("questions")).extracting(q -> q.get("code").asString()).contains("X4").doesNotContain("U4");
        assertThat(api().answer(publicId, UUID.randomUUID().toString(), skm(3, 3, 3, 2, 3, 3, 3, 3, 3)).field())
                .as("the old questions no longer fit").isIn("answers.U4", "answers.X4");
        Map<String, Object> v2 = new LinkedHashMap<>(Map.of("U1", 4, "U2", 4, "U3", 4, "X4", 1, "U5", 4, "U6", 4, "U7", 4, "U8", 4, "U9", 4));
        assertThat(answered(publicId, Map.of("answers", v2)).body().get("instrumentVersion").asInt()).isEqualTo(2);

        JsonNode result = results(id, currentQuarter(), OPERATOR);
        assertThat(result.get("instrumentVersion").asInt()).isEqualTo(2);
        assertThat(result.get("instrumentVersionsAnswered")).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(result.get("respondents").asLong()).isEqualTo(2);
        assertThat(result.get("elements").get(0).get("nrr").asDouble()).isCloseTo(3.5, within(1e-12));
        JsonNode x4 = result.get("elements").get(8);
        assertThat(x4.get("code").asString()).isEqualTo("X4");
        assertThat(x4.get("answers").asLong()).isEqualTo(1);
        Reply csv = api().get("/api/surveys/surveys/" + id + "/responses/export?period=" + currentQuarter(), OPERATOR);
        assertThat(csv.text().lines().findFirst().orElseThrow()).contains(",U9,X4,U4,");
    }

    @Test
    void aMovedUnitsSurveysFollowItWhilePublishedPeriodsStayWhereTheyWerePublished() {
        String unit = "33.71.upt-" + SERVICES.incrementAndGet();
        String oldPath = "/id/33/33.71/" + unit;
        String newPath = "/id/33/33.75/" + unit;
        OrgFeed.created(kafkaBootstrapServers(), json, unit, "UNIT", "UPT Perizinan " + unit, oldPath);
        OrgFeed.await(() -> units.find(unit).isPresent(), Duration.ofSeconds(30), "unit " + unit);
        TestUser operator = new TestUser("operator.upt", java.util.Set.of("unit-operator"), unit, oldPath, oldPath);
        JsonNode survey = create(operator, Map.of("instrument", "SKM", "serviceType", serviceType("PB-UMKU", "Perizinan Berusaha")));
        String id = survey.get("id").asString();
        answered(survey.get("publicId").asString(), skm(4, 4, 4, 4, 4, 4, 4, 4, 4));
        assertThat(api().post("/api/surveys/surveys/" + id + "/periods/" + currentQuarter() + "/publish", operator, null).status()).isEqualTo(201);
        TestUser magelangTpi = TestUser.inspektoratMagelang();
        TestUser pekalonganTpi = new TestUser("inspektorat.pekalongan", java.util.Set.of("tpi-evaluator"), "33.75.inspektorat",
                "/id/33/33.75/33.75.inspektorat", "/id/33/33.75");
        assertThat(api().get("/api/surveys/surveys/" + id, magelangTpi).status()).isEqualTo(200);

        OrgFeed.moved(kafkaBootstrapServers(), json, unit, oldPath, newPath);
        OrgFeed.await(() -> api().get("/api/surveys/surveys/" + id, pekalonganTpi).status() == 200, Duration.ofSeconds(30), "the move");

        assertThat(api().get("/api/surveys/surveys/" + id, magelangTpi).status()).isEqualTo(404);
        assertThat(api().get("/api/surveys/surveys/" + id, pekalonganTpi).body().get("orgPath").asString()).isEqualTo(newPath);
        JsonNode frozen = find(api().get("/api/surveys/public/results/units/" + unit + "/periods/" + currentQuarter(), null).body().get("results"), id);
        assertThat(frozen.get("orgPath").asString()).as("a closed period stays where it was published").isEqualTo(oldPath);
    }

    @Test
    void spakIsAnsweredInStarsAndGivesIpakWithItsLkeValue() {
        int n = SERVICES.incrementAndGet();
        JsonNode survey = create(TestUser.kepalaMagelang(), Map.of("instrument", "SPAK", "serviceType", serviceType("P-" + n, "Perizinan " + n)));
        assertThat(survey.get("scalePolicy").asString()).isEqualTo("RATIO_6_TO_4");
        assertThat(survey.get("highestAnswer").asInt()).isEqualTo(6);
        String publicId = survey.get("publicId").asString();
        JsonNode form = api().get("/api/surveys/public/" + publicId, null).body();
        assertThat(form.get("heading").asString()).isEqualTo("Survei Persepsi Anti Korupsi");
        assertThat(form.at("/scale/kind").asString()).isEqualTo("STARS");
        assertThat(form.get("questions").get(3).get("text").asString()).isEqualTo("Tidak ada pungutan liar (pungli) pada unit layanan ini");
        assertThat(form.get("questions").get(0).get("answers")).hasSize(6);

        answered(publicId, Map.of("answers", Map.of("SPAK1", 6, "SPAK2", 6, "SPAK3", 5, "SPAK4", 6, "SPAK5", 6)));
        answered(publicId, Map.of("answers", Map.of("SPAK1", 5, "SPAK2", 6, "SPAK3", 6, "SPAK4", 4, "SPAK5", 6)));
        Reply seven = api().answer(publicId, UUID.randomUUID().toString(), Map.of("answers", Map.of("SPAK1", 7, "SPAK2", 6, "SPAK3", 6,
                "SPAK4", 4, "SPAK5", 6)));
        assertThat(seven.field()).isEqualTo("answers.SPAK1");

        JsonNode result = results(survey.get("id").asString(), currentQuarter(), OPERATOR);
        double stars = (11 + 12 + 11 + 10 + 12) / 10.0;
        assertThat(result.get("indexName").asString()).isEqualTo("IPAK");
        assertThat(result.get("index").asDouble()).isCloseTo(stars * 4 / 6, within(1e-12));
        assertThat(result.get("conversion").asDouble()).isCloseTo(stars * 4 / 6 * 25, within(1e-9));
        assertThat(result.get("lkeValue").asDouble()).isCloseTo(stars * 4 / 6 / 4 * 17.5, within(1e-9));
        assertThat(result.get("grade")).isNull();
        assertThat(result.at("/lastThreeMonths/respondents").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(result.at("/lastThreeMonths/to").asString()).isEqualTo(YearMonth.now(PublicAnswering.WIB).toString());
        assertThat(result.at("/sample/minimumSample").asLong()).isEqualTo(30);

        Reply scale = api().call("PATCH", "/api/surveys/surveys/" + survey.get("id").asString(), OPERATOR, Map.of("scalePolicy", "NATIVE_4"),
                Map.of());
        assertThat(scale.status()).as("answers on six stars cannot pool with four").isEqualTo(409);
        Reply linear = api().call("PATCH", "/api/surveys/surveys/" + survey.get("id").asString(), OPERATOR, Map.of("scalePolicy", "LINEAR_6_TO_4"),
                Map.of());
        assertThat(linear.status()).isEqualTo(200);
        assertThat(linear.body().get("instrumentVersion").asInt()).as("the questions did not change").isEqualTo(1);
        assertThat(results(survey.get("id").asString(), currentQuarter(), OPERATOR).get("index").asDouble())
                .isCloseTo((stars - 1) * 3 / 5 + 1, within(1e-12));
    }

    static JsonNode find(JsonNode results, String surveyId) {
        for (JsonNode result : results) {
            if (result.get("surveyId").asString().equals(surveyId)) {
                return result;
            }
        }
        throw new AssertionError("no result of survey " + surveyId + " in " + results);
    }

    /** The text in reading order, lines joined, so a wrapped name still reads as one. */
    static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** What a phone's camera reads from the QR code in the image. */
    static String qrText(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminance(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    /** ZXing's core reads luminance; the javase module that adapts images is not needed for one method. */
    static final class BufferedImageLuminance extends LuminanceSource {

        private final byte[] luminance;

        BufferedImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            luminance = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    luminance[y * image.getWidth() + x] = (byte) (((rgb >> 16 & 0xFF) + 2 * (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 4);
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(luminance, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return luminance;
        }
    }
}
