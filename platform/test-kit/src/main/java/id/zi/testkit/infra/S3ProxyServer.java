package id.zi.testkit.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * s3proxy with its filesystem backend, run from its own jar as a child JVM: in-process it would bring Jetty and
 * Jackson versions that clash with Spring Boot's. Port and storage folder are fixed at construction, so a stop
 * and a start bring back the same server with its objects.
 */
final class S3ProxyServer {

    /** System property naming the s3proxy jar; the parent POM's surefire configuration sets it. */
    static final String JAR_PROPERTY = "zi.s3proxy.jar";
    static final String ACCESS_KEY = "zi-test-access-key";
    static final String SECRET_KEY = "zi-test-secret-key-0123456789";

    private static final Logger log = LoggerFactory.getLogger(S3ProxyServer.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path jar;
    private final int port = FreePorts.next();
    private final Path home = TempDirs.create("zi-s3-");
    private final Path data = home.resolve("data");
    private final Path logFile = home.resolve("s3proxy.log");
    private @Nullable Process process;

    private S3ProxyServer(Path jar) {
        this.jar = jar;
    }

    /** The server, if the s3proxy jar is where the build put it; empty when this module's tests have no S3. */
    static Optional<S3ProxyServer> fromBuild() {
        Path jar = locateJar();
        return Files.isRegularFile(jar) ? Optional.of(new S3ProxyServer(jar)) : Optional.empty();
    }

    static String missingJarMessage() {
        return "No s3proxy jar at " + locateJar() + ". A module whose tests use S3 lists "
                + "org.apache.maven.plugins:maven-dependency-plugin in its <build><plugins>: the parent POM's "
                + "execution zi-s3proxy copies the jar there and surefire passes -D" + JAR_PROPERTY + ".";
    }

    private static Path locateJar() {
        String configured = System.getProperty(JAR_PROPERTY);
        // Without the property (a test started from an IDE) the module folder is the working directory.
        return Path.of(configured != null ? configured : "target/zi-infra/s3proxy.jar").toAbsolutePath();
    }

    String endpoint() {
        return "http://" + FreePorts.HOST + ":" + port;
    }

    synchronized boolean isRunning() {
        return process != null;
    }

    synchronized void start() {
        if (process != null) {
            return;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(data);
            Path launcherClasses = writeLauncher();
            Path properties = writeProperties();
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", launcherClasses + File.pathSeparator + jar,
                    S3ProxyLauncher.class.getName(),
                    Long.toString(ProcessHandle.current().pid()),
                    "--properties", properties.toString());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not start s3proxy from " + jar, ex);
        }
        awaitReady();
        log.info("S3 (s3proxy) ready on {} in {} ms, data in {}", endpoint(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), data);
    }

    synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
        log.info("S3 on {} stopped", endpoint());
    }

    void deleteData() {
        TempDirs.deleteQuietly(home);
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!FreePorts.accepts(port)) {
            if (!process.isAlive()) {
                process = null;
                throw new IllegalStateException("s3proxy exited during start-up:\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("s3proxy did not accept connections on " + endpoint() + " within "
                        + READY_TIMEOUT.toSeconds() + " s:\n" + logTail());
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for s3proxy", ex);
            }
        }
    }

    private Path writeProperties() throws IOException {
        Properties props = new Properties();
        props.setProperty("s3proxy.endpoint", endpoint());
        props.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        props.setProperty("s3proxy.identity", ACCESS_KEY);
        props.setProperty("s3proxy.credential", SECRET_KEY);
        // filesystem-nio2 rather than transient: objects must survive stopS3()/startS3().
        props.setProperty("jclouds.provider", "filesystem-nio2");
        props.setProperty("jclouds.filesystem.basedir", data.toString());
        props.setProperty("jclouds.identity", ACCESS_KEY);
        props.setProperty("jclouds.credential", SECRET_KEY);
        Path file = home.resolve("s3proxy.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(out, "ZI test kit s3proxy");
        }
        return file;
    }

    /** Copies the launcher's class file out of this jar: the child's class path holds nothing else of ours. */
    private Path writeLauncher() throws IOException {
        Path classes = home.resolve("launcher");
        String resource = S3ProxyLauncher.class.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(resource);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            try (InputStream in = S3ProxyLauncher.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("class file " + resource + " not found");
                }
                Files.copy(in, target);
            }
        }
        return classes;
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }
}
