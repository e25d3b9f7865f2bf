package id.zi.planning.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.platform.events.CloudEventHeaders;
import id.zi.platform.events.OutboxListener;
import id.zi.platform.events.PendingEvent;
import id.zi.testkit.events.TopicRecords;
import id.zi.planning.ApiClient;
import id.zi.planning.ApiClient.Reply;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The org directory over real HTTP with real tokens, on a real MongoDB-protocol server and Kafka broker.
 * Subclasses choose the infrastructure: the embedded servers, or Testcontainers where Docker exists.
 */
@org.springframework.context.annotation.Import(OrgDirectoryIntegrationTests.CrashConfiguration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"zi.demo.enabled=true",
        "zi.events.relay-interval=200ms"})
abstract class OrgDirectoryIntegrationTests {

    static final String TOPIC = "zi.planning.orgunit.v1";
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CrashAfterPublish crash;

    abstract String kafkaBootstrapServers();

    abstract void stopKafka();

    abstract void startKafka();

    Reply call(String method, String path, TestUser user, Object body, Map<String, String> headers) {
        return new ApiClient(port, json).call(method, path, user, body, headers);
    }

    Reply get(String path, TestUser user) {
        return call("GET", path, user, null, Map.of());
    }

    static List<String> ids(Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.body().forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    @Test
    void anOperatorSeesItsOwnUnitAndNothingElse() {
        Reply own = get("/api/planning/units/33.71.dpmptsp", TestUser.operatorMagelang());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("path").asString()).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        assertThat(own.body().get("kind").asString()).isEqualTo("UNIT");

        Reply other = get("/api/planning/units/15.dpmptsp", TestUser.operatorMagelang());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(ids(get("/api/planning/units", TestUser.operatorMagelang()))).containsExactly("33.71.dpmptsp");
    }

    @Test
    void aRegionalEvaluatorSeesItsProvinceOnly() {
        Reply list = get("/api/planning/units?kind=UNIT", TestUser.evaluatorJateng());
        assertThat(ids(list)).contains("33.71.dpmptsp", "33.75.dpmptsp").doesNotContain("15.dpmptsp", "11.71.dpmptsp");
        assertThat(get("/api/planning/units/15.dpmptsp", TestUser.evaluatorJateng()).status()).isEqualTo(404);
        assertThat(ids(get("/api/planning/units?kind=UNIT", TestUser.evaluatorNasional())))
                .contains("11.71.dpmptsp", "15.dpmptsp", "19.01.dpmptsp", "33.71.dpmptsp", "33.75.dpmptsp");
    }

    @Test
    void aPageTooLargeIsRefusedNamingTheParameter() {
        Reply tooLarge = get("/api/planning/units?size=5000", TestUser.evaluatorNasional());
        assertThat(tooLarge.status()).as("the caller's input, not an internal error").isEqualTo(400);
        assertThat(tooLarge.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tooLarge.body().get("field").asString()).isEqualTo("size");
        assertThat(tooLarge.body().get("detail").asString()).contains("1000");
    }

    @Test
    void identityHeadersFromTheClientAreIgnored() {
        Reply list = call("GET", "/api/planning/units", TestUser.operatorMagelang(), null,
                Map.of("X-Zi-Scope-Path", "/id", "X-Tenant-Id", "15.dpmptsp", "X-Zi-Roles", "platform-admin"));
        assertThat(ids(list)).containsExactly("33.71.dpmptsp");
    }

