package id.zi.local.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One process of the local stack: how to prepare and start it, the ports it takes, and how to tell it serves.
 *
 * @param port       the port it serves (shown by status, checked free before start)
 * @param otherPorts further ports it binds (Kafka's controller, Keycloak's management), also checked free
 */
record Component(
        String name,
        Stage stage,
        int port,
        List<Integer> otherPorts,
        Duration startTimeout,
        BooleanSupplier health,
        Launch launch) {

    /** Components of a stage start together; a stage starts when the one before is healthy. */
    enum Stage {
        INFRASTRUCTURE("infrastructure"),
        SERVICES("services"),
        GATEWAY("gateway");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    /** Prepares whatever the component needs on disk and returns the command to run, with its environment. */
    @FunctionalInterface
    interface Launch {
        ProcessBuilder prepare() throws IOException;
    }

    boolean healthy() {
        return health.getAsBoolean();
    }
}
