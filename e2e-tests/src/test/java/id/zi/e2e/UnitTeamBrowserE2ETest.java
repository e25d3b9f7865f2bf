package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.zi.testkit.files.SampleFiles;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The unit team's journey in a real browser, as DPMPTSP Kota Magelang's operator makes it: the home page says
 * where the unit stands, the 2024 demo plan shows its rencana aksi with the month grid, a PDF is uploaded to a
 * row through the row page's file input and shows as awaiting the TPI's review, and a quarter's monev is filled,
 * refused once with the API's words beside the field at fault, then submitted.
 *
 * <p>The monev is of 2024-Q3: {@code MonevCycleE2ETest} creates Q1 and Q2 of the same unit on the same stack.
 * If it ran first, Q3 carries its open recommendation, and the journey writes its follow-up note too.
 */
class UnitTeamBrowserE2ETest extends BrowserJourney {

    private static final String UNIT = "33.71.dpmptsp";
    private static final String PERIOD = "2024-Q3";
    /** Planning's events reach the evidence and monitoring services some seconds after the stack is up. */
    private static final Duration DEMO_WAIT = Duration.ofSeconds(90);

    /** The demo plan's rows must be known to the evidence service before a file is linked to one. */
    @BeforeAll
    static void theDemoPlanEverywhere() throws InterruptedException {
        // runs after BrowserJourney's @BeforeAll, which holds the stack
        String operator = stack.token("operator.magelang");
        String coverage = "/api/evidence/coverage/units/" + UNIT + "/years/2024";
        Instant giveUp = Instant.now().plus(DEMO_WAIT);
        HttpResponse<String> answer = stack.get(coverage, operator);
        while (!(answer.statusCode() == 200 && answer.body().contains("\"R1\"")) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(2000);
            answer = stack.get(coverage, operator);
        }
        assertThat(answer.statusCode()).as("the demo plan at the evidence service: %s", answer.body()).isEqualTo(200);
    }

