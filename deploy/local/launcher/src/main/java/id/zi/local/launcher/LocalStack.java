package id.zi.local.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import id.zi.local.launcher.Component.Stage;

/**
 * The whole platform on one machine, each component its own OS process: a MongoDB-protocol server, a Kafka
 * broker and an S3 server; then Keycloak and the services; then the gateway; each stage started once the one
 * before is healthy.
 *
 * <p>All state lives under one data folder: the servers' data, {@code logs/<name>.log} and
 * {@code run/<name>.pid}. The pid files are the truth about what runs, so a later process (another {@code ./zi}
 * command) can report on and stop a stack it did not start. {@code ./zi up} uses this class with
 * {@link Ports#defaults()}; tests use a temporary folder and {@link Ports#free()}.
 */
public final class LocalStack implements AutoCloseable {

    /** The Keycloak realm of the platform. */
    public static final String REALM = "zi";
    /** Credentials of the local S3 server (local only: never used outside this stack). */
    public static final String S3_ACCESS_KEY = "zi-local";
    public static final String S3_SECRET_KEY = "zi-local-secret";
    /** Services started in the second stage, in the order their output is listed. */
    public static final List<String> SERVICES =
            List.of("planning-service", "evidence-service", "monitoring-service", "survey-service", "portal");
    public static final String GATEWAY = "gateway";

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 40;

    private final Path home;
    private final Path data;
    private final Ports requestedPorts;
    private final boolean demoData;
    private final PrintStream out;
    private final boolean stopOnJvmExit;
    private final Duration startTimeout;
    private Thread shutdownHook;

