package id.zi.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A journey through the portal in headless Chromium on the shared local stack: a fresh browser per test
 * ({@link Chromium}), the stack started once per JVM; skipped where Debian's chromium and its driver are missing.
 */
@ExtendWith(LocalStackExtension.class)
@EnabledIf(value = "id.zi.e2e.Chromium#installed",
        disabledReason = "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)")
abstract class BrowserJourney {

    static E2EStack stack;

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
    }
}
