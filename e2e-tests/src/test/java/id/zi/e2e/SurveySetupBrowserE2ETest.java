package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A unit team sets up a survey in the portal: operator.magelang sees the unit's demo SKM with its public link and
 * QR poster, creates an SPKP for a new service type, enters the period's population and sees the minimum sample
 * and how many responses are still needed; a bad population is answered with the API's message.
 */
@ExtendWith(LocalStackExtension.class)
@EnabledIf(value = "id.zi.e2e.Chromium#installed",
        disabledReason = "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)")
class SurveySetupBrowserE2ETest {

    @RegisterExtension
    final Chromium chromium = new Chromium();

    private static E2EStack stack;

    @BeforeAll
    static void stack(E2EStack started) {
        stack = started;
    }

    @Test
    void operatorSetsUpAnSpkpPrintsItsPosterAndSeesHowManyResponsesAreStillNeeded() {
        WebDriver browser = chromium.driver();
        PortalSession.signIn(chromium, stack, "operator.magelang");
        browser.findElement(By.id("nav-survei")).click();
        chromium.await(visibilityOfElementLocated(By.id("survei-baru")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Survei unit");

        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        new Select(browser.findElement(By.id("instrument"))).selectByValue("SPKP");
        browser.findElement(By.id("serviceCode")).sendKeys(code);
        browser.findElement(By.id("serviceName")).sendKeys("Legalisir Dokumen");
        browser.findElement(By.id("buat-survei")).click();

        chromium.await(visibilityOfElementLocated(By.id("tautan-publik")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SPKP — Legalisir Dokumen");
        assertThat(browser.findElement(By.className("success")).getText()).startsWith("Survei dibuat.");
        assertThat(browser.findElement(By.id("tautan-publik")).getText()).contains("/s/");
        assertThat(browser.findElement(By.id("poster")).getDomAttribute("href")).endsWith("/poster.pdf");
        assertThat(browser.findElement(By.id("jumlah-responden")).getText()).isEqualTo("0");
        chromium.screenshot("survei-unit.png");

        // a population the API refuses: the browser's own check is bypassed to see the API's answer
        ((JavascriptExecutor) browser).executeScript("document.getElementById('populasi').removeAttribute('min');"
                + "document.getElementById('populasi').value='-5';");
        browser.findElement(By.id("simpan-populasi")).click();
        assertThat(chromium.await(visibilityOfElementLocated(By.id("galat-survei"))).getText()).isNotBlank();

        browser.findElement(By.id("populasi")).clear();
        browser.findElement(By.id("populasi")).sendKeys("200");
        browser.findElement(By.id("simpan-populasi")).click();
        chromium.await(visibilityOfElementLocated(By.className("success")));
        assertThat(browser.findElement(By.className("success")).getText()).isEqualTo("Populasi tersimpan.");
        // SPKP asks at least 30 respondents; Krejcie–Morgan for 200 is 132
        assertThat(browser.findElement(By.id("jumlah")).getText()).contains("Sampel minimum 132, masih kurang 132 responden");

        PortalSession.open(chromium, stack, "survei?lang=en");
        chromium.await(visibilityOfElementLocated(By.id("daftar-survei")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Unit surveys");
        assertThat(browser.findElement(By.id("daftar-survei")).getText()).contains("Perizinan Berusaha", "Legalisir Dokumen");
        PortalSession.open(chromium, stack, "survei?lang=id");
    }
}
