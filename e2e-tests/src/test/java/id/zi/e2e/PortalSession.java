package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A demo user's session in the portal, as a person starts it: the landing page, "Masuk", Keycloak's login form, home. */
final class PortalSession {

    private PortalSession() {
    }

    /** Signs {@code username} in from the landing page and waits for the portal's home page. */
    static void signIn(Chromium chromium, E2EStack stack, String username) {
        chromium.driver().get(gateway(stack).toString());
        chromium.await(visibilityOfElementLocated(By.id("masuk"))).click();
        atKeycloak(chromium, stack, username);
    }

    /** On Keycloak's login form of the realm: types the demo user's credentials and lands on the portal's home. */
    static void atKeycloak(Chromium chromium, E2EStack stack, String username) {
        WebDriver browser = chromium.driver();
        WebElement field = chromium.await(visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("Keycloak's login page of realm zi").startsWith(stack.urls().issuer() + "/");
        field.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(E2EStack.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        chromium.await(urlMatches("^" + Pattern.quote(gateway(stack).resolve("beranda").toString()) + "(\\?.*)?$"));
        chromium.await(visibilityOfElementLocated(By.id("keluar")));
    }

    /** Opens a portal page by its path, e.g. {@code survei}, through the gateway. */
    static void open(Chromium chromium, E2EStack stack, String path) {
        chromium.driver().get(gateway(stack).resolve(path).toString());
    }

    /** The stack's gateway as the browser must name it: the host the realm allows redirects back to. */
    static URI gateway(E2EStack stack) {
        return stack.urls().gateway();
    }
}
