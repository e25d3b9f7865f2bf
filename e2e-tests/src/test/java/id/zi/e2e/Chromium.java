package id.zi.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for one test, driven through Debian's chromedriver, with a profile of its own: no
 * cookie or session of another test carries over. A failed test leaves a picture and the HTML of the page it
 * ended on in the screenshots folder.
 *
 * <p>Nothing is ever downloaded: the browser and the driver are the installed binaries, and the driver's path
 * is given, so Selenium never runs Selenium Manager (failsafe also sets {@code SE_OFFLINE=true} in case it
 * did).
 */
final class Chromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path BINARY = Path.of(System.getProperty("zi.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("zi.screenshots", "target/screenshots"));

    /** Generous: the first Keycloak login page of a cold stack on a busy 2-core machine takes seconds. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Path profile;
    private ChromeDriver driver;

    /** For {@code @EnabledIf}: without the Debian packages {@code chromium} and {@code chromium-driver}, skip. */
    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        profile = Files.createTempDirectory("zi-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // every address of the journey is on this machine: no proxy of the environment may intervene
                "--no-proxy-server",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            try {
                screenshot(name + ".png");
                Files.writeString(SCREENSHOTS.resolve(name + ".html"),
                        "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteTree(profile);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits until the condition holds (a non-null, non-false answer) and returns its answer. */
    <T> T await(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** A PNG of what the browser shows now, in the screenshots folder. */
    Path screenshot(String fileName) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File taken = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(fileName);
            Files.move(taken.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
