package id.zi.monitoring.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.testkit.events.TopicRecords;
import id.zi.testkit.infra.EmbeddedInfrastructure;
import id.zi.testkit.security.TestIdentityProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A record the projection cannot read goes to the dead-letter topic, and the partition moves on. */
@SpringBootTest
class OrgUnitDeadLetterIntegrationTest {

    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        INFRA.registerProperties(registry, "zi-monitoring-dlt");
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsDeadLettered() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", INFRA.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("zi.planning.orgunit.v1", key, "{\"unitId\":\"x\"}".getBytes(StandardCharsets.UTF_8))).get();
        }

        List<ConsumerRecord<String, byte[]>> found = TopicRecords.await(INFRA.kafkaBootstrapServers(), "zi.planning.orgunit.v1.dlt",
                record -> key.equals(record.key()) && fromGroup(record, "monitoring-service.orgunit-projection"), 1, Duration.ofSeconds(60));
        assertThat(found).as("the poison record on the dead-letter topic").hasSize(1);
        String reason = new String(found.get(0).headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("ce_id is missing");
    }

    /** Every consumer group of the topic dead-letters the record once (the roll-up facts consumer too): this test checks the projection's. */
    private static boolean fromGroup(ConsumerRecord<String, byte[]> record, String group) {
        var header = record.headers().lastHeader("kafka_dlt-original-consumer-group");
        return header != null && group.equals(new String(header.value(), StandardCharsets.UTF_8));
    }
}