    private LocalStack(Builder builder) {
        this.home = builder.home != null ? builder.home.toAbsolutePath().normalize() : discoverHome();
        this.data = (builder.dataDir != null ? builder.dataDir : defaultDataDir(home)).toAbsolutePath().normalize();
        this.requestedPorts = builder.ports != null ? builder.ports : Ports.defaults();
        this.demoData = builder.demoData;
        this.out = builder.out;
        this.stopOnJvmExit = builder.stopOnJvmExit;
        this.startTimeout = builder.startTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The checkout of the platform whose jars this stack runs. */
    public Path home() {
        return home;
    }

    public Path dataDir() {
        return data;
    }

    /** The ports of the running stack if one runs in this data folder, else the ports it would start on. */
    public Ports ports() {
        return persistedPorts().filter(p -> anyRunning(p)).orElse(requestedPorts);
    }

    public StackUrls urls() {
        return StackUrls.of(ports());
    }

    public Path logFile(String component) {
        return data.resolve("logs").resolve(component + ".log");
    }

    /** Names of all components, in start order. */
    public List<String> componentNames() {
        return components(requestedPorts).stream().map(Component::name).toList();
    }

    /**
     * Starts whatever is not running yet and waits until every component is healthy.
     *
     * @throws LocalStackException naming the component at fault, with the tail of its log; components that became
     *                             healthy keep running (so a second start only starts what is missing)
     */
    public synchronized LocalStack start() {
        try (DataLock ignored = DataLock.acquire(data.resolve("run").resolve("zi.lock"))) {
            Optional<Ports> persisted = persistedPorts();
            if (persisted.isPresent() && !persisted.get().equals(requestedPorts) && anyRunning(persisted.get())) {
                throw new LocalStackException("a stack with other ports already runs in " + data
                        + ": stop it first (./zi down, or LocalStack.stop())");
            }
            writePorts(requestedPorts);
            if (stopOnJvmExit && shutdownHook == null) {
                shutdownHook = new Thread(this::stopQuietly, "zi-local-stack-stop");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
            List<Component> components = components(requestedPorts);
            for (Stage stage : Stage.values()) {
                startStage(stage, components.stream().filter(c -> c.stage() == stage).toList());
            }
        }
        return this;
    }

    /** Stops every component of this data folder, gateway first and infrastructure last, each with SIGTERM. */
    public synchronized void stop() {
        try (DataLock ignored = DataLock.acquire(data.resolve("run").resolve("zi.lock"))) {
            List<Component> components = components(ports());
            List<Stage> reversed = new ArrayList<>(List.of(Stage.values()));
            java.util.Collections.reverse(reversed);
            for (Stage stage : reversed) {
                stopAll(components.stream().filter(c -> c.stage() == stage).toList());
            }
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // called from the hook itself: nothing left to remove
            }
            shutdownHook = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Each component with its process, port, health and memory, in start order. */
    public List<ComponentStatus> status() {
        List<ComponentStatus> result = new ArrayList<>();
        for (Component component : components(ports())) {
            Optional<ProcessHandle> process = pidFile(component).alive();
            boolean healthy = process.isPresent() && component.healthy();
            result.add(new ComponentStatus(component.name(), process.map(ProcessHandle::pid).orElse(-1L),
                    component.port(), process.isPresent(), healthy,
                    process.map(Memory::rssBytes).orElse(-1L)));
        }
        return result;
    }

    /** True when every component has a live process. */
    public boolean isRunning() {
        return status().stream().allMatch(ComponentStatus::running);
    }

    // ---------------------------------------------------------------------------------------------------------
    // starting

    private void startStage(Stage stage, List<Component> stageComponents) {
        long stageStart = System.nanoTime();
        Map<Component, ProcessBuilder> toStart = new LinkedHashMap<>();
        List<Component> waiting = new ArrayList<>();
        // prepare everything first: a missing jar or a taken port stops the stage before any process starts
        for (Component component : stageComponents) {
            Optional<ProcessHandle> running = pidFile(component).alive();
            if (running.isPresent()) {
                out.printf("  %-20s already running (pid %d)%n", component.name(), running.get().pid());
                waiting.add(component);
                continue;
            }
            for (int port : portsOf(component)) {
                if (!Probes.bindable(port)) {
                    throw new LocalStackException("port " + port + " for " + component.name()
                            + " is taken by another program: stop it, or start the stack on other ports");
                }
            }
            try {
                toStart.put(component, component.launch().prepare());
            } catch (IOException e) {
                throw new LocalStackException("cannot prepare " + component.name() + ": " + e.getMessage(), e);
            }
        }
        Map<Component, Process> started = new LinkedHashMap<>();
        for (Map.Entry<Component, ProcessBuilder> entry : toStart.entrySet()) {
            Component component = entry.getKey();
            Process process = launch(component, entry.getValue());
            started.put(component, process);
            waiting.add(component);
            out.printf("  %-20s starting (pid %d, port %d)%n", component.name(), process.pid(), component.port());
        }
        if (waiting.isEmpty()) {
            return;
        }

        List<String> failures = new ArrayList<>();
        List<Component> failed = new ArrayList<>();
        Map<Component, Long> deadlines = new LinkedHashMap<>();
        for (Component component : waiting) {
            Duration timeout = startTimeout != null ? startTimeout : component.startTimeout();
            deadlines.put(component, stageStart + timeout.toNanos());
        }
        List<Component> pending = new ArrayList<>(waiting);
        while (!pending.isEmpty()) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                Component component = it.next();
                Process ours = started.get(component);
                boolean alive = ours != null ? ours.isAlive() : pidFile(component).alive().isPresent();
                double seconds = (System.nanoTime() - stageStart) / 1e9;
                if (!alive) {
                    String exit = ours != null ? " with exit code " + ours.exitValue() : "";
                    failures.add(component.name() + " exited" + exit + " before it was healthy.\n"
                            + tail(component));
                    failed.add(component);
                    it.remove();
                } else if (component.healthy()) {
                    if (ours != null) {
                        out.printf(Locale.ROOT, "  %-20s healthy after %.1f s%n", component.name(), seconds);
                    }
                    it.remove();
                } else if (System.nanoTime() > deadlines.get(component)) {
                    failures.add(component.name() + " was not healthy after " + Math.round(seconds) + " s ("
                            + healthDescription(component) + ").\n" + tail(component));
                    failed.add(component);
                    it.remove();
                }
            }
            if (!pending.isEmpty()) {
                sleep(POLL);
            }
        }
        if (!failures.isEmpty()) {
            stopAll(failed);
            throw new LocalStackException("the " + stage.label + " stage failed:\n" + String.join("\n", failures));
        }
    }

    private Process launch(Component component, ProcessBuilder builder) {
        Path log = logFile(component.name());
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(component.name() + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LocalStackException("cannot prepare the log " + log + ": " + e.getMessage(), e);
        }
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        File devNull = new File("/dev/null");
        if (devNull.exists()) {
            builder.redirectInput(ProcessBuilder.Redirect.from(devNull));
        }
        // a session of its own: Ctrl-C in the terminal that ran ./zi must not reach the platform's processes
        Path setsid = Stream.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (setsid != null) {
            List<String> command = new ArrayList<>(builder.command());
            command.addFirst(setsid.toString());
            builder.command(command);
        }
        try {
            Process process = builder.start();
            pidFile(component).write(process.toHandle());
            return process;
        } catch (IOException e) {
            throw new LocalStackException("cannot start " + component.name() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // stopping

    private void stopAll(List<Component> components) {
        Map<Component, ProcessHandle> alive = new LinkedHashMap<>();
        Map<Component, List<ProcessHandle>> trees = new LinkedHashMap<>();
        for (Component component : components) {
            Optional<ProcessHandle> process = pidFile(component).alive();
            if (process.isEmpty()) {
                pidFile(component).delete();
                continue;
            }
            try (Stream<ProcessHandle> descendants = process.get().descendants()) {
                trees.put(component, descendants.toList());
            }
            alive.put(component, process.get());
            process.get().destroy();
            out.printf("  %-20s stopping (pid %d)%n", component.name(), process.get().pid());
        }
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Map.Entry<Component, ProcessHandle> entry : alive.entrySet()) {
            Component component = entry.getKey();
            ProcessHandle process = entry.getValue();
            long started = System.nanoTime();
            boolean graceful = awaitExit(process, Math.max(0, deadline - System.nanoTime()));
            if (!graceful) {
                out.printf("  %-20s did not stop within %d s: killing it%n", component.name(),
                        STOP_GRACE.toSeconds());
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(5).toNanos());
            }
            // a wrapper script may exit before the JVM it forwarded the signal to
            for (ProcessHandle child : trees.get(component)) {
                if (child.isAlive()) {
                    child.destroy();
                    if (!awaitExit(child, Duration.ofSeconds(10).toNanos())) {
                        child.destroyForcibly();
                    }
                }
            }
            pidFile(component).delete();
            if (graceful) {
                out.printf(Locale.ROOT, "  %-20s stopped (%.1f s)%n", component.name(),
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static boolean awaitExit(ProcessHandle process, long nanos) {
        try {
            process.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("stopping the local stack in " + data + " failed: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the components

    private List<Component> components(Ports ports) {
        Path infra = home.resolve("deploy/local/launcher/target/infra");
        StackUrls urls = StackUrls.of(ports);
        List<Component> components = new ArrayList<>();
        Duration infraTimeout = Duration.ofSeconds(90);

        components.add(new Component("mongo", Stage.INFRASTRUCTURE, ports.mongo(), List.of(), infraTimeout,
                () -> Probes.mongoPing(ports.mongo()),
                () -> new ProcessBuilder(javaCommand(List.of("-Xmx256m"), List.of("-jar",
                        infraFile(infra, "mongo-runner.jar").toString(),
                        "--data", dir("mongo").toString(), "--port", Integer.toString(ports.mongo()))))
                        .directory(data.toFile())));

        components.add(new Component("kafka", Stage.INFRASTRUCTURE, ports.kafka(), List.of(ports.kafkaController()),
                infraTimeout, () -> Probes.kafkaReady(ports.kafka()),
                () -> new ProcessBuilder(javaCommand(List.of("-Xmx256m"), List.of("-jar",
                        infraFile(infra, "kafka-runner.jar").toString(),
                        "--data", dir("kafka").toString(), "--port", Integer.toString(ports.kafka()),
                        "--controller-port", Integer.toString(ports.kafkaController()))))
                        .directory(data.toFile())));

        components.add(new Component("s3", Stage.INFRASTRUCTURE, ports.s3(), List.of(), infraTimeout,
                () -> {
                    // s3proxy refuses anonymous requests: any HTTP answer means it serves
                    int status = Probes.httpStatus(URI.create("http://localhost:" + ports.s3() + "/"));
                    return status >= 200 && status < 500;
                },
                () -> new ProcessBuilder(javaCommand(List.of("-Xmx192m"), List.of("-jar",
                        infraFile(infra, "s3proxy.jar").toString(),
                        "--properties", s3ProxyProperties(ports.s3()).toString())))
                        .directory(data.toFile())));

        // Keycloak starts beside the services, not before them: they fetch its keys only when the first token
        // arrives, and its ~40 s start is the longest of all. The gateway still waits for it.
        components.add(new Component("keycloak", Stage.SERVICES, ports.keycloak(),
                List.of(ports.keycloakManagement()), Duration.ofSeconds(300),
                () -> Probes.httpOk(URI.create(urls.issuer() + "/.well-known/openid-configuration")),
                () -> keycloak(infra, ports)));

        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        servicePorts.put("planning-service", ports.planning());
        servicePorts.put("evidence-service", ports.evidence());
        servicePorts.put("monitoring-service", ports.monitoring());
        servicePorts.put("survey-service", ports.survey());
        servicePorts.put("portal", ports.portal());
        for (Map.Entry<String, Integer> service : servicePorts.entrySet()) {
            components.add(service(service.getKey(), Stage.SERVICES, service.getValue(), ports, urls));
        }
        components.add(service(GATEWAY, Stage.GATEWAY, ports.gateway(), ports, urls));
        return components;
    }

    private Component service(String module, Stage stage, int port, Ports ports, StackUrls urls) {
        return new Component(module, stage, port, List.of(), Duration.ofSeconds(240),
                () -> Probes.httpOk(URI.create("http://localhost:" + port + "/actuator/health")),
                () -> {
                    Path jar = home.resolve(module).resolve("target").resolve(module + ".jar");
                    if (!Files.isRegularFile(jar)) {
                        throw new IOException(home.relativize(jar) + " is missing: build it with ./zi up --rebuild"
                                + " (or ./mvnw -DskipTests install)");
                    }
                    ProcessBuilder builder = new ProcessBuilder(javaCommand(List.of("-Xmx256m"),
                            List.of("-jar", jar.toString())));
                    builder.directory(data.toFile());
                    builder.environment().putAll(serviceEnvironment(module, port, ports, urls));
                    return builder;
                });
    }

    /** The environment of docs/CONVENTIONS.md, which every service reads instead of its defaults. */
    private Map<String, String> serviceEnvironment(String module, int port, Ports ports, StackUrls urls) {
        String database = "zi-" + module.replace("-service", "");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ZI_PORT", Integer.toString(port));
        env.put("ZI_MONGODB_URI", urls.mongoUri() + "/" + database);
        env.put("ZI_KAFKA_BOOTSTRAP", urls.kafkaBootstrap());
        env.put("ZI_ISSUER_URI", urls.issuer().toString());
        env.put("ZI_JWK_SET_URI", urls.issuer() + "/protocol/openid-connect/certs");
        env.put("ZI_S3_ENDPOINT", urls.s3Endpoint().toString());
        env.put("ZI_S3_ACCESS_KEY", S3_ACCESS_KEY);
        env.put("ZI_S3_SECRET_KEY", S3_SECRET_KEY);
        env.put("ZI_PLANNING_URL", "http://localhost:" + ports.planning());
        env.put("ZI_EVIDENCE_URL", "http://localhost:" + ports.evidence());
        env.put("ZI_MONITORING_URL", "http://localhost:" + ports.monitoring());
        env.put("ZI_SURVEY_URL", "http://localhost:" + ports.survey());
        env.put("ZI_PORTAL_URL", "http://localhost:" + ports.portal());
        env.put("ZI_GATEWAY_URL", "http://localhost:" + ports.gateway());
        // where the QR codes of survey posters lead: the public entry, which is the gateway
        env.put("ZI_PUBLIC_BASE_URL", "http://localhost:" + ports.gateway());
        env.put("ZI_DEMO", Boolean.toString(demoData));
        return env;
    }

    private ProcessBuilder keycloak(Path infra, Ports ports) throws IOException {
        Path keycloak = data.resolve("keycloak");
        Path script = keycloak.resolve("bin").resolve("kc.sh");
        if (!Files.isRegularFile(script)) {
            out.printf("  %-20s unpacking %s (first start only)%n", "keycloak", infraFile(infra, "keycloak.zip"));
            unpackKeycloak(infraFile(infra, "keycloak.zip"), keycloak);
        }
        Path realm = home.resolve("deploy/local/keycloak/zi-realm.json");
        if (!Files.isRegularFile(realm)) {
            throw new IOException("the realm file " + realm + " is missing");
        }
        Path imports = Files.createDirectories(keycloak.resolve("data").resolve("import"));
        // imported only when the realm does not exist yet: users and sessions of earlier runs stay
        Files.copy(realm, imports.resolve("zi-realm.json"), StandardCopyOption.REPLACE_EXISTING);

        ProcessBuilder builder = new ProcessBuilder(script.toString(), "start-dev",
                "--http-port=" + ports.keycloak(), "--http-management-port=" + ports.keycloakManagement(),
                "--import-realm");
        builder.directory(keycloak.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // C1 only: a warm start measured 12 s instead of 21 s on two cores; a local realm needs no peak speed
        env.put("JAVA_OPTS_APPEND", (env.getOrDefault("JAVA_OPTS_APPEND", "") + " -XX:TieredStopAtLevel=1").trim());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // the realm file's zi-portal client accepts redirects back to this address only (read at import): the
        // gateway of this stack, whatever its port, and never an address of the caller's environment
        env.put("ZI_PORTAL_BASE_URL", portalBaseUrl(ports));
        return builder;
    }

    /** Where browsers reach the portal: the gateway, as {@link StackUrls#gateway()} names it, without the slash. */
    static String portalBaseUrl(Ports ports) {
        String gateway = StackUrls.of(ports).gateway().toString();
        return gateway.substring(0, gateway.length() - 1);
    }

    /** Unzips the distribution without its top folder, into a sibling first so a broken unzip leaves nothing. */
    private static void unpackKeycloak(Path zip, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".unpacking");
        deleteTree(partial);
        Files.createDirectories(partial);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                String relative = name.substring(slash + 1);
                Path destination = partial.resolve(relative).normalize();
                if (!destination.startsWith(partial)) {
                    throw new IOException("zip entry " + name + " points outside the target folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = zipFile.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip drops Unix modes; the distribution's only executables are the scripts in bin/
                if (relative.startsWith("bin/") && relative.indexOf('/', 4) < 0) {
                    makeExecutable(destination);
                }
            }
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setExecutable(true, false);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private Path s3ProxyProperties(int port) throws IOException {
        Path storage = dir("s3");
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", S3_ACCESS_KEY);
        properties.setProperty("s3proxy.credential", S3_SECRET_KEY);
        properties.setProperty("jclouds.provider", "filesystem-nio2");
        properties.setProperty("jclouds.identity", S3_ACCESS_KEY);
        properties.setProperty("jclouds.credential", S3_SECRET_KEY);
        properties.setProperty("jclouds.filesystem.basedir", storage.toString());
        Path file = dir("run").resolve("s3proxy.properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "written by the ZI launcher on every start");
        }
        return file;
    }

    private static List<String> javaCommand(List<String> heap, List<String> rest) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(heap);
        // small, quick-starting JVMs: the whole platform shares a laptop
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        if (Runtime.version().feature() >= 24) {
            // Kafka, Netty and H2 still use sun.misc.Unsafe; JDK 24+ warns on every start without this
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(rest);
        return command;
    }

    private static Path infraFile(Path infra, String name) throws IOException {
        Path file = infra.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: build the launcher with ./zi up --rebuild"
                    + " (or ./mvnw -pl deploy/local/launcher -am -DskipTests install)");
        }
        return file;
    }

    private Path dir(String name) throws IOException {
        return Files.createDirectories(data.resolve(name));
    }

    private List<Integer> portsOf(Component component) {
        List<Integer> ports = new ArrayList<>();
        ports.add(component.port());
        ports.addAll(component.otherPorts());
        return ports;
    }

    private static String healthDescription(Component component) {
        return switch (component.name()) {
            case "mongo" -> "ping on port " + component.port();
            case "kafka" -> "metadata request on port " + component.port();
            case "s3" -> "HTTP on port " + component.port();
            case "keycloak" -> "realm " + REALM + " discovery on port " + component.port();
            default -> "GET /actuator/health on port " + component.port() + " answers 200";
        };
    }

    private String tail(Component component) {
        Path log = logFile(component.name());
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "---- last " + last.size() + " lines of " + log + "\n" + String.join("\n", last) + "\n----";
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    private PidFile pidFile(Component component) {
        return new PidFile(data.resolve("run").resolve(component.name() + ".pid"));
    }

    private boolean anyRunning(Ports ports) {
        return components(ports).stream().anyMatch(c -> pidFile(c).alive().isPresent());
    }

    private Optional<Ports> persistedPorts() {
        Path file = data.resolve("run").resolve("ports.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Properties properties = new Properties();
            properties.load(reader);
            return Optional.of(Ports.fromProperties(properties));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void writePorts(Ports ports) {
        try (Writer writer = Files.newBufferedWriter(dir("run").resolve("ports.properties"))) {
            ports.toProperties().store(writer, "ports of the stack in this data folder");
        } catch (IOException e) {
            throw new LocalStackException("cannot write the ports file in " + data + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for the stack", e);
        }
    }

    static Path discoverHome() {
        String property = System.getProperty("zi.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/local/launcher")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new LocalStackException("cannot find the ZI Platform checkout above " + Path.of("").toAbsolutePath()
                + ": run from inside it, or set -Dzi.home");
    }

    private static Path defaultDataDir(Path home) {
        String env = System.getenv("ZI_DATA");
        return env != null && !env.isBlank() ? Path.of(env) : home.resolve(".zi-data");
    }

    /** Keeps two launchers from starting or stopping the same data folder at once. */
    private record DataLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        static DataLock acquire(Path file) {
            try {
                Files.createDirectories(file.getParent());
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    throw new LocalStackException("another launcher is starting or stopping the stack in "
                            + file.getParent().getParent() + ": wait for it to finish");
                }
                return new DataLock(channel, lock);
            } catch (IOException e) {
                throw new LocalStackException("cannot lock " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Settings of a {@link LocalStack}; everything has a default that matches {@code ./zi up}. */
    public static final class Builder {

        private Path home;
        private Path dataDir;
        private Ports ports;
        private boolean demoData = true;
        private PrintStream out = System.out;
        private boolean stopOnJvmExit;
        private Duration startTimeout;

        private Builder() {
        }

        /** The checkout whose jars to run; default: {@code -Dzi.home}, else the nearest folder above the cwd. */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** Where all data, logs and pid files live; default: {@code $ZI_DATA}, else {@code <home>/.zi-data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Default: {@link Ports#defaults()}. */
        public Builder ports(Ports ports) {
            this.ports = ports;
            return this;
        }

        /** Sets {@code ZI_DEMO} for the services (planning loads the demo org tree and plans); default true. */
        public Builder demoData(boolean demoData) {
            this.demoData = demoData;
            return this;
        }

        /** Where progress lines go; default {@code System.out}. */
        public Builder out(PrintStream out) {
            this.out = out;
            return this;
        }

        /** Stops the stack when this JVM exits (for tests, so a crashed run leaves no processes behind). */
        public Builder stopOnJvmExit(boolean stopOnJvmExit) {
            this.stopOnJvmExit = stopOnJvmExit;
            return this;
        }

        /** One time limit for every component to become healthy, instead of each component's own. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        public LocalStack build() {
            return new LocalStack(this);
        }
    }
}
