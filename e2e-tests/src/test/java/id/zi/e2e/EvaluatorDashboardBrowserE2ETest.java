package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The national evaluator's dashboard in a real browser, on the demo data the stack loads: the national roll-up with
 * its provinces, then the drill-down Jawa Tengah → Kota Magelang → DPMPTSP Kota Magelang, checking at each level
 * what an evaluator reads there (where they are, how many units, which regions below, the Magelang 2024 plan in
 * draft), the ranking's measure switched in place and the CSV export.
 */
class EvaluatorDashboardBrowserE2ETest extends BrowserJourney {

    static final String MAGELANG_UNIT = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Magelang";
    /** The demo tree's units (kind UNIT): one under each city or regency, one under Jambi directly. */
    static final String DEMO_UNITS = "5";

    @Test
    void nationalEvaluatorDrillsDownFromTheNationToKotaMagelangsUnit() {
        WebDriver browser = chromium.driver();
        PortalSession.signIn(chromium, stack, "evaluator.nasional");

        // national, this year: the roll-up is fed by Kafka, so the first look may come before every unit arrived
        browser.findElement(By.id("nav-dasbor")).click();
        chromium.await(urlContains("/dasbor"));
        awaitUnits(DEMO_UNITS);
        assertThat(text(By.id("judul-dasbor"))).isEqualTo("Republik Indonesia");
        assertThat(crumbs()).containsExactly("Republik Indonesia");
        assertThat(childNames()).containsExactly("Provinsi Aceh", "Provinsi Jambi", "Provinsi Kepulauan Bangka Belitung", "Provinsi Jawa Tengah");

        // 2024, the year of the Magelang plan: one draft plan, four units without one
        new Select(browser.findElement(By.id("tahun"))).selectByValue("2024");
        browser.findElement(By.id("tampilkan")).click();
        chromium.await(urlContains("year=2024"));
        assertThat(text(By.id("keterangan-node"))).contains("Tahun 2024");
        assertThat(text(By.id("jumlah-unit"))).isEqualTo(DEMO_UNITS);
        assertThat(planCount("DRAFT")).isEqualTo("1");
        assertThat(planCount("NONE")).isEqualTo("4");
        // the demo SKM of Magelang's DPMPTSP: an IKM pooled and a mean of units, both written with a decimal comma
        assertThat(text(By.id("ikm-gabungan"))).matches("[0-9]{2},[0-9]{2}");
        assertThat(text(By.id("ikm-rata"))).matches("[0-9]{2},[0-9]{2}");
        assertThat(text(By.id("kartu-ikm"))).contains("IKM gabungan seluruh responden", "Rata-rata unit");
        assertThat(browser.findElements(By.cssSelector("#grafik canvas"))).hasSize(3);
        awaitChartsDrawn();
        fullPage();
        Path national = chromium.screenshot("dasbor-nasional.png");
        assertThat(national).isNotEmptyFile();

        // the ranking by IKM, swapped in place by htmx: Magelang's unit is the one with survey results
        new Select(browser.findElement(By.id("ukuran-peringkat"))).selectByValue("ikm");
        chromium.await(attributeToBe(By.id("tabel-peringkat"), "data-by", "ikm"));
        assertThat(browser.findElement(By.cssSelector("#tabel-peringkat tbody tr")).getDomAttribute("data-unit-id"))
                .isEqualTo("33.71.dpmptsp");

        // province
        browser.findElement(By.linkText("Provinsi Jawa Tengah")).click();
        chromium.await(textToBe(By.id("judul-dasbor"), "Provinsi Jawa Tengah"));
        assertThat(crumbs()).containsExactly("Republik Indonesia", "Provinsi Jawa Tengah");
        assertThat(text(By.id("jumlah-unit"))).isEqualTo("2");
        assertThat(childNames()).containsExactly("Pemerintah Kota Magelang", "Pemerintah Kota Pekalongan");
        assertThat(planCount("DRAFT")).isEqualTo("1");
        assertThat(browser.getCurrentUrl()).contains("orgPath=/id/33", "year=2024");

        // city
        browser.findElement(By.linkText("Pemerintah Kota Magelang")).click();
        chromium.await(textToBe(By.id("judul-dasbor"), "Pemerintah Kota Magelang"));
        assertThat(crumbs()).containsExactly("Republik Indonesia", "Provinsi Jawa Tengah", "Pemerintah Kota Magelang");
        assertThat(text(By.id("jumlah-unit"))).isEqualTo("1");
        assertThat(childNames()).contains(MAGELANG_UNIT);
        assertThat(planCount("DRAFT")).isEqualTo("1");
        assertThat(planCount("NONE")).isEqualTo("0");
        assertThat(text(By.id("rincian-bukti"))).contains("Dibutuhkan");
        assertThat(browser.findElement(By.cssSelector("#tabel-anak tr[data-org-path='/id/33/33.71/33.71.dpmptsp'] .status-rencana"))
                .getText()).isEqualTo("Draf 1");
        awaitChartsDrawn();
        fullPage();
        Path magelang = chromium.screenshot("dasbor-magelang.png");
        assertThat(magelang).isNotEmptyFile();

        // the export of the city: the CSV the API writes, one row per unit, fetched as the link downloads it
        String csv = fetch(browser.findElement(By.id("ekspor-csv")).getDomAttribute("href"));
        assertThat(csv).startsWith("unitId,name,orgPath,planStatus").contains("33.71.dpmptsp,").contains(",DRAFT,");

        // unit: its own detail at the bottom of the tree
        browser.findElement(By.linkText(MAGELANG_UNIT)).click();
        chromium.await(textToBe(By.id("judul-dasbor"), MAGELANG_UNIT));
        assertThat(crumbs()).containsExactly("Republik Indonesia", "Provinsi Jawa Tengah", "Pemerintah Kota Magelang", MAGELANG_UNIT);
        assertThat(text(By.id("status-rencana-unit"))).isEqualTo("Draf");
        assertThat(text(By.id("jumlah-unit"))).isEqualTo("1");
        assertThat(browser.findElements(By.id("tabel-anak"))).isEmpty();

        // the same page in English: decimals with a point
        browser.findElement(By.id("bahasa-en")).click();
        chromium.await(attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(text(By.id("ikm-gabungan"))).matches("[0-9]{2}\\.[0-9]{2}");
        assertThat(text(By.id("h-ringkasan"))).isEqualTo("Summary");
    }

    /** Reloads until the national roll-up counts the demo units (its read model follows Kafka). */
    private void awaitUnits(String units) {
        WebDriver browser = chromium.driver();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!units.equals(text(By.id("jumlah-unit"))) && System.nanoTime() < deadline) {
            sleep(Duration.ofSeconds(2));
            browser.navigate().refresh();
            chromium.await(visibilityOfElementLocated(By.id("jumlah-unit")));
        }
        assertThat(text(By.id("jumlah-unit"))).as("units in the national roll-up").isEqualTo(units);
    }

    /** Chart.js has drawn on every canvas (it sizes each canvas it owns). */
    private void awaitChartsDrawn() {
        chromium.await(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('#grafik canvas'))"
                        + ".every(function (c) { return Chart.getChart(c) !== undefined; });"));
    }

    /** The whole page in the next screenshot: the window as tall as the document. */
    private void fullPage() {
        WebDriver browser = chromium.driver();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1280, Math.min(6000, Math.max(900, height.intValue() + 40))));
    }

    private String fetch(String href) {
        return (String) ((JavascriptExecutor) chromium.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);", href);
    }



    private String text(By by) {
        return chromium.driver().findElement(by).getText().trim();
    }

    private List<String> crumbs() {
        return chromium.driver().findElements(By.cssSelector("#jejak li")).stream().map(li -> li.getText().trim()).toList();
    }

    private List<String> childNames() {
        return chromium.driver().findElements(By.cssSelector("#tabel-anak tbody a.turun")).stream().map(WebElement::getText).toList();
    }

    private String planCount(String status) {
        return text(By.cssSelector("#status-rencana tr[data-status='" + status + "'] td"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
