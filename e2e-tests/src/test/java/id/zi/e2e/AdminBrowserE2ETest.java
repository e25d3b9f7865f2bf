package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The platform administrator's page in a real browser: the users with their roles from Keycloak's admin API, a role
 * given and taken back (seen in the user's next token), and a bad new unit refused with the planning API's message.
 * It changes operator.bangka only, whom no other test signs in as, and restores it.
 */
class AdminBrowserE2ETest extends BrowserJourney {

    @Test
    void adminGivesAndTakesBackARoleThroughKeycloakAndABadUnitIsRefused() {
        WebDriver browser = chromium.driver();
        PortalSession.signIn(chromium, stack, "admin");
        browser.findElement(By.id("nav-admin")).click();
        chromium.await(visibilityOfElementLocated(By.id("daftar-pengguna")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administrasi");
        assertThat(roleBox("operator.magelang", "unit-operator").isSelected()).isTrue();
        assertThat(roleBox("operator.magelang", "tpi-evaluator").isSelected()).isFalse();
        assertThat(roleBox("inspektorat.magelang", "tpi-evaluator").isSelected()).isTrue();
        chromium.screenshot("admin.png");

        roleBox("operator.bangka", "unit-head").click();
        form("operator.bangka").findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(chromium.await(visibilityOfElementLocated(By.id("berhasil"))).getText()).startsWith("Peran dan unit pengguna tersimpan.");
        assertThat(roles("operator.bangka")).containsExactlyInAnyOrder("unit-operator", "unit-head");
        assertThat(roleBox("operator.bangka", "unit-head").isSelected()).isTrue();

        roleBox("operator.bangka", "unit-head").click();
        form("operator.bangka").findElement(By.cssSelector("button[type=submit]")).click();
        chromium.await(visibilityOfElementLocated(By.id("berhasil")));
        assertThat(roles("operator.bangka")).containsExactly("unit-operator");

        browser.findElement(By.id("name")).sendKeys("Unit dengan kode yang salah");
        browser.findElement(By.id("code")).sendKeys("kode salah!");
        browser.findElement(By.id("buat-unit")).click();
        assertThat(chromium.await(visibilityOfElementLocated(By.id("galat-admin"))).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("daftar-unit-admin")).getText()).doesNotContain("Unit dengan kode yang salah");
    }

    private WebElement form(String username) {
        return chromium.driver().findElement(By.id("pengguna-" + username));
    }

    private WebElement roleBox(String username, String role) {
        return form(username).findElement(By.cssSelector("input[name=roles][value='" + role + "']"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(String username) {
        List<String> roles = E2EStack.claims(stack.token(username)).read("$.realm_access.roles");
        return roles.stream().filter(role -> role.startsWith("unit-") || role.endsWith("-evaluator") || role.equals("platform-admin")).toList();
    }
}
