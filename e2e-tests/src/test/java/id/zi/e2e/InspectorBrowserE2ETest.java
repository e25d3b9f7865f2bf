package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.jayway.jsonpath.JsonPath;
import id.zi.testkit.files.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The inspector's journey in a real browser: DPMPTSP Kota Magelang's operator uploads evidence for a row of its
 * 2024 plan (through the API); Kota Magelang's inspectorate signs in, sees the unit among its units, opens the
 * review queue, tries to reject the evidence without a reason (the page refuses and says a reason is needed),
 * rejects it with one and sees it rejected with that reason; then opens the unit's LKE side by side, scores one
 * question on the TPI side and sees the TPI total change.
 */
class InspectorBrowserE2ETest extends BrowserJourney {

    private static final String UNIT = "33.71.dpmptsp";
    /** Planning's events reach the evidence service some seconds after the stack is up; until then the row is unknown. */
    private static final Duration PLAN_WAIT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void inspectorRejectsEvidenceWithAReasonAndScoresAnLkeQuestion() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Notulen rapat evaluasi area 2 - uji TPI " + run;
        String evidenceId = upload(title, run);
        String reason = "Notulen belum ditandatangani pimpinan rapat (" + run + ")";

        WebDriver browser = chromium.driver();
        PortalSession.signIn(chromium, stack, "inspektorat.magelang");

        // 1. the units in scope: the page opens on the latest year with plans (2025 once WorkPlanJourneyE2ETest has made one,
        // else the 2024 demo plan); the inspector picks 2024 and sees DPMPTSP's plan, linked to its pages
        browser.findElement(By.id("nav-tpi")).click();
        Select year = new Select(chromium.await(visibilityOfElementLocated(By.id("tahun"))));
        assertThat(Integer.parseInt(year.getFirstSelectedOption().getText())).isGreaterThanOrEqualTo(2024);
        year.selectByVisibleText("2024");
        WebElement yearsOfThePageBefore = year.getWrappedElement();
        yearsOfThePageBefore.submit();
        chromium.await(stalenessOf(yearsOfThePageBefore));
        assertThat(new Select(chromium.await(visibilityOfElementLocated(By.id("tahun")))).getFirstSelectedOption().getText()).isEqualTo("2024");
        WebElement unit = chromium.await(visibilityOfElementLocated(By.cssSelector("#unit-binaan tr[data-unit-id='" + UNIT + "']")));
        assertThat(unit.getText()).contains("Konsep", "66 baris");
        assertThat(Integer.parseInt(unit.findElement(By.cssSelector("a.pending")).getText())).as("our upload waits for review").isPositive();
        chromium.screenshot("tpi-unit.png");

        // 2. the review queue: a rejection without a reason is refused by the page, nothing is sent
        browser.findElement(By.id("nav-reviu")).click();
        By row = By.id("bukti-" + evidenceId);
        chromium.await(visibilityOfElementLocated(row));
        assertThat(browser.findElement(row).getDomAttribute("data-state")).isEqualTo("PENDING");
        assertThat(browser.findElement(row).getText()).contains(title, "R2");
        browser.findElement(row).findElement(By.cssSelector("button.tolak")).click();
        WebElement error = chromium.await(driver -> {
            WebElement shown = driver.findElement(By.id("alasan-" + evidenceId + "-galat"));
            return shown.getText().isBlank() ? null : shown;
        });
        assertThat(error.getText()).isEqualTo("Alasan wajib diisi untuk menolak atau meminta perbaikan.");
        assertThat(browser.findElement(By.id("alasan-" + evidenceId)).getDomAttribute("aria-invalid")).isEqualTo("true");
        HttpResponse<String> still = stack.get("/api/evidence/items/" + evidenceId, stack.token("inspektorat.magelang"));
        assertThat((String) JsonPath.read(still.body(), "$.review.state")).as("nothing was sent").isEqualTo("PENDING");

