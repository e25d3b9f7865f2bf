package id.zi.testkit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, as an outside consumer would, until the records a test waits for have
 * arrived: no consumer group offsets, no sleeping for a fixed time.
 */
public final class TopicRecords {

    private TopicRecords() {
    }

    /**
     * @return the matching records in topic order per partition (at least {@code count}); fails the test when
     *         fewer arrive within {@code timeout}
     */
    public static List<ConsumerRecord<String, byte[]>> await(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        Map<String, Object> properties = Map.of("bootstrap.servers", bootstrapServers, "group.id", "test-" + UUID.randomUUID());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            boolean assigned = false;
            while (Instant.now().isBefore(deadline) && found.size() < count) {
                if (!assigned) {
                    // the topic appears with the first record sent to it
                    List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                    if (partitions == null || partitions.isEmpty()) {
                        continue;
                    }
                    List<TopicPartition> all = partitions.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                    consumer.assign(all);
                    consumer.seekToBeginning(all);
                    assigned = true;
                }
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (match.test(record)) {
                        found.add(record);
                    }
                });
            }
            assertThat(found).as("records on " + topic).hasSizeGreaterThanOrEqualTo(count);
            return found;
        }
    }
}