    @Test
    void requestsWithoutAValidTokenAreRejected() {
        assertThat(get("/api/planning/units", null).status()).isEqualTo(401);
        for (String token : List.of(IDP.expiredToken(TestUser.admin()), IDP.tamperedToken(TestUser.operatorMagelang()),
                IDP.tokenFromUnknownKey(TestUser.admin()))) {
            Reply reply = call("GET", "/api/planning/units", null, null, Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void onlyAnAdminChangesTheDirectory() {
        Reply denied = call("POST", "/api/planning/admin/units", TestUser.operatorMagelang(),
                Map.of("name", "Dinas Kesehatan Kota Magelang", "kind", "UNIT", "parentId", "33.71"), Map.of());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(get("/api/planning/units/33.71.dinas-kesehatan-kota-magelang", TestUser.admin()).status()).isEqualTo(404);
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        Reply noName = call("POST", "/api/planning/admin/units", TestUser.admin(), Map.of("kind", "UNIT", "parentId", "33.71"), Map.of());
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body().get("field").asString()).isEqualTo("name");

        Reply badKind = call("POST", "/api/planning/admin/units", TestUser.admin(),
                Map.of("name", "Kota Baru", "kind", "CITY", "parentId", "33.71"), Map.of());
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body().get("field").asString()).isEqualTo("parentId");

        Reply unknownKind = call("POST", "/api/planning/admin/units", TestUser.admin(),
                Map.of("name", "X", "kind", "PLANET", "parentId", "33.71"), Map.of());
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.body().get("field").asString()).isEqualTo("kind");

        List<String> names = new ArrayList<>();
        get("/api/planning/units?size=1000", TestUser.admin()).body().forEach(unit -> names.add(unit.get("name").asString()));
        assertThat(names).doesNotContain("Kota Baru", "X");
    }

    @Test
    void anAdminCreatesRenamesAndMovesAUnitAndEachChangeIsPublished() {
        Reply created = call("POST", "/api/planning/admin/units", TestUser.admin(),
                Map.of("id", "33.71.bapenda", "name", "Badan Pendapatan Daerah Kota Magelang", "kind", "UNIT", "parentId", "33.71"), Map.of());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/planning/units/33.71.bapenda");
        assertThat(created.body().get("instansiId").asString()).isEqualTo("33.71");

        Reply stale = call("PATCH", "/api/planning/admin/units/33.71.bapenda", TestUser.admin(), Map.of("name", "Bapenda"),
                Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(412);

        Reply renamed = call("PATCH", "/api/planning/admin/units/33.71.bapenda", TestUser.admin(),
                Map.of("name", "Bapenda Kota Magelang"), Map.of("If-Match", "\"1\""));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.headers().getETag()).isEqualTo("\"2\"");

        Reply future = call("POST", "/api/planning/admin/units/33.71.bapenda/move", TestUser.admin(),
                Map.of("parentId", "33.75", "effectiveFrom", "2099-07-01", "version", 2), Map.of());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("field").asString()).isEqualTo("effectiveFrom");

