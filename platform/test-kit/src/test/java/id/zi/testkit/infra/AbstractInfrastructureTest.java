package id.zi.testkit.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import okhttp3.OkHttpClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What every flavour of {@link TestInfrastructure} must do, written once and run by one subclass per flavour:
 * the pattern a service's integration tests follow to run on embedded servers here and on containers where
 * Docker exists. Uses the plain clients, so a failure points at the server and not at Spring.
 */
abstract class AbstractInfrastructureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    protected abstract TestInfrastructure infrastructure();

    @Test
    void kafkaRecordRoundTrip() {
        String topic = "zi.testkit.roundtrip." + UUID.randomUUID();

        send(topic, "33.71.dpmptsp", "{\"unitId\":\"33.71.dpmptsp\"}");
        List<ConsumerRecord<String, byte[]>> records = readAll(topic, 1);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("33.71.dpmptsp");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"unitId\":\"33.71.dpmptsp\"}");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("id.zi.testkit.checked.v1");
        });
    }

    @Test
    void mongoDocumentRoundTrip() {
        String database = "zi-testkit-" + UUID.randomUUID();
        try (MongoClient client = MongoClients.create(infrastructure().mongoUri(database))) {
            MongoCollection<Document> units = client.getDatabase(database).getCollection("units");

            units.insertOne(new Document("_id", "33.71.dpmptsp").append("path", "/id/33/33.71/33.71.dpmptsp"));
            Document found = units.find(new Document("_id", "33.71.dpmptsp")).first();

            assertThat(found).isNotNull();
            assertThat(found.getString("path")).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        }
        assertThat(infrastructure().mongoUri(database)).endsWith("/" + database);
    }

    @Test
    void s3ObjectRoundTrip() throws Exception {
        MinioClient s3 = s3Client(Duration.ofSeconds(10));
        String key = "33.71.dpmptsp/2025/" + UUID.randomUUID() + "/1";
        byte[] bytes = "Surat Keputusan Tim ZI".getBytes(StandardCharsets.UTF_8);

        put(s3, key, bytes);

        assertThat(get(s3, key)).isEqualTo(bytes);
    }

    @Test
    void kafkaComesBackOnTheSameAddressWithItsData() {
        String topic = "zi.testkit.restart." + UUID.randomUUID();
        String address = infrastructure().kafkaBootstrapServers();
        send(topic, "15.dpmptsp", "before");

        infrastructure().stopKafka();
        try {
            assertThatThrownBy(() -> describeCluster(Duration.ofSeconds(3))).isInstanceOf(Exception.class);
        }
        finally {
            infrastructure().startKafka();
        }

        assertThat(infrastructure().kafkaBootstrapServers()).isEqualTo(address);
        send(topic, "15.dpmptsp", "after");
        assertThat(readAll(topic, 2)).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("before", "after");
    }

    @Test
    void s3ComesBackOnTheSameAddressWithItsObjects() throws Exception {
        String endpoint = infrastructure().s3Endpoint();
        String key = "15.dpmptsp/2025/" + UUID.randomUUID() + "/1";
        byte[] bytes = "kept across a restart".getBytes(StandardCharsets.UTF_8);
        put(s3Client(Duration.ofSeconds(10)), key, bytes);

        infrastructure().stopS3();
        try {
            MinioClient impatient = s3Client(Duration.ofSeconds(2));
            assertThatThrownBy(() -> impatient.statObject(StatObjectArgs.builder().bucket(bucket()).object(key).build()))
                    .isInstanceOf(Exception.class);
        }
        finally {
            infrastructure().startS3();
        }

        assertThat(infrastructure().s3Endpoint()).isEqualTo(endpoint);
        assertThat(get(s3Client(Duration.ofSeconds(10)), key)).isEqualTo(bytes);
    }

    @Test
    void registersTheServiceProperties() {
        Map<String, Object> properties = new HashMap<>();
        DynamicPropertyRegistry registry = (name, value) -> properties.put(name, value.get());

        infrastructure().registerProperties(registry, "zi-planning");

        assertThat(properties)
                .containsEntry("spring.mongodb.uri", infrastructure().mongoUri("zi-planning"))
                .containsEntry("spring.kafka.bootstrap-servers", infrastructure().kafkaBootstrapServers())
                .containsEntry("zi.storage.endpoint", infrastructure().s3Endpoint())
                .containsEntry("zi.storage.access-key", infrastructure().s3AccessKey())
                .containsEntry("zi.storage.secret-key", infrastructure().s3SecretKey());
    }

    private void send(String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) WAIT.toMillis());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "id.zi.testkit.checked.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (Exception ex) {
            throw new AssertionError("could not send to " + topic, ex);
        }
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "zi-testkit-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private void describeCluster(Duration timeout) throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure().kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private MinioClient s3Client(Duration timeout) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout.multipliedBy(2))
                .build();
        return MinioClient.builder()
                .endpoint(infrastructure().s3Endpoint())
                .region("us-east-1")
                .credentials(infrastructure().s3AccessKey(), infrastructure().s3SecretKey())
                .httpClient(http)
                .build();
    }

    private static String bucket() {
        return "zi-testkit";
    }

    private static void put(MinioClient s3, String key, byte[] bytes) throws Exception {
        if (!s3.bucketExists(BucketExistsArgs.builder().bucket(bucket()).build())) {
            s3.makeBucket(MakeBucketArgs.builder().bucket(bucket()).build());
        }
        s3.putObject(PutObjectArgs.builder().bucket(bucket()).object(key)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L)
                .contentType("text/plain")
                .build());
    }

    private static byte[] get(MinioClient s3, String key) throws Exception {
        try (InputStream in = s3.getObject(GetObjectArgs.builder().bucket(bucket()).object(key).build())) {
            return in.readAllBytes();
        }
    }
}
