package id.zi.local.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB-wire-protocol server whose data lives in one H2 MVStore file, for the embedded default.
 *
 * <p>Usage: {@code java -jar zi-mongo-runner.jar --data DIR --port 27017}. The store writes in the background
 * about once a second, so only a graceful stop (SIGTERM, which runs the shutdown hook that closes the store)
 * keeps every acknowledged write; {@code kill -9} loses roughly the last second.
 */
public final class MongoRunner {

    private MongoRunner() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path data = Path.of(options.getOrDefault("--data", ".zi-data/mongo")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("--port", "27017"));
        Files.createDirectories(data);

        Path storeFile = data.resolve("zi.mv");
        H2Backend backend = new H2Backend(storeFile.toString());
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("MongoDB-protocol server shutting down");
            server.shutdown();
            // MongoServer.shutdown() leaves the backend open: closing it flushes the store to disk
            backend.close();
            System.out.println("MongoDB-protocol server stopped, store closed");
            stopped.countDown();
        }, "mongo-shutdown"));

        server.bind("localhost", port);
        System.out.println("MongoDB-protocol server ready on localhost:" + port + " (store " + storeFile + ")");
        stopped.await();
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; usage: --data DIR --port 27017");
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
