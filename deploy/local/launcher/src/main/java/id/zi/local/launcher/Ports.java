package id.zi.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The TCP port of every component of the local stack.
 *
 * <p>{@link #defaults()} are the ports of {@code ./zi up} (docs/CONVENTIONS.md); tests use {@link #free()} so that
 * a running platform and a test run never collide.
 */
public record Ports(
        int gateway,
        int planning,
        int evidence,
        int monitoring,
        int survey,
        int portal,
        int keycloak,
        int keycloakManagement,
        int kafka,
        int kafkaController,
        int mongo,
        int s3) {

    public Ports {
        for (int port : List.of(gateway, planning, evidence, monitoring, survey, portal, keycloak,
                keycloakManagement, kafka, kafkaController, mongo, s3)) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is outside 1..65535");
            }
        }
    }

    /** The fixed ports of the embedded default. */
    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 8180, 9180, 9092, 9093, 27017, 9000);
    }

    /** The default ports shifted by {@code offset}, e.g. 10000 for a second stack beside {@code ./zi up}. */
    public Ports offset(int offset) {
        return new Ports(gateway + offset, planning + offset, evidence + offset, monitoring + offset,
                survey + offset, portal + offset, keycloak + offset, keycloakManagement + offset, kafka + offset,
                kafkaController + offset, mongo + offset, s3 + offset);
    }

    /** Twelve distinct ports that were free a moment ago (all held open together, so none repeats). */
    public static Ports free() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[12];
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return new Ports(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7],
                    ports[8], ports[9], ports[10], ports[11]);
        } catch (IOException e) {
            throw new UncheckedIOException("no free local ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket that was never used cannot lose anything
                }
            }
        }
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("gateway", Integer.toString(gateway));
        p.setProperty("planning", Integer.toString(planning));
        p.setProperty("evidence", Integer.toString(evidence));
        p.setProperty("monitoring", Integer.toString(monitoring));
        p.setProperty("survey", Integer.toString(survey));
        p.setProperty("portal", Integer.toString(portal));
        p.setProperty("keycloak", Integer.toString(keycloak));
        p.setProperty("keycloakManagement", Integer.toString(keycloakManagement));
        p.setProperty("kafka", Integer.toString(kafka));
        p.setProperty("kafkaController", Integer.toString(kafkaController));
        p.setProperty("mongo", Integer.toString(mongo));
        p.setProperty("s3", Integer.toString(s3));
        return p;
    }

    static Ports fromProperties(Properties p) {
        return new Ports(get(p, "gateway"), get(p, "planning"), get(p, "evidence"), get(p, "monitoring"),
                get(p, "survey"), get(p, "portal"), get(p, "keycloak"), get(p, "keycloakManagement"),
                get(p, "kafka"), get(p, "kafkaController"), get(p, "mongo"), get(p, "s3"));
    }

    private static int get(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("port '" + key + "' missing");
        }
        return Integer.parseInt(value.trim());
    }
}