    @Test
    void operatorSeesWhereTheUnitStandsUploadsEvidenceToARowAndSubmitsAMonev() throws IOException, InterruptedException {
        WebDriver browser = chromium.driver();
        PortalSession.signIn(chromium, stack, "operator.magelang");

        // 1. home: where do we stand?
        WebElement standing = chromium.await(visibilityOfElementLocated(By.id("posisi")));
        assertThat(standing.findElement(By.tagName("h2")).getText()).isEqualTo("Di mana posisi kami?");
        assertThat(text(By.id("kartu-rencana"))).contains("Rencana terakhir");
        // the latest plan is 2024's, or 2025's when WorkPlanJourneyE2ETest ran first on this stack
        assertThat(text(By.id("kartu-bukti"))).containsAnyOf("belum diunggah", "Belum ada rencana");
        assertThat(text(By.id("kartu-monev"))).contains("belum dibuat monevnya");
        assertThat(text(By.id("kartu-lke"))).contains("pertanyaan dijawab").contains("Menuju WBK");
        assertThat(standing.findElements(By.className("warning"))).as("every card's API answered").isEmpty();
        assertThat(text(By.id("cakupan"))).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        chromium.screenshot("beranda-unit.png");

        // 2. the 2024 demo plan, from the menu
        browser.findElement(By.id("nav-rencana")).click();
        chromium.await(visibilityOfElementLocated(By.tagName("h1")));
        if (!browser.getCurrentUrl().endsWith("/rencana/2024")) {
            browser.findElement(By.cssSelector("nav.years a[href$='/rencana/2024']")).click();
        }
        chromium.await(textToBePresentInElementLocated(By.tagName("h1"), "Rencana aksi 2024"));
        assertThat(text(By.id("status-rencana"))).isEqualTo("Draf");
        assertThat(text(By.id("area-1"))).isEqualTo("Area I: Manajemen Perubahan");
        assertThat(browser.findElements(By.cssSelector("tr[data-row-id]"))).as("the demo plan's rows").hasSize(66);
        WebElement r1 = browser.findElement(By.cssSelector("tr[data-row-id='R1']"));
        assertThat(r1.findElements(By.tagName("td")).stream().filter(cell -> cell.getDomAttribute("class") != null
                && cell.getDomAttribute("class").startsWith("m")).count()).as("twelve month cells").isEqualTo(12);
        assertThat(r1.findElements(By.cssSelector("td.on"))).as("R1's scheduled months").isNotEmpty();
        assertThat(r1.getText()).contains("A.I.1.i");
        assertThat(browser.findElement(By.id("unduh-pdf")).getDomAttribute("href")).endsWith("/rencana/2024/rencana-aksi.pdf");
        assertThat(browser.findElements(By.id("ajukan"))).as("a draft may be submitted").hasSize(1);
        chromium.screenshot("rencana.png");

        // 3. evidence for row R1 through its page's file input (the keyboard way into the drop zone)
        r1.findElement(By.cssSelector("a[href$='/rencana/2024/baris/R1']")).click();
        chromium.await(visibilityOfElementLocated(By.id("zona-unggah")));
        assertThat(text(By.id("kelengkapan"))).contains("Notulen");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Notulen rapat pembentukan Tim Kerja ZI " + run;
        Path file = Files.createTempDirectory("zi-unggah-").resolve("Notulen-rapat-Tim-Kerja-ZI.pdf");
        Files.write(file, SampleFiles.pdf("NOTULEN RAPAT PEMBENTUKAN TIM KERJA ZONA INTEGRITAS DPMPTSP KOTA MAGELANG - uji " + run));
        new Select(browser.findElement(By.id("jenis"))).selectByValue("NOTULEN");
        browser.findElement(By.id("judul")).sendKeys(title);
        WebElement date = browser.findElement(By.id("tanggal"));
        setDate(date, "2024-01-20");
        browser.findElement(By.id("berkas")).sendKeys(file.toAbsolutePath().toString());
        assertThat(text(By.id("nama-berkas"))).startsWith("Notulen-rapat-Tim-Kerja-ZI.pdf");
        browser.findElement(By.id("unggah")).click();
        WebElement result = chromium.await(visibilityOfElementLocated(By.id("hasil-unggah")));
        assertThat(result.getText()).contains("tersimpan", "Menunggu reviu");
        assertThat(browser.findElement(By.id("kemajuan")).getDomProperty("value")).isEqualTo("100");
        String listed = chromium.await(driver -> rowText("#bukti-baris tr[data-evidence-id]", title));
        assertThat(listed).contains("Notulen", "2024-01-20", "Menunggu reviu");
        String evidenceId = chromium.await(driver -> rowAttribute("#bukti-baris tr[data-evidence-id]", title, "data-evidence-id"));
        // the picture shows what the user looks at now: the answer under the button, and the row's list below it
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('hasil').scrollIntoView()");
        chromium.screenshot("bukti-unggah.png");

        // the same bytes again: the API's 409 names the item that has them
        browser.findElement(By.id("judul")).sendKeys("Salinan " + run);
        browser.findElement(By.id("berkas")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("unggah")).click();
        chromium.await(textToBePresentInElementLocated(By.id("hasil"), "Berkas yang sama sudah pernah diunggah."));
        assertThat(browser.findElement(By.id("bukti-sama")).getText()).isEqualTo(evidenceId);

        browser.findElement(By.id("nav-bukti")).click();
        if (!chromium.await(visibilityOfElementLocated(By.tagName("h1"))).getText().equals("Bukti dukung 2024")) {
            browser.findElement(By.cssSelector("nav.years a[href*='tahun=2024']")).click();
            chromium.await(textToBePresentInElementLocated(By.tagName("h1"), "Bukti dukung 2024"));
        }
        String inList = chromium.await(driver -> rowText("#daftar-bukti tr[data-evidence-id]", title));
        assertThat(inList).contains("Menunggu reviu", "R1");

        // 4. the monev of a quarter: every row due, one refused submission, then submitted
        browser.findElement(By.id("nav-monev")).click();
        createMonev();
        List<WebElement> statuses = browser.findElements(By.cssSelector("select.row-status"));
        assertThat(statuses).as("the rows of the demo plan due by September").isNotEmpty();
        for (int i = 0; i < statuses.size(); i++) {
            report(i, i == 0 ? "IN_PROGRESS" : "DONE", i == 0 ? "60" : "100");
        }
        for (WebElement note : browser.findElements(By.cssSelector("textarea[name^='followUps'][name$='.note']"))) {
            note.clear();
            note.sendKeys("Foto rapat pembentukan Tim Kerja sudah diunggah");
        }
        browser.findElement(By.id("ajukan-monev")).click();
        // a row not done needs its obstacles: the API names rows[0].obstacles, the page says so beside that field
        WebElement obstacles = chromium.await(visibilityOfElementLocated(By.id("kendala-0")));
        assertThat(obstacles.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(obstacles.findElement(By.xpath("following-sibling::span[@class='field-error']")).getText()).isNotBlank();
        assertThat(text(By.id("status-monev"))).isEqualTo("Draf");
        assertThat(browser.findElement(By.id("realisasi-0")).getDomProperty("value")).as("what was saved stays").isEqualTo("60");
        obstacles.sendKeys("Menunggu tanda tangan SK oleh Kepala Dinas");
        browser.findElement(By.id("ajukan-monev")).click();
        chromium.await(textToBePresentInElementLocated(By.id("pesan"), "Monev diajukan ke TPI."));
        assertThat(text(By.id("status-monev"))).isEqualTo("Diajukan");
        assertThat(browser.findElements(By.id("ajukan-monev"))).as("a submitted monev is read-only").isEmpty();
        assertThat(browser.findElement(By.id("laporan-pdf")).getDomAttribute("href")).endsWith("/laporan.pdf");
        chromium.screenshot("monev.png");

        // 5. the LKE self-assessment: an answer changes the score at once (htmx), before anything is saved
        browser.findElement(By.id("nav-lke")).click();
        chromium.await(textToBePresentInElementLocated(By.tagName("h1"), "LKE penilaian mandiri"));
        WebElement score = browser.findElement(By.id("skor"));
        assertThat(text(By.id("nilai-total"))).matches("\\d+,\\d\\d");
        assertThat(text(By.id("skor"))).contains("Menuju WBK");
        WebElement firstChoice = browser.findElement(By.cssSelector("#form-lke select[name^='answer:']"));
        Select answer = new Select(firstChoice);
        int selected = answer.getOptions().indexOf(answer.getFirstSelectedOption());
        answer.selectByIndex(selected == 1 ? 2 : 1);
        chromium.await(ExpectedConditions.stalenessOf(score));
        assertThat(browser.findElement(By.id("skor")).findElements(By.className("warning"))).as("the calculator took the answers").isEmpty();
        assertThat(chromium.await(visibilityOfElementLocated(By.id("nilai-total"))).getText()).matches("\\d+,\\d\\d");
        chromium.screenshot("lke.png");

        // 6. surveys: the unit's list, and one survey's live count when the unit has any
        browser.findElement(By.id("nav-survei")).click();
        chromium.await(textToBePresentInElementLocated(By.tagName("h1"), "Survei unit"));
        List<WebElement> surveys = browser.findElements(By.cssSelector("#daftar-survei tr[data-survey-id] a[href*='/survei/']"));
        if (!surveys.isEmpty()) {
            surveys.getFirst().click();
            assertThat(chromium.await(visibilityOfElementLocated(By.id("jumlah-responden"))).getText()).matches("\\d+");
            assertThat(browser.findElement(By.id("tautan-publik")).getText()).contains("/s/");
        }
        chromium.screenshot("survei.png");
    }

    /** On the monev list: picks the quarter and creates it, again while the monitoring service has not learnt the demo plan yet. */
    private void createMonev() throws InterruptedException {
        WebDriver browser = chromium.driver();
        Instant giveUp = Instant.now().plus(DEMO_WAIT);
        while (true) {
            new Select(chromium.await(visibilityOfElementLocated(By.id("periode")))).selectByValue(PERIOD);
            browser.findElement(By.id("buat-monev")).click();
            chromium.await(visibilityOfElementLocated(By.tagName("h1")));
            if (browser.getCurrentUrl().contains("/monev/") || Instant.now().isAfter(giveUp)) {
                break;
            }
            assertThat(text(By.id("pesan"))).as("only a plan not known yet is worth a retry").containsIgnoringCase("plan");
            Thread.sleep(2000);
            browser.navigate().refresh();
        }
        assertThat(text(By.tagName("h1"))).isEqualTo("Monev " + PERIOD);
        assertThat(text(By.id("pesan"))).contains("Monev dibuat");
    }

    /** The text of the first row matching {@code css} that contains {@code text}; null (wait on) while the list is being replaced. */
    private String rowText(String css, String text) {
        return rowAttribute(css, text, null);
    }

    private String rowAttribute(String css, String text, String attribute) {
        try {
            for (WebElement row : chromium.driver().findElements(By.cssSelector(css))) {
                String shown = row.getText();
                if (shown.contains(text)) {
                    return attribute == null ? shown : row.getDomAttribute(attribute);
                }
            }
            return null;
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    private void report(int row, String status, String realisation) {
        WebDriver browser = chromium.driver();
        new Select(browser.findElement(By.id("status-" + row))).selectByValue(status);
        WebElement field = browser.findElement(By.id("realisasi-" + row));
        if (!realisation.equals(field.getDomProperty("value"))) {
            field.clear();
            field.sendKeys(realisation);
        }
    }

    /** A date input takes its value in the browser's locale order when typed; the value property is the same everywhere. */
    private void setDate(WebElement input, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, isoDate);
        assertThat(input.getDomProperty("value")).isEqualTo(isoDate);
    }



    private String text(By by) {
        return chromium.driver().findElement(by).getText();
    }
}
