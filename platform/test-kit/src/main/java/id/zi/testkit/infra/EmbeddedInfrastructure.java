package id.zi.testkit.infra;

import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The same servers as the local stack, inside or beside the test JVM: Kafka in KRaft mode in-process, an
 * in-memory MongoDB-protocol server in-process, and s3proxy as a child process. Each starts on first use, on a
 * free loopback port with a temporary data folder, and stops when the JVM exits.
 *
 * <p>The MongoDB-protocol server lacks sessions, transactions and the {@code hello} command (see
 * {@code LOCAL-INFRA.md}); code that passes here passes on a real replica set, not always the reverse.
 */
public final class EmbeddedInfrastructure implements TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

    private @Nullable KafkaRaftBroker kafka;
    private @Nullable MongoServer mongo;
    private String mongoAddress = "";
    private @Nullable S3ProxyServer s3;

    private EmbeddedInfrastructure() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "zi-test-infra-shutdown"));
    }

    /** The infrastructure of this JVM; nothing starts until a server is first asked for. */
    public static EmbeddedInfrastructure shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String mongoUri(String database) {
        return "mongodb://" + mongo() + "/" + database;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    @Override
    public String s3Endpoint() {
        return s3().endpoint();
    }

    @Override
    public String s3AccessKey() {
        return S3ProxyServer.ACCESS_KEY;
    }

    @Override
    public String s3SecretKey() {
        return S3ProxyServer.SECRET_KEY;
    }

    @Override
    public void stopKafka() {
        kafka().stop();
    }

    @Override
    public void startKafka() {
        kafka().start();
    }

    @Override
    public void stopS3() {
        s3().stop();
    }

    @Override
    public void startS3() {
        s3().start();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The {@code zi.storage.*} properties are registered only when this module's build provides the s3proxy
     * jar (see the test kit's README), so services without S3 do not need it.
     */
    @Override
    public void registerProperties(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        if (s3Available()) {
            registry.add("zi.storage.endpoint", this::s3Endpoint);
            registry.add("zi.storage.access-key", this::s3AccessKey);
            registry.add("zi.storage.secret-key", this::s3SecretKey);
        }
    }

    private synchronized boolean s3Available() {
        return s3 != null || S3ProxyServer.fromBuild().isPresent();
    }

    private synchronized KafkaRaftBroker kafka() {
        if (kafka == null) {
            KafkaRaftBroker broker = new KafkaRaftBroker();
            broker.start();
            kafka = broker;
        }
        return kafka;
    }

    private synchronized String mongo() {
        if (mongo == null) {
            long started = System.nanoTime();
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind(FreePorts.HOST, 0);
            mongoAddress = FreePorts.HOST + ":" + server.getLocalAddress().getPort();
            mongo = server;
            log.info("MongoDB-protocol server ready on {} in {} ms", mongoAddress,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return mongoAddress;
    }

    private synchronized S3ProxyServer s3() {
        if (s3 == null) {
            S3ProxyServer found = S3ProxyServer.fromBuild()
                    .orElseThrow(() -> new IllegalStateException(S3ProxyServer.missingJarMessage()));
            found.start();
            s3 = found;
        }
        return s3;
    }

    private synchronized void shutdown() {
        if (kafka != null) {
            try {
                kafka.stop();
            }
            finally {
                kafka.deleteData();
            }
        }
        if (s3 != null) {
            try {
                s3.stop();
            }
            finally {
                s3.deleteData();
            }
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    private static final class Holder {
        private static final EmbeddedInfrastructure INSTANCE = new EmbeddedInfrastructure();
    }
}
