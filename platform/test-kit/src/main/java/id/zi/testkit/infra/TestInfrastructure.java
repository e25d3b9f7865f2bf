package id.zi.testkit.infra;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Kafka, a MongoDB-protocol server and an S3 server for integration tests. Each server starts on first use
 * and lives until the JVM exits, so every Spring context of a test run shares it.
 */
public interface TestInfrastructure {

    /** {@code mongodb://<host>:<port>/<database>}. */
    String mongoUri(String database);

    String kafkaBootstrapServers();

    String s3Endpoint();

    String s3AccessKey();

    String s3SecretKey();

    /** Takes the broker away (clients fail or block) while keeping its address and data. */
    void stopKafka();

    /** Brings the broker back on the same address with the data it had; returns once it serves requests. */
    void startKafka();

    /** Takes the S3 server away while keeping its address and stored objects. */
    void stopS3();

    /** Brings the S3 server back on the same address; returns once it accepts connections. */
    void startS3();

    /**
     * Registers {@code spring.mongodb.uri}, {@code spring.kafka.bootstrap-servers}, {@code zi.storage.endpoint},
     * {@code zi.storage.access-key} and {@code zi.storage.secret-key} for a service whose database is
     * {@code database}. Values are suppliers: a server starts only when the context reads its property.
     */
    void registerProperties(DynamicPropertyRegistry registry, String database);
}
