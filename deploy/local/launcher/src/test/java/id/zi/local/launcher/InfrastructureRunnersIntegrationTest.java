package id.zi.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner jars as the launcher runs them: separate JVMs, stopped with SIGTERM, keeping their data across a
 * restart; and the launcher's probes telling when they serve.
 */
class InfrastructureRunnersIntegrationTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path data;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopLeftovers() throws InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void mongoKeepsAcknowledgedWritesAcrossAGracefulRestart() throws Exception {
        int port = Ports.free().mongo();
        String[] args = {"--data", data.resolve("mongo").toString(), "--port", Integer.toString(port)};
        assertThat(Probes.mongoPing(port)).isFalse();

        Process first = start("zi.mongo-runner.jar", "mongo-1.log", args);
        awaitHealthy(first, () -> Probes.mongoPing(port));
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            client.getDatabase("zi-test").getCollection("units")
                    .insertOne(new Document("_id", "33.71.dpmptsp").append("name", "DPMPTSP Kota Magelang"));
        }
        stopGracefully(first);
        assertThat(Files.readString(data.resolve("mongo-1.log"))).contains("store closed");
        assertThat(Probes.mongoPing(port)).isFalse();

        Process second = start("zi.mongo-runner.jar", "mongo-2.log", args);
        awaitHealthy(second, () -> Probes.mongoPing(port));
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            Document unit = client.getDatabase("zi-test").getCollection("units")
                    .find(new Document("_id", "33.71.dpmptsp")).first();
            assertThat(unit).isNotNull();
            assertThat(unit.getString("name")).isEqualTo("DPMPTSP Kota Magelang");
        }
        stopGracefully(second);
    }

    @Test
    void kafkaRestartsOnItsFormattedLogDirectoryAndKeepsRecords() throws Exception {
        Ports ports = Ports.free();
        int port = ports.kafka();
        String[] args = {"--data", data.resolve("kafka").toString(), "--port", Integer.toString(port),
                "--controller-port", Integer.toString(ports.kafkaController())};
        assertThat(Probes.kafkaReady(port)).isFalse();

        Process first = start("zi.kafka-runner.jar", "kafka-1.log", args);
        awaitHealthy(first, () -> Probes.kafkaReady(port));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(port))) {
            producer.send(new ProducerRecord<>("zi.test.restart.v1", "33.71.dpmptsp", "before restart")).get();
        }
        stopGracefully(first);
        assertThat(data.resolve("kafka/log/meta.properties")).exists();
        assertThat(Files.readString(data.resolve("kafka-1.log"))).contains("Kafka broker stopped");

        // a second format of the same directory would fail: the runner must skip it
        Process second = start("zi.kafka-runner.jar", "kafka-2.log", args);
        awaitHealthy(second, () -> Probes.kafkaReady(port));
        assertThat(Files.readString(data.resolve("kafka-2.log"))).doesNotContain("Formatting");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(port))) {
            consumer.subscribe(List.of("zi.test.restart.v1"));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("33.71.dpmptsp", "before restart"));
        }
        stopGracefully(second);
    }

    private Process start(String jarProperty, String logName, String... args) throws IOException {
        String jar = System.getProperty(jarProperty);
        assertThat(jar).as("system property %s (set by the pom)", jarProperty).isNotNull();
        assertThat(Path.of(jar)).as("build the runners first").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(logName).toFile())
                .start();
        processes.add(process);
        return process;
    }

    private static void awaitHealthy(Process process, BooleanSupplier healthy) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the runner exited early").isTrue();
            if (healthy.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within " + START_TIMEOUT);
    }

    /** SIGTERM, as the launcher stops it: the shutdown hooks must finish within the launcher's grace period. */
    private static void stopGracefully(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of SIGTERM").isTrue();
    }

    private static Map<String, Object> producerConfig(int port) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private static Properties consumerConfig(int port) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "zi-test-restart");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }
}
