package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The portal's sign-in journey as a person makes it, in a real browser, through the gateway of the local stack:
 * landing page, Keycloak's login form, the home page with the user's own data, and sign-out, also at Keycloak.
 */
class PortalSignInBrowserE2ETest extends BrowserJourney {

    @Test
    void operatorSignsInSeesOnlyTheirUnitAndSignsOutAtKeycloakToo() {
        WebDriver browser = chromium.driver();
        browser.get(gateway().toString());
        WebElement masuk = chromium.await(visibilityOfElementLocated(By.id("masuk")));
        assertThat(masuk.getText()).isEqualTo("Masuk");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("id");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Zona Integritas");

        masuk.click();
        PortalSession.atKeycloak(chromium, stack, "operator.magelang");

        assertThat(text(By.tagName("h1"))).isEqualTo("Selamat datang, Operator DPMPTSP Kota Magelang");
        assertThat(texts(By.className("peran"))).containsExactly("Operator unit");
        assertThat(text(By.id("cakupan"))).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        assertThat(browser.findElements(By.className("warning"))).as("the units could not be loaded").isEmpty();
        assertThat(unitIds()).containsExactly("33.71.dpmptsp");
        List<String> cells = browser.findElements(By.cssSelector("#daftar-unit tr[data-unit-id='33.71.dpmptsp'] td"))
                .stream().map(WebElement::getText).toList();
        assertThat(cells).containsExactly("33.71.DPMPTSP",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Magelang", "Unit kerja");
        Path picture = chromium.screenshot("beranda-operator.png");
        assertThat(picture).isNotEmptyFile();

        signOut();

        // the Keycloak session ended too: the home page asks for credentials again instead of signing back in
        browser.get(gateway().resolve("beranda").toString());
        chromium.await(visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(stack.urls().issuer() + "/");
    }

    @Test
    void regionalEvaluatorSeesTheUnitsOfTheirProvinceOnly() {
        WebDriver browser = chromium.driver();
        browser.get(gateway().toString());
        chromium.await(visibilityOfElementLocated(By.id("masuk"))).click();
        PortalSession.atKeycloak(chromium, stack, "evaluator.jateng");

        assertThat(text(By.tagName("h1"))).isEqualTo("Selamat datang, Evaluator Provinsi Jawa Tengah");
        assertThat(texts(By.className("peran"))).containsExactly("Evaluator provinsi");
        assertThat(text(By.id("cakupan"))).isEqualTo("/id/33");
        assertThat(browser.findElements(By.className("warning"))).as("the units could not be loaded").isEmpty();
        assertThat(unitIds()).contains("33.71.dpmptsp", "33.75.dpmptsp")
                .doesNotContain("15.dpmptsp", "15", "11.71.dpmptsp", "19.01.dpmptsp");
        assertThat(text(By.id("daftar-unit"))).contains("Kota Pekalongan").doesNotContain("Jambi");

        signOut();
    }


    /** "Keluar" ends the portal's session and Keycloak's, then Keycloak sends the browser to the landing page. */
    private void signOut() {
        chromium.driver().findElement(By.id("keluar")).click();
        chromium.await(urlToBe(gateway().toString()));
        assertThat(chromium.await(visibilityOfElementLocated(By.id("masuk"))).getText()).isEqualTo("Masuk");
    }

    /** The stack's gateway as the browser must name it: the host the realm allows redirects back to. */
    private static URI gateway() {
        return stack.urls().gateway();
    }

    private String text(By by) {
        return chromium.driver().findElement(by).getText();
    }

    private List<String> texts(By by) {
        return chromium.driver().findElements(by).stream().map(WebElement::getText).toList();
    }

    private List<String> unitIds() {
        return chromium.driver().findElements(By.cssSelector("#daftar-unit tr[data-unit-id]")).stream()
                .map(row -> row.getDomAttribute("data-unit-id"))
                .toList();
    }
}
