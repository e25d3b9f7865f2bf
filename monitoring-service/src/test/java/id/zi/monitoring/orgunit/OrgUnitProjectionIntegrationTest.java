package id.zi.monitoring.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.events.CloudEventHeaders;
import id.zi.platform.events.PendingEvent;
import id.zi.testkit.contracts.EventContracts;
import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Monitoring's org projection consumes planning's events from a real broker, once each and in order. */
@SpringBootTest
class OrgUnitProjectionIntegrationTest {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-monitoring-projection");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Autowired
    OrgUnitProjection projection;

    @Autowired
    MongoDatabase database;

    @Test
    void aResentEventIdIsAppliedOnceAndAnOlderSequenceChangesNothing() throws Exception {
        String unit = "33.71.test-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/id/33/33.71/" + unit;
        PendingEvent created = event(unit, path, "created", 1, """
                {"unitId":"%s","name":"Dinas Uji","kind":"UNIT","parentId":"33.71","path":"%s",
                 "ancestors":["id","33","33.71"],"instansiId":"33.71","occurredAt":"2026-01-05T01:00:00Z"}""".formatted(unit, path));
        PendingEvent renamed = event(unit, path, "renamed", 2, """
                {"unitId":"%s","path":"%s","ancestors":["id","33","33.71"],"oldName":"Dinas Uji","newName":"Dinas Uji Coba",
                 "occurredAt":"2026-01-06T01:00:00Z"}""".formatted(unit, path));

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", INFRA.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventHeaders.toRecord(created)).get();
            producer.send(CloudEventHeaders.toRecord(created)).get(); // the relay's re-send after a crash: same ce_id
            producer.send(CloudEventHeaders.toRecord(renamed)).get();
            // A replay of the creation under a new id (e.g. a rebuilt outbox) must not undo the rename.
            producer.send(CloudEventHeaders.toRecord(new PendingEvent(UUID.randomUUID().toString(), created.topic(), created.key(),
                    created.type(), created.source(), created.subject(), created.dataSchema(), created.tenantId(), created.orgPath(), 1,
                    created.time(), created.data()))).get();
        }

        Document copy = await(unit, doc -> doc.getLong("sequence") == 2 && "Dinas Uji Coba".equals(doc.getString("name")));
        Thread.sleep(1500); // give the duplicate and the replay time to arrive; neither may change anything
        copy = projection.find(unit).orElseThrow();
        assertThat(copy.getString("name")).isEqualTo("Dinas Uji Coba");
        assertThat(copy.getString("path")).isEqualTo(path);
        assertThat(copy.getInteger("eventsApplied")).isEqualTo(2);
        assertThat(database.getCollection(ProcessedEvents.COLLECTION)
                .countDocuments(Filters.eq("_id", OrgUnitProjection.CONSUMER + "|/zi/planning|" + created.id()))).isEqualTo(1);
    }

    private Document await(String unit, Predicate<Document> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<Document> found = projection.find(unit);
            if (found.isPresent() && condition.test(found.get())) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("projection of " + unit + " never reached the expected state: " + projection.find(unit));
    }

    private static PendingEvent event(String unit, String path, String name, long sequence, String data) {
        // test data keeps the published contract, so the projection is tested on events planning may really send
        EventContracts.assertValid("id.zi.planning.orgunit." + name + ".v1", data.replace("\n", "").getBytes(StandardCharsets.UTF_8));
        return new PendingEvent(UUID.randomUUID().toString(), "zi.planning.orgunit.v1", unit, "id.zi.planning.orgunit." + name + ".v1",
                "/zi/planning", unit, "https://zi.id/schemas/planning.orgunit." + name + ".v1.json", unit, path, sequence, Instant.now(),
                data.replace("\n", ""));
    }
}