        // ... with a reason the row comes back rejected, the reason under it
        browser.findElement(By.id("alasan-" + evidenceId)).sendKeys(reason);
        browser.findElement(row).findElement(By.cssSelector("button.tolak")).click();
        chromium.await(driver -> "REJECTED".equals(driver.findElement(row).getDomAttribute("data-state")));
        WebElement rejected = browser.findElement(row);
        assertThat(rejected.findElement(By.cssSelector(".badge.state")).getText()).isEqualTo("Ditolak");
        assertThat(rejected.findElement(By.cssSelector(".alasan-tercatat")).getText()).isEqualTo(reason);
        assertThat(rejected.getText()).contains("oleh inspektorat.magelang");
        chromium.screenshot("tpi-reviu.png");
        HttpResponse<String> item = stack.get("/api/evidence/items/" + evidenceId, stack.token("operator.magelang"));
        assertThat((String) JsonPath.read(item.body(), "$.review.state")).isEqualTo("REJECTED");
        assertThat((String) JsonPath.read(item.body(), "$.review.reason")).isEqualTo(reason);

        // 3. the LKE side by side: one question scored on the TPI side changes the TPI total
        browser.findElement(By.id("nav-tpi")).click();
        chromium.await(visibilityOfElementLocated(By.cssSelector("#unit-binaan tr[data-unit-id='" + UNIT + "'] a.lke"))).click();
        String before = chromium.await(visibilityOfElementLocated(By.id("total-tpi"))).getText();
        // the units page opens on the latest year with plans: the LKE of that year (2025 once another test made that plan)
        String lkeYear = browser.getCurrentUrl().replaceAll(".*/tpi/lke/[^/]+/(\\d{4}).*", "$1");
        assertThat(browser.findElement(By.id("total-mandiri")).isDisplayed()).isTrue();
        By question = By.id("q-A-I-1-i-a");
        Select answer = new Select(browser.findElement(By.id("jawab-q-A-I-1-i-a")));
        String chosen = "Ya".equals(answer.getFirstSelectedOption().getText()) ? "Tidak" : "Ya";
        answer.selectByVisibleText(chosen);
        browser.findElement(By.id("catatan-q-A-I-1-i-a")).sendKeys("SK tim kerja diperiksa TPI (" + run + ")");
        browser.findElement(question).findElement(By.cssSelector("button.simpan")).click();
        String after = chromium.await(driver -> {
            String total = driver.findElement(By.id("total-tpi")).getText();
            return total.equals(before) ? null : total;
        });
        assertThat(after).isNotEqualTo(before);
        chromium.await(driver -> driver.findElement(question).getText().contains("Tersimpan"));
        assertThat(browser.findElement(question).findElement(By.cssSelector(".jawaban-tpi")).getText()).contains(chosen);
        if ("Ya".equals(chosen)) {
            assertThat(browser.findElement(By.id("skor-A-I-1-i")).getText()).as("the sub-area's score follows the save").doesNotContain("TPI 0,00");
        }
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        chromium.screenshot("tpi-lke.png");
        HttpResponse<String> assessment = stack.get("/api/monitoring/assessments/" + UNIT + "/" + lkeYear + "/tpi", stack.token("inspektorat.magelang"));
        assertThat(assessment.statusCode()).as(assessment.body()).isEqualTo(200);
        double total = ((Number) JsonPath.read(assessment.body(), "$.score.total")).doubleValue();
        assertThat(Double.parseDouble(after.replace(".", "").replace(',', '.'))).as("the page shows the API's TPI total")
                .isCloseTo(total, org.assertj.core.data.Offset.offset(0.006));
    }

    /** As DPMPTSP's operator, through the API: a PDF of minutes for row R2 of the 2024 plan, once the evidence service knows the plan. */
    private static String upload(String title, String run) throws Exception {
        String operator = stack.token("operator.magelang");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "NOTULEN");
        fields.put("title", title);
        fields.put("effectiveDate", "2024-03-20");
        fields.put("year", "2024");
        fields.put("planRows", "R2");
        byte[] pdf = SampleFiles.pdf("NOTULEN RAPAT EVALUASI DPMPTSP KOTA MAGELANG 2024 - uji TPI " + run);
        Instant giveUp = Instant.now().plus(PLAN_WAIT);
        HttpResponse<String> created = multipart(operator, fields, "Notulen-evaluasi-" + run + ".pdf", pdf);
        while (created.statusCode() != 201 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(2000);
            created = multipart(stack.token("operator.magelang"), fields, "Notulen-evaluasi-" + run + ".pdf", pdf);
        }
        assertThat(created.statusCode()).as("upload for R2: %s", created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.id");
    }

    private static HttpResponse<String> multipart(String token, Map<String, String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "zi-e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(stack.urls().gateway().resolve("api/evidence/uploads"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** On Keycloak's login form of the realm: types the demo user's credentials and lands on the portal's home. */

}
