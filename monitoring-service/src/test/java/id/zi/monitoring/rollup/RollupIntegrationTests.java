package id.zi.monitoring.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.zi.monitoring.Feed;
import id.zi.monitoring.MonitoringApi;
import id.zi.monitoring.MonitoringApi.Reply;
import id.zi.testkit.security.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Roll-ups over real HTTP with real tokens, built from events on a real broker into a real MongoDB-protocol
 * server: a regency of its own with three units, the figures a province would read, drill-down, ranking and
 * export; re-sent and older events change nothing; and deleting the read model and replaying the topics gives
 * the same roll-ups. The consumer group is this test's own, so the replay reads every record of the topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zi.monitoring.rollup.refresh-interval=200ms")
public abstract class RollupIntegrationTests {

    static final TestUser NATIONAL = TestUser.evaluatorNasional();
    static final TestUser JATENG = TestUser.evaluatorJateng();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MongoDatabase database;

    @Autowired
    RollupControl control;

    protected abstract String kafkaBootstrapServers();

    MonitoringApi api() {
        return new MonitoringApi("http://127.0.0.1:" + port, json);
    }

    /** A regency of its own under province 99 (no real province has that code), with three units. */
    record Tree(String regency, String regencyPath, String a, String b, String c) {

        String path(String unit) {
            return regencyPath + "/" + unit;
        }
    }