        Reply moved = call("POST", "/api/planning/admin/units/33.71.bapenda/move", TestUser.admin(),
                Map.of("parentId", "33.75", "version", 2), Map.of());
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("path").asString()).isEqualTo("/id/33/33.75/33.71.bapenda");
        assertThat(moved.body().get("instansiId").asString()).isEqualTo("33.75");
        assertThat(get("/api/planning/units/33.71.bapenda", TestUser.inspektoratMagelang()).status()).isEqualTo(404);
        assertThat(get("/api/planning/units/33.71.bapenda", TestUser.evaluatorJateng()).status()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(r -> "33.71.bapenda".equals(r.key()), 3, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> CloudEventHeaders.read(r).type()).containsExactly("id.zi.planning.orgunit.created.v1",
                "id.zi.planning.orgunit.renamed.v1", "id.zi.planning.orgunit.moved.v1");
        assertThat(events).extracting(r -> CloudEventHeaders.read(r).sequence()).containsExactly(1L, 2L, 3L);
        CloudEventHeaders.Metadata last = CloudEventHeaders.read(events.get(2));
        assertThat(last.source()).isEqualTo("/zi/planning");
        assertThat(last.orgPath()).isEqualTo("/id/33/33.75/33.71.bapenda");
        events.forEach(id.zi.testkit.contracts.EventContracts::assertValid);
    }

    @Test
    void aMovedUnitTakesItsWholeSubtreeAlong() {
        assertThat(call("POST", "/api/planning/admin/units", TestUser.admin(),
                Map.of("id", "11.71.dinkes", "name", "Dinas Kesehatan Kota Banda Aceh", "kind", "UNIT", "parentId", "11.71"), Map.of())
                .status()).isEqualTo(201);
        assertThat(call("POST", "/api/planning/admin/units", TestUser.admin(),
                Map.of("id", "11.71.dinkes.puskesmas", "name", "Puskesmas Baiturrahman", "kind", "UNIT", "parentId", "11.71.dinkes"), Map.of())
                .status()).isEqualTo(201);

        Reply moved = call("POST", "/api/planning/admin/units/11.71.dinkes/move", TestUser.admin(), Map.of("parentId", "33.71"),
                Map.of("If-Match", "\"1\""));
        assertThat(moved.status()).isEqualTo(200);

        Reply child = get("/api/planning/units/11.71.dinkes.puskesmas", TestUser.admin());
        assertThat(child.body().get("path").asString()).isEqualTo("/id/33/33.71/11.71.dinkes/11.71.dinkes.puskesmas");
        assertThat(child.body().get("instansiId").asString()).isEqualTo("33.71");
        assertThat(get("/api/planning/units/11.71.dinkes.puskesmas", TestUser.inspektoratMagelang()).status()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> childEvents = awaitEvents(r -> "11.71.dinkes.puskesmas".equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(CloudEventHeaders.read(childEvents.get(1)).type()).isEqualTo("id.zi.planning.orgunit.moved.v1");
        childEvents.forEach(id.zi.testkit.contracts.EventContracts::assertValid);
    }

    @Test
    void withTheBrokerDownWritesSucceedAndTheirEventsFollowWhenItReturns() {
        stopKafka();
        try {
            long started = System.nanoTime();
            Reply created = call("POST", "/api/planning/admin/units", TestUser.admin(),
                    Map.of("id", "19.01.bkpsdm", "name", "BKPSDM Kabupaten Bangka", "kind", "UNIT", "parentId", "19.01"), Map.of());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(created.status()).isEqualTo(201);
            assertThat(millis).as("a write never waits for the broker").isLessThan(5_000);
        } finally {
            startKafka();
        }
        List<ConsumerRecord<String, byte[]>> events = awaitEvents(r -> "19.01.bkpsdm".equals(r.key()), 1, Duration.ofSeconds(60));
        assertThat(CloudEventHeaders.read(events.get(0)).type()).isEqualTo("id.zi.planning.orgunit.created.v1");
    }

    @Test
    void aCrashBetweenPublishAndOutboxCleanUpResendsTheSameEventId() {
        crash.armFor("15.dinas-kominfo");
        Reply created = call("POST", "/api/planning/admin/units", TestUser.admin(),
                Map.of("id", "15.dinas-kominfo", "name", "Dinas Kominfo Provinsi Jambi", "kind", "UNIT", "parentId", "15"), Map.of());
        assertThat(created.status()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> events = awaitEvents(r -> "15.dinas-kominfo".equals(r.key()), 2, Duration.ofSeconds(30));
        CloudEventHeaders.Metadata first = CloudEventHeaders.read(events.get(0));
        CloudEventHeaders.Metadata second = CloudEventHeaders.read(events.get(1));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.dedupeKey()).isEqualTo(first.dedupeKey());
    }

    List<ConsumerRecord<String, byte[]>> awaitEvents(Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        return TopicRecords.await(kafkaBootstrapServers(), TOPIC, match, count, timeout);
    }

    /** Simulates a crash after the broker acknowledged an event and before the outbox dropped it, once. */
    static class CrashAfterPublish implements OutboxListener {

        private final Set<String> armed = ConcurrentHashMap.newKeySet();

        void armFor(String unitId) {
            armed.add(unitId);
        }

        @Override
        public void published(PendingEvent event) {
            if (armed.remove(event.key())) {
                throw new IllegalStateException("simulated crash after publishing " + event.id());
            }
        }
    }

    @TestConfiguration
    static class CrashConfiguration {

        @Bean
        CrashAfterPublish crashAfterPublish() {
            return new CrashAfterPublish();
        }
    }

}
