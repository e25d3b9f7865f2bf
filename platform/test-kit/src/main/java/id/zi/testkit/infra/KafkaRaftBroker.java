package id.zi.testkit.infra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka (combined broker and controller in KRaft mode) inside the test JVM. The ports and the log
 * folder are fixed at construction, so a stop and a start bring back the same broker with its data: what a
 * client sees when a real broker restarts.
 */
final class KafkaRaftBroker {

    private static final Logger log = LoggerFactory.getLogger(KafkaRaftBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final Path logDir = TempDirs.create("zi-kafka-");
    private final String clusterId = Uuid.randomUuid().toString();
    private @Nullable KafkaRaftServer server;

    String bootstrapServers() {
        return FreePorts.HOST + ":" + port;
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        long started = System.nanoTime();
        KafkaConfig config = KafkaConfig.fromProps(serverProperties(), false);
        formatOnce(config);
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        awaitReady();
        log.info("Kafka (KRaft) ready on {} in {} ms, log dir {}", bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), logDir);
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Kafka on {} stopped", bootstrapServers());
    }

    void deleteData() {
        TempDirs.deleteQuietly(logDir);
    }

    private Properties serverProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@" + FreePorts.HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + FreePorts.HOST + ":" + port + ",CONTROLLER://" + FreePorts.HOST
                + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", "3");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        // The default 50 partitions make the first consumer group wait seconds for the offsets topic.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The log cleaner's default 128 MB buffer would sit in the test JVM's heap for nothing.
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        props.put("controlled.shutdown.enable", "true");
        return props;
    }

    /** Formatting an already formatted folder fails with "Invalid cluster.id", so only the first start formats. */
    private void formatOnce(KafkaConfig config) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setClusterId(clusterId)
                    .setNodeId(config.nodeId())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not format the Kafka log folder " + logDir, ex);
        }
    }

    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            int nodes = admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            if (nodes < 1) {
                throw new IllegalStateException("Kafka on " + bootstrapServers() + " reports no broker");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka on " + bootstrapServers(), ex);
        }
        catch (Exception ex) {
            throw new IllegalStateException("Kafka on " + bootstrapServers() + " did not become ready", ex);
        }
    }
}
