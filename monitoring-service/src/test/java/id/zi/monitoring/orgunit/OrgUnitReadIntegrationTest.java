package id.zi.monitoring.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.platform.events.CloudEventHeaders;
import id.zi.platform.events.PendingEvent;
import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Monitoring's copy of the directory answers each caller within its own subtree only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrgUnitReadIntegrationTest {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();
    static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-monitoring-read");
        IDP.registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    OrgUnitProjection projection;

    @Autowired
    JsonMapper json;

    @Test
    void eachCallerSeesItsOwnSubtree() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", INFRA.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventHeaders.toRecord(created("33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", "33.71"))).get();
            producer.send(CloudEventHeaders.toRecord(created("33.75.dpmptsp", "/id/33/33.75/33.75.dpmptsp", "33.75"))).get();
            producer.send(CloudEventHeaders.toRecord(created("15.dpmptsp", "/id/15/15.dpmptsp", "15"))).get();
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (projection.find("15.dpmptsp").isEmpty() || projection.find("33.75.dpmptsp").isEmpty()
                || projection.find("33.71.dpmptsp").isEmpty()) {
            assertThat(Instant.now()).as("projection caught up").isBefore(deadline);
            Thread.sleep(100);
        }

        assertThat(ids(TestUser.operatorMagelang())).containsExactly("33.71.dpmptsp");
        assertThat(ids(TestUser.evaluatorJateng())).containsExactly("33.71.dpmptsp", "33.75.dpmptsp");
        assertThat(ids(TestUser.evaluatorNasional())).contains("15.dpmptsp", "33.71.dpmptsp", "33.75.dpmptsp");
    }

    private List<String> ids(TestUser user) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/monitoring/org-units?kind=UNIT")).timeout(Duration.ofSeconds(10))
                .header("Authorization", IDP.bearer(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json.readTree(response.body()).forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    private static PendingEvent created(String unit, String path, String parent) {
        String ancestors = String.join("\",\"", path.substring(1, path.lastIndexOf('/')).split("/"));
        String data = """
                {"unitId":"%s","name":"DPMPTSP %s","kind":"UNIT","parentId":"%s","path":"%s","ancestors":["%s"],"instansiId":"%s",\
                "occurredAt":"2026-01-05T01:00:00Z"}""".formatted(unit, unit, parent, path, ancestors, parent);
        EventContracts.assertValid("id.zi.planning.orgunit.created.v1", data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new PendingEvent(UUID.randomUUID().toString(), "zi.planning.orgunit.v1", unit, "id.zi.planning.orgunit.created.v1",
                "/zi/planning", unit, "https://zi.id/schemas/planning.orgunit.created.v1.json", unit, path, 1, Instant.now(), data);
    }
}
