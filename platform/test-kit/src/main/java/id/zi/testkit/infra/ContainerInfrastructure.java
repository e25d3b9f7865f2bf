package id.zi.testkit.infra;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The production kinds of server as Testcontainers images: a MongoDB replica set, Apache Kafka and MinIO. Each
 * container starts on first use and is removed when the JVM exits. Touches Docker only when a server is asked
 * for, so a test class annotated {@code @Testcontainers(disabledWithoutDocker = true)} skips cleanly without it.
 *
 * <p>Stopping pauses the container rather than stopping it: a stopped container comes back on other mapped
 * ports, while a paused one keeps its address and data, as a restarted server would.
 */
public final class ContainerInfrastructure implements TestInfrastructure {

    static final String MONGO_IMAGE = "mongo:8.0";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MINIO_IMAGE = "minio/minio:RELEASE.2025-04-22T22-12-26Z";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private @Nullable MongoDBContainer mongo;
    private @Nullable KafkaContainer kafka;
    private @Nullable MinIOContainer minio;

    private ContainerInfrastructure() {
    }

    /** The containers of this JVM; none starts until a server is first asked for. */
    public static ContainerInfrastructure shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String mongoUri(String database) {
        return mongo().getReplicaSetUrl(database);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka().getBootstrapServers();
    }

    @Override
    public String s3Endpoint() {
        return minio().getS3URL();
    }

    @Override
    public String s3AccessKey() {
        return minio().getUserName();
    }

    @Override
    public String s3SecretKey() {
        return minio().getPassword();
    }

    @Override
    public void stopKafka() {
        pause(kafka());
    }

    @Override
    public void startKafka() {
        unpause(kafka());
        awaitKafka();
    }

    @Override
    public void stopS3() {
        pause(minio());
    }

    @Override
    public void startS3() {
        unpause(minio());
    }

    @Override
    public void registerProperties(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        registry.add("zi.storage.endpoint", this::s3Endpoint);
        registry.add("zi.storage.access-key", this::s3AccessKey);
        registry.add("zi.storage.secret-key", this::s3SecretKey);
    }

    private synchronized MongoDBContainer mongo() {
        if (mongo == null) {
            mongo = started(new MongoDBContainer(MONGO_IMAGE).withReplicaSet());
        }
        return mongo;
    }

    private synchronized KafkaContainer kafka() {
        if (kafka == null) {
            kafka = started(new KafkaContainer(KAFKA_IMAGE)
                    .withEnv("KAFKA_NUM_PARTITIONS", "3")
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                    .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"));
        }
        return kafka;
    }

    private synchronized MinIOContainer minio() {
        if (minio == null) {
            minio = started(new MinIOContainer(MINIO_IMAGE));
        }
        return minio;
    }

    private static <C extends GenericContainer<?>> C started(C container) {
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "zi-container-shutdown"));
        return container;
    }

    private static void pause(GenericContainer<?> container) {
        container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
    }

    private static void unpause(GenericContainer<?> container) {
        container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
    }

    private void awaitKafka() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", ex);
        }
        catch (Exception ex) {
            throw new IllegalStateException("Kafka container did not answer after unpausing", ex);
        }
    }

    private static final class Holder {
        private static final ContainerInfrastructure INSTANCE = new ContainerInfrastructure();
    }
}