    @Test
    void rollsUpAcrossUnitsIgnoresResentAndOlderEventsAndIsTheSameAfterAReplay() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Tree tree = new Tree("99.r" + suffix, "/id/99/99.r" + suffix, "99.r" + suffix + ".a", "99.r" + suffix + ".b",
                "99.r" + suffix + ".c");
        try (RollupFeed feed = new RollupFeed(kafkaBootstrapServers(), json)) {
            feed.publish("planning.orgunit.created.v1", tree.regency(), tree.regency(), tree.regencyPath(), 1,
                    org(tree.regency(), "Kabupaten Uji", "REGENCY", "99", tree.regencyPath()));
            for (String unit : List.of(tree.a(), tree.b(), tree.c())) {
                feed.publish("planning.orgunit.created.v1", unit, unit, tree.path(unit), 1,
                        org(unit, "Dinas " + unit, "UNIT", tree.regency(), tree.path(unit)));
            }
            // plans of 2026 for a and b (two requirements each); c has none
            for (String unit : List.of(tree.a(), tree.b())) {
                feed.publish("planning.plan.rows-changed.v1", unit + ":2026", unit, tree.path(unit), 2, plan(unit, tree, "DRAFT",
                        List.of(Feed.row("R1", 1, "A.I.1.i", "Penyusunan Tim Kerja", List.of(1), List.of("SK")),
                                Feed.row("R2", 6, "A.I.6.iv", "Survei kepuasan", List.of(3), List.of("LAPORAN")))));
                feed.publish("planning.plan.published.v1", unit + ":2026", unit, tree.path(unit), 7, plan(unit, tree, "PUBLISHED", null));
            }
            feed.publish("evidence.evidence.uploaded.v1", "ev-a1" + suffix, tree.a(), tree.path(tree.a()), 1,
                    evidence(tree.a(), "ev-a1" + suffix, "SK", List.of("R1"), "PENDING"));
            feed.publish("evidence.evidence.reviewed.v1", "ev-a1" + suffix, tree.a(), tree.path(tree.a()), 2,
                    evidence(tree.a(), "ev-a1" + suffix, "SK", List.of("R1"), "ACCEPTED"));
            feed.publish("evidence.evidence.uploaded.v1", "ev-a2" + suffix, tree.a(), tree.path(tree.a()), 1,
                    evidence(tree.a(), "ev-a2" + suffix, "LAPORAN", List.of("R2"), "PENDING"));
            feed.publish("evidence.evidence.reviewed.v1", "ev-b1" + suffix, tree.b(), tree.path(tree.b()), 2,
                    evidence(tree.b(), "ev-b1" + suffix, "SK", List.of("R1"), "CHANGES_REQUESTED"));
            RollupFeed.Sent monevA = feed.publish("monitoring.monev.approved.v1", tree.a() + ":2026-Q1", tree.a(), tree.path(tree.a()), 5,
                    monev(tree.a(), "2026-Q1", "APPROVED", 340, 4));
            feed.publish("monitoring.monev.submitted.v1", tree.b() + ":2026-Q1", tree.b(), tree.path(tree.b()), 2,
                    monev(tree.b(), "2026-Q1", "SUBMITTED", 50, 2));
            feed.publish("monitoring.assessment.scored.v1", tree.a() + ":2026", tree.a(), tree.path(tree.a()), 3,
                    scored(tree.a(), "SELF", 91.25, true));
            feed.publish("monitoring.assessment.scored.v1", tree.a() + ":2026", tree.a(), tree.path(tree.a()), 7,
                    scored(tree.a(), "TPI", 82.5, true));
            feed.publish("monitoring.assessment.scored.v1", tree.b() + ":2026", tree.b(), tree.path(tree.b()), 4,
                    scored(tree.b(), "TPI", 64.0, false));
            // a: 10 respondents answering 4 everywhere; b: 30 answering 2
            feed.publish("survey.result.published.v1", "sv-a" + suffix + ":2026-Q1", tree.a(), tree.path(tree.a()), 1,
                    skm(tree.a(), "sv-a" + suffix, 10, 4));
            feed.publish("survey.result.published.v1", "sv-b" + suffix + ":2026-Q1", tree.b(), tree.path(tree.b()), 1,
                    skm(tree.b(), "sv-b" + suffix, 30, 2));

            JsonNode rollup = awaitRollup(tree.regencyPath(), r -> r.path("summary").path("ikm").path("units").asInt() == 2
                    && r.path("summary").path("lke").path("tpi").path("units").asInt() == 2
                    && r.path("summary").path("monevRealisation").path("units").asInt() == 2
                    && r.path("summary").path("evidenceCoverage").path("pending").asInt() == 1
                    && r.path("summary").path("evidenceCoverage").path("accepted").asInt() == 1
                    && r.path("summary").path("planStatus").path("PUBLISHED").asInt() == 2);
            JsonNode summary = rollup.path("summary");
            assertThat(summary.path("units").asInt()).isEqualTo(3);
            assertThat(summary.path("planStatus").path("NONE").asInt()).isEqualTo(1);
            JsonNode coverage = summary.path("evidenceCoverage");
            assertThat(List.of(coverage.path("required").asInt(), coverage.path("accepted").asInt(), coverage.path("pending").asInt(),
                    coverage.path("returned").asInt(), coverage.path("missing").asInt())).containsExactly(4, 1, 1, 1, 1);
            assertThat(coverage.path("share").asDouble()).isCloseTo(0.25, within(1e-9));
            JsonNode realisation = summary.path("monevRealisation");
            assertThat(realisation.path("pooled").asDouble()).isCloseTo(390.0 / 6, within(1e-9));
            assertThat(realisation.path("meanOfUnits").asDouble()).isCloseTo(55.0, within(1e-9));
            assertThat(realisation.path("approved").asInt()).isEqualTo(1);
            JsonNode tpi = summary.path("lke").path("tpi");
            assertThat(tpi.path("mean").asDouble()).isCloseTo((82.5 + 64.0) / 2, within(1e-9));
            assertThat(tpi.path("bins").get(8).path("units").asInt()).isEqualTo(1);
            assertThat(tpi.path("bins").get(6).path("units").asInt()).isEqualTo(1);
            assertThat(tpi.path("wbkReady").asInt()).isEqualTo(1);
            assertThat(summary.path("lke").path("self").path("bins").get(9).path("units").asInt()).isEqualTo(1);
            JsonNode ikm = summary.path("ikm");
            assertThat(ikm.path("pooled").asDouble()).isCloseTo(62.5, within(1e-9));
            assertThat(ikm.path("meanOfUnits").asDouble()).isCloseTo(75.0, within(1e-9));
            assertThat(ikm.path("labels").path("pooled").asString()).contains("pooled from all responses");
            // drill-down: one child per unit, each with its own figures
            assertThat(rollup.path("children")).hasSize(3);
            assertThat(child(rollup, tree.a()).path("summary").path("ikm").path("pooled").asDouble()).isCloseTo(100.0, within(1e-9));
            assertThat(child(rollup, tree.c()).path("summary").path("planStatus").path("NONE").asInt()).isEqualTo(1);
            assertThat(child(rollup, tree.a()).path("name").asString()).isEqualTo("Dinas " + tree.a());
            // the province sees the regency as one child with the same figures
            JsonNode province = api().get("/api/monitoring/rollups?orgPath=/id/99&year=2026&period=2026-Q1", NATIONAL).body();
            JsonNode regency = child(province, tree.regency());
            assertThat(regency.path("summary")).isEqualTo(summary);
            assertThat(regency.path("name").asString()).isEqualTo("Kabupaten Uji");

            Reply ranking = api().get("/api/monitoring/rollups/ranking?orgPath=" + tree.regencyPath() + "&year=2026&by=lkeTpi&limit=5", NATIONAL);
            assertThat(ranking.status()).isEqualTo(200);
            assertThat(ranking.body().path("units").get(0).path("unitId").asString()).isEqualTo(tree.a());
            assertThat(ranking.body().path("units").get(1).path("value").asDouble()).isEqualTo(64.0);
            assertThat(ranking.body().path("units")).hasSize(2);

            Reply export = api().get("/api/monitoring/rollups/export?orgPath=" + tree.regencyPath() + "&period=2026-Q1&format=csv", NATIONAL);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.header("Content-Type")).startsWith("text/csv");
            String csv = new String(export.bytes(), StandardCharsets.UTF_8);
            assertThat(csv.split("\r\n")).hasSize(4);
            assertThat(csv).contains(tree.a() + ",Dinas " + tree.a() + "," + tree.path(tree.a()) + ",PUBLISHED,2,1,1,0,0,2026-Q1,340,4,91.25,82.5,true,true");
            assertThat(csv).contains(tree.c() + ",Dinas " + tree.c() + "," + tree.path(tree.c()) + ",NONE,");

