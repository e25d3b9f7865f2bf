package id.zi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The SKM as a respondent at the counter answers it: the unit sets up a survey, a phone-sized browser opens
 * the link behind the QR code and answers every element, the unit sees the response in its result, publishes
 * the period, and anyone sees the published result on the open results page. All through the gateway.
 */
class SurveyPhoneJourneyE2ETest extends BrowserJourney {

    static final String MAGELANG = "33.71.dpmptsp";

    @Test
    void aRespondentAnswersOnAPhoneTheUnitSeesItAndThePublishedResultIsOpenToAll() {
        String operator = stack.token("operator.magelang");
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpResponse<String> created = stack.postJson(stack.urls().gateway().resolve("api/surveys/surveys"), operator,
                "{\"instrument\": \"SKM\", \"serviceType\": {\"code\": \"" + code + "\", \"name\": \"Legalisir Dokumen\"},"
                        + " \"title\": \"SKM Legalisir Dokumen\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        DocumentContext survey = JsonPath.parse(created.body());
        String id = survey.read("$.id");
        String publicId = survey.read("$.publicId");
        assertThat((String) survey.read("$.publicUrl")).endsWith("/s/" + publicId);

        WebDriver phone = chromium.driver();
        phone.manage().window().setSize(new Dimension(390, 844));
        phone.get(stack.urls().gateway().resolve("s/" + publicId).toString());
        chromium.await(visibilityOfElementLocated(By.id("survei")));
        assertThat(phone.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("id");
        assertThat(phone.findElement(By.className("brand")).getText()).contains("Magelang");
        List<WebElement> questions = phone.findElements(By.cssSelector("fieldset.question"));
        assertThat(questions).hasSize(9);
        assertThat(((Number) ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        WebElement firstAnswer = questions.getFirst().findElement(By.cssSelector("label"));
        assertThat(firstAnswer.getSize().getHeight()).as("a touch target a thumb can hit").isGreaterThanOrEqualTo(44);

        phone.findElement(By.id("kirim")).click();
        assertThat(chromium.await(visibilityOfElementLocated(By.id("pesan"))).getText()).contains("belum dijawab");
        for (WebElement question : questions) {
            List<WebElement> answers = question.findElements(By.cssSelector("label"));
            answers.getLast().click();
        }
        chromium.screenshot("survey-phone-form.png");
        phone.findElement(By.id("kirim")).click();
        WebElement thanks = chromium.await(visibilityOfElementLocated(By.id("terima-kasih")));
        assertThat(thanks.getText()).contains("Terima kasih");
        chromium.screenshot("survey-phone-thanks.png");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        HttpResponse<String> result = stack.get("/api/surveys/surveys/" + id + "/results?period=" + period, operator);
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        DocumentContext live = JsonPath.parse(result.body());
        assertThat(((Number) live.read("$.respondents")).intValue()).isEqualTo(1);
        assertThat(((Number) live.read("$.ikm")).doubleValue()).isEqualTo(100.0);
        assertThat((String) live.read("$.grade")).isEqualTo("A");

        HttpResponse<String> published = stack.call("POST", "/api/surveys/surveys/" + id + "/periods/" + period + "/publish", operator, null,
                Map.of());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        WebDriver visitor = phone;
        visitor.get(stack.urls().gateway().resolve("hasil/" + MAGELANG + "/" + period).toString());
        WebElement section = chromium.await(visibilityOfElementLocated(By.id("hasil-" + id)));
        assertThat(section.findElement(By.className("ikm")).getText()).isEqualTo("100,00");
        assertThat(section.findElement(By.className("grade")).getText()).isEqualTo("A");
        assertThat(section.findElement(By.className("respondents")).getText()).isEqualTo("1");
        chromium.screenshot("survey-public-result.png");
        visitor.get(stack.urls().gateway().resolve("hasil/" + MAGELANG).toString());
        assertThat(chromium.await(visibilityOfElementLocated(By.id("hasil"))).getText()).contains(period).contains("Legalisir Dokumen");
    }
}
