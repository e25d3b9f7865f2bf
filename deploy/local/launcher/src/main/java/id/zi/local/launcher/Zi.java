package id.zi.local.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ./zi} command: {@code up}, {@code down}, {@code status}, {@code logs NAME [-f]} for the platform on
 * this machine, on the default ports, with its data in {@code $ZI_DATA} or {@code ./.zi-data}.
 */
public final class Zi {

    private static final String USAGE = """
            usage: ./zi up [--rebuild]     start the platform (only what is not running yet)
                   ./zi down               stop it (data stays)
                   ./zi status             processes, ports, health and memory
                   ./zi logs NAME [-f]     the log of one component (-f: follow)
                   ./zi test               run all tests
            NAME: %s""";

    private static final List<String[]> DEMO_LOGINS = List.of(
            new String[] {"admin", "platform admin, sees all of Indonesia"},
            new String[] {"operator.bandaaceh / kepala.bandaaceh", "DPMPTSP Kota Banda Aceh"},
            new String[] {"operator.magelang / kepala.magelang", "DPMPTSP Kota Magelang"},
            new String[] {"operator.pekalongan / kepala.pekalongan", "DPMPTSP Kota Pekalongan"},
            new String[] {"operator.jambi / kepala.jambi", "DPMPTSP Provinsi Jambi"},
            new String[] {"operator.bangka / kepala.bangka", "DPMPTSP Kabupaten Bangka"},
            new String[] {"inspektorat.magelang", "TPI evaluator, Kota Magelang"},
            new String[] {"evaluator.jateng", "regional evaluator, Jawa Tengah"},
            new String[] {"evaluator.nasional", "national evaluator, all of Indonesia"});

    private Zi() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length == 0) {
            out.printf(USAGE + "%n", String.join(", ", LocalStack.builder().build().componentNames()));
            System.exit(2);
        }
        try {
            LocalStack stack = LocalStack.builder().ports(Ports.defaults()).build();
            int exit = switch (args[0]) {
                case "up" -> up(stack, out);
                case "down" -> down(stack, out);
                case "status" -> status(stack, out);
                case "logs" -> logs(stack, args, out);
                default -> {
                    System.err.printf(USAGE + "%n", String.join(", ", stack.componentNames()));
                    yield 2;
                }
            };
            System.exit(exit);
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("ZI Platform: " + e.getMessage());
            System.exit(1);
        }
    }

    private static int up(LocalStack stack, PrintStream out) {
        long started = System.nanoTime();
        if (stack.isRunning() && stack.status().stream().allMatch(ComponentStatus::healthy)) {
            out.println("ZI Platform is already running (data " + stack.dataDir() + ").");
            printAccess(stack, out);
            return 0;
        }
        out.println("ZI Platform: starting from " + stack.home() + ", data in " + stack.dataDir());
        try {
            stack.start();
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("ZI Platform did not start: " + e.getMessage());
            System.err.println();
            System.err.println("Components that became healthy keep running: fix the cause and run ./zi up again"
                    + " (it starts only what is missing), or ./zi down.");
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println();
        out.printf(Locale.ROOT, "ZI Platform is up (started in %.1f s).%n", seconds);
        printAccess(stack, out);
        return 0;
    }

    private static void printAccess(LocalStack stack, PrintStream out) {
        StackUrls urls = stack.urls();
        out.println();
        out.printf("  Portal            %s%n", urls.portal());
        out.printf("  API               %s  (e.g. %splanning/units, with a bearer token)%n", urls.api(), urls.api());
        out.printf("  Keycloak admin    %s  (admin / admin, realm %s)%n", urls.keycloakAdminConsole(),
                LocalStack.REALM);
        out.printf("  Token endpoint    %s  (client zi-cli, password grant)%n", urls.tokenEndpoint());
        out.printf("  Kafka bootstrap   %s%n", urls.kafkaBootstrap());
        out.printf("  MongoDB           %s%n", urls.mongoUri());
        out.printf("  S3                %s  (%s / %s)%n", urls.s3Endpoint(), LocalStack.S3_ACCESS_KEY,
                LocalStack.S3_SECRET_KEY);
        out.printf("  Data and logs     %s  (./zi logs NAME [-f])%n", stack.dataDir());
        out.println();
        out.println("Demo logins (password zi-demo):");
        for (String[] login : DEMO_LOGINS) {
            out.printf("  %-42s %s%n", login[0], login[1]);
        }
    }

    private static int down(LocalStack stack, PrintStream out) {
        if (stack.status().stream().noneMatch(ComponentStatus::running)) {
            out.println("ZI Platform is not running (data " + stack.dataDir() + ").");
            return 0;
        }
        long started = System.nanoTime();
        out.println("ZI Platform: stopping (data stays in " + stack.dataDir() + ")");
        stack.stop();
        out.printf(Locale.ROOT, "ZI Platform stopped in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static int status(LocalStack stack, PrintStream out) {
        List<ComponentStatus> status = stack.status();
        out.printf("%-20s %8s %6s  %-9s %10s%n", "COMPONENT", "PID", "PORT", "HEALTH", "RSS");
        long total = 0;
        for (ComponentStatus component : status) {
            String health = !component.running() ? "stopped" : component.healthy() ? "healthy" : "UNHEALTHY";
            out.printf("%-20s %8s %6d  %-9s %10s%n", component.name(),
                    component.pid() < 0 ? "-" : Long.toString(component.pid()), component.port(), health,
                    megabytes(component.rssBytes()));
            total += Math.max(0, component.rssBytes());
        }
        long running = status.stream().filter(ComponentStatus::running).count();
        out.printf("%-20s %8s %6s  %-9s %10s%n", "total", "", "", running + "/" + status.size(), megabytes(total));
        out.println("data: " + stack.dataDir());
        return status.stream().allMatch(c -> c.running() && c.healthy()) ? 0 : 3;
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }

    private static int logs(LocalStack stack, String[] args, PrintStream out) {
        List<String> names = stack.componentNames();
        if (args.length < 2) {
            System.err.println("usage: ./zi logs NAME [-f]; NAME: " + String.join(", ", names));
            return 2;
        }
        String name = resolveName(args[1], names);
        if (name == null) {
            System.err.println("no component '" + args[1] + "'; one of: " + String.join(", ", names));
            return 2;
        }
        boolean follow = args.length > 2 && (args[2].equals("-f") || args[2].equals("--follow"));
        Path log = stack.logFile(name);
        if (!Files.exists(log) && !follow) {
            System.err.println("no log yet at " + log);
            return 1;
        }
        try {
            long position = 0;
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                if (Files.exists(log)) {
                    if (Files.size(log) < position) {
                        position = 0; // restarted: the log was rotated
                    }
                    try (InputStream in = Files.newInputStream(log)) {
                        in.skipNBytes(position);
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            out.write(buffer, 0, n);
                            position += n;
                        }
                    }
                    out.flush();
                }
                if (!follow) {
                    return 0;
                }
                Thread.sleep(300);
            }
        } catch (IOException e) {
            System.err.println("cannot read " + log + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Accepts the short names people type: {@code planning} for {@code planning-service}. */
    private static String resolveName(String given, List<String> names) {
        if (names.contains(given)) {
            return given;
        }
        return names.contains(given + "-service") ? given + "-service" : null;
    }
}