            // a re-send of the same event (same ce_id) and an older state under a new id change nothing; a newer
            // event of the same unit on the same partition, sent after them, shows they were consumed
            feed.send(monevA);
            feed.send(feed.withSequence(monevA, 4, Map.of("realisation", Map.of("numerator", 0, "denominator", 4))));
            feed.publish("monitoring.monev.created.v1", tree.a() + ":2026-Q2", tree.a(), tree.path(tree.a()), 1,
                    monev(tree.a(), "2026-Q2", "DRAFT", 0, 5));
            awaitFact(tree.a(), facts -> facts.get("monev", Document.class).containsKey("2026-Q2"));
            awaitRefreshes(2);
            JsonNode after = api().get("/api/monitoring/rollups?orgPath=" + tree.regencyPath() + "&year=2026&period=2026-Q1", NATIONAL).body();
            assertThat(after).isEqualTo(rollup);
            Document a = database.getCollection(UnitFactsProjection.COLLECTION).find(Filters.eq("_id", tree.a())).first();
            assertThat(a.get("monev", Document.class).get("2026-Q1", Document.class).getLong("numerator")).isEqualTo(340);
            assertThat(a.get("monev", Document.class).get("2026-Q1", Document.class).getLong("sequence")).isEqualTo(5);

            // only a platform admin rebuilds
            assertThat(api().post("/api/monitoring/rollups/rebuild", NATIONAL, null).status()).isEqualTo(403);
            JsonNode yearly = api().get("/api/monitoring/rollups?orgPath=" + tree.regencyPath() + "&year=2026", NATIONAL).body();
            long before = control.generation();
            Reply rebuild = api().post("/api/monitoring/rollups/rebuild", TestUser.admin(), null);
            assertThat(rebuild.status()).isEqualTo(202);
            long generation = rebuild.body().path("generation").asLong();
            assertThat(generation).isGreaterThan(before);
            // the documents come back only from the replay: each is stamped with the new generation
            for (String unit : List.of(tree.regency(), tree.a(), tree.b(), tree.c())) {
                awaitFact(unit, facts -> facts.get("generation", Number.class).longValue() == generation);
            }
            JsonNode replayed = awaitRollup(tree.regencyPath(), r -> r.equals(after));
            assertThat(replayed).isEqualTo(rollup);
            Feed.await(() -> yearly.equals(api().get("/api/monitoring/rollups?orgPath=" + tree.regencyPath() + "&year=2026", NATIONAL).body()),
                    "the yearly roll-up after the replay");
        }
    }

    @Test
    void aNodeOutsideTheScopeIsNotFoundAndBadInputNamesItsField() {
        assertThat(api().get("/api/monitoring/rollups?orgPath=/id/99&year=2026", JATENG).status()).isEqualTo(404);
        assertThat(api().get("/api/monitoring/rollups/ranking?orgPath=/id/99&year=2026", JATENG).status()).isEqualTo(404);
        assertThat(api().get("/api/monitoring/rollups?orgPath=/id/33&year=2026", JATENG).status()).isEqualTo(200);
        assertThat(api().get("/api/monitoring/rollups?year=2026", JATENG).body().path("orgPath").asString()).isEqualTo("/id/33");
        Reply period = api().get("/api/monitoring/rollups?orgPath=/id/33&period=2026-Q5", JATENG);
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.field()).isEqualTo("period");
        assertThat(api().get("/api/monitoring/rollups?orgPath=/id/33", JATENG).field()).isEqualTo("year");
        assertThat(api().get("/api/monitoring/rollups?orgPath=id&year=2026", JATENG).field()).isEqualTo("orgPath");
        assertThat(api().get("/api/monitoring/rollups/ranking?orgPath=/id/33&year=2026&by=budget", JATENG).field()).isEqualTo("by");
        assertThat(api().get("/api/monitoring/rollups/export?orgPath=/id/33&year=2026&format=xlsx", JATENG).field()).isEqualTo("format");
        assertThat(api().get("/api/monitoring/rollups?orgPath=/id/33&year=2026", null).status()).isEqualTo(401);
    }

    private JsonNode awaitRollup(String path, java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        try {
            Feed.await(() -> {
                Reply reply = api().get("/api/monitoring/rollups?orgPath=" + path + "&year=2026&period=2026-Q1", NATIONAL);
                last[0] = reply.body();
                return reply.status() == 200 && condition.test(reply.body());
            }, "the roll-up of " + path);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last answer: " + last[0], e);
        }
        return last[0];
    }

    private void awaitFact(String unit, java.util.function.Predicate<Document> condition) {
        Feed.await(() -> {
            Document facts = database.getCollection(UnitFactsProjection.COLLECTION).find(Filters.eq("_id", unit)).first();
            return facts != null && condition.test(facts);
        }, "the facts of " + unit);
    }

    @Autowired
    RollupIndex index;

    private void awaitRefreshes(int count) {
        long target = index.refreshes() + count;
        Feed.await(() -> index.refreshes() >= target, "index refreshes");
    }

    private static JsonNode child(JsonNode rollup, String id) {
        for (JsonNode child : rollup.path("children")) {
            if (child.path("id").asString().equals(id)) {
                return child;
            }
        }
        throw new AssertionError("no child " + id + " in " + rollup);
    }

    private static Map<String, Object> org(String id, String name, String kind, String parent, String path) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("unitId", id);
        org.put("code", id);
        org.put("name", name);
        org.put("kind", kind);
        org.put("parentId", parent);
        org.put("path", path);
        org.put("ancestors", RollupFeed.ancestors(path));
        org.put("instansiId", kind.equals("UNIT") ? parent : id);
        return org;
    }

    private static Map<String, Object> plan(String unit, Tree tree, String status, List<Map<String, Object>> rows) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("planId", unit + ":2026");
        plan.put("instansiId", tree.regency());
        plan.put("year", 2026);
        plan.put("status", status);
        if (rows != null) {
            plan.put("rows", rows);
        }
        return plan;
    }

    private static Map<String, Object> evidence(String unit, String id, String kind, List<String> rows, String state) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("evidenceId", id);
        evidence.put("year", 2026);
        evidence.put("kind", kind);
        evidence.put("planId", unit + ":2026");
        evidence.put("planRows", rows);
        evidence.put("reviewState", state);
        return evidence;
    }

    private static Map<String, Object> monev(String unit, String period, String status, int numerator, int denominator) {
        Map<String, Object> monev = new LinkedHashMap<>();
        monev.put("monevId", unit + ":" + period);
        monev.put("period", period);
        monev.put("planId", unit + ":2026");
        monev.put("status", status);
        monev.put("realisation", Map.of("numerator", numerator, "denominator", denominator));
        if (period.endsWith("Q2")) {
            monev.put("periodStart", "2026-04-01");
            monev.put("periodEnd", "2026-06-30");
        }
        return monev;
    }

    private static Map<String, Object> scored(String unit, String side, double total, boolean wbk) {
        Map<String, Object> scored = new LinkedHashMap<>();
        scored.put("assessmentId", unit + ":2026");
        scored.put("year", 2026);
        scored.put("side", side);
        scored.put("total", total);
        scored.put("wbk", Map.of("eligible", wbk, "failures", wbk ? List.of()
                : List.of(Map.of("condition", "TOTAL", "value", total, "minimum", 75, "message", "Nilai total di bawah 75"))));
        return scored;
    }

    private static Map<String, Object> skm(String unit, String surveyId, int respondents, int everyAnswer) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            elements.add(Map.of("code", "U" + i, "name", "Unsur " + i, "weight", 1.0 / 9, "sum", respondents * everyAnswer, "answers",
                    respondents, "nrr", (double) everyAnswer));
        }
        Map<String, Object> skm = new LinkedHashMap<>();
        skm.put("resultId", surveyId + ":2026-Q1");
        skm.put("surveyId", surveyId);
        skm.put("unitName", "Dinas " + unit);
        skm.put("period", Map.of("key", "2026-Q1", "kind", "QUARTER", "year", 2026, "quarter", 1, "from", "2026-01-01", "to", "2026-03-31"));
        skm.put("respondents", respondents);
        skm.put("elements", elements);
        skm.put("index", (double) everyAnswer);
        skm.put("ikm", everyAnswer * 25.0);
        skm.put("ikmDisplayed", everyAnswer * 25.0);
        return skm;
    }

}
