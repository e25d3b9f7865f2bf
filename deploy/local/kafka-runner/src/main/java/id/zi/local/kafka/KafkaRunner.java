package id.zi.local.kafka;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * One Kafka broker in KRaft mode (broker and controller in the same JVM) for the embedded default.
 *
 * <p>Usage: {@code java -jar zi-kafka-runner.jar --data DIR --port 9092 --controller-port 9093}.
 * Data survives restarts; SIGTERM shuts the broker down cleanly (the JVM's shutdown hook).
 */
public final class KafkaRunner {

    private KafkaRunner() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path data = Path.of(options.getOrDefault("--data", ".zi-data/kafka")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("--port", "9092"));
        int controllerPort = Integer.parseInt(options.getOrDefault("--controller-port", "9093"));

        Path logDir = data.resolve("log");
        Files.createDirectories(logDir);
        Properties props = serverProperties(logDir, port, controllerPort);
        Path config = data.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            props.store(out, "written by id.zi.local.kafka.KafkaRunner on every start");
        }

        // formatting an already formatted directory fails ("Invalid cluster.id"), so only a new one is formatted
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int exit = StorageTool.execute(
                    new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                    System.out);
            if (exit != 0) {
                System.err.println("formatting " + logDir + " failed with exit code " + exit);
                System.exit(exit);
            }
        }

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Kafka broker shutting down");
            server.shutdown();
            server.awaitShutdown();
            System.out.println("Kafka broker stopped");
        }, "kafka-shutdown"));
        server.startup();
        System.out.println("Kafka broker ready on localhost:" + port + " (controller " + controllerPort
                + ", data " + data + ")");
        server.awaitShutdown();
    }

    static Properties serverProperties(Path logDir, int port, int controllerPort) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("log.dirs", logDir.toString());
        settings.put("num.partitions", "6");
        settings.put("auto.create.topics.enable", "true");
        // a single broker cannot hold more than one replica of anything
        settings.put("default.replication.factor", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        // consumers of a local stack should not wait 3 s for a group that never grows
        settings.put("group.initial.rebalance.delay.ms", "0");
        // offsets topic with fewer partitions: quicker first start, plenty for one machine
        settings.put("offsets.topic.num.partitions", "6");
        Properties props = new Properties();
        props.putAll(settings);
        return props;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg
                        + "'; usage: --data DIR --port 9092 --controller-port 9093");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
        }
        return options;
    }
}
