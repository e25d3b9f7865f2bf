package id.zi.monitoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyIndexTest {

    static PublishedResult quarter(String surveyId, int quarter, String policy, int respondents, double... converted) {
        LocalDate from = LocalDate.of(2026, 3 * quarter - 2, 1);
        return result(surveyId, "2026-Q" + quarter, from, from.plusMonths(3).minusDays(1), policy, respondents, converted);
    }

    static PublishedResult result(String surveyId, String period, LocalDate from, LocalDate to, String policy, int respondents,
            double... converted) {
        List<PublishedResult.Statement> statements = new ArrayList<>();
        for (int i = 0; i < converted.length; i++) {
            statements.add(new PublishedResult.Statement("P" + (i + 1), respondents, converted[i]));
        }
        return new PublishedResult(surveyId + ":" + period, surveyId, "SPAK", period, from, to, policy, respondents, statements);
    }

    @Test
    void quartersArePooledByRespondentsPerStatementThenAveragedOverStatements() {
        // Q1: 10 respondents, statements 3.0 and 4.0; Q2: 30 respondents, 2.0 and 4.0
        SurveyIndex ipak = SurveyIndex.pool("SPAK", List.of(quarter("sv-1", 1, "RATIO_6_TO_4", 10, 3.0, 4.0),
                quarter("sv-1", 2, "RATIO_6_TO_4", 30, 2.0, 4.0))).orElseThrow();
        // P1 = (10·3 + 30·2) / 40 = 2.25, P2 = 4.0: IPAK = 3.125, not the mean of the quarters' indices (3.5 and 3.0 → 3.25)
        assertThat(ipak.value()).isEqualTo(3.125, offset(1e-12));
        assertThat(ipak.index()).isEqualTo("IPAK");
        assertThat(ipak.policy()).isEqualTo("RATIO_6_TO_4");
        assertThat(ipak.respondents()).isEqualTo(40);
        assertThat(ipak.periods()).containsExactly("2026-Q1", "2026-Q2");
        assertThat(ipak.leftOut()).isEmpty();
    }

    @Test
    void aSurveysYearResultCountsItsRespondentsOnceBesideItsQuarters() {
        PublishedResult year = result("sv-1", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "NATIVE_4", 40, 3.0);
        SurveyIndex ipak = SurveyIndex.pool("SPAK", List.of(quarter("sv-1", 1, "NATIVE_4", 10, 4.0), year,
                quarter("sv-2", 1, "NATIVE_4", 20, 1.5))).orElseThrow();
        // sv-1's year (40 at 3.0) and sv-2's quarter (20 at 1.5), another survey with other respondents: (120 + 30) / 60
        assertThat(ipak.value()).isEqualTo(2.5, offset(1e-12));
        assertThat(ipak.periods()).containsExactly("2026", "2026-Q1");
        assertThat(ipak.leftOut()).singleElement().asString().startsWith("2026-Q1 (sv-1:2026-Q1): its respondents are in 2026");
    }

    @Test
    void onlyResultsOnTheLatestResultsScaleArePooled() {
        SurveyIndex ipak = SurveyIndex.pool("SPAK", List.of(quarter("sv-1", 1, "LINEAR_6_TO_4", 10, 2.0),
                quarter("sv-1", 2, "RATIO_6_TO_4", 10, 3.6))).orElseThrow();
        assertThat(ipak.value()).isEqualTo(3.6, offset(1e-12));
        assertThat(ipak.policy()).isEqualTo("RATIO_6_TO_4");
        assertThat(ipak.leftOut()).singleElement().asString().contains("converted by LINEAR_6_TO_4");
    }

    @Test
    void noPublishedResultOfTheInstrumentGivesNoIndex() {
        assertThat(SurveyIndex.pool("SPKP", List.of(quarter("sv-1", 1, "NATIVE_4", 10, 4.0)))).isEmpty();
        assertThat(SurveyIndex.pool("SPAK", List.of())).isEmpty();
    }
}
