package id.zi.survey.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.zi.survey.index.InvalidSurveyInput;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodKeyUnitTest {

    @Test
    void quartersSemestersAndYearsAreReadAndWrittenAsUnitsWriteThem() {
        PeriodKey q1 = PeriodKey.parse("2026-Q1", "period");
        assertThat(q1).isEqualTo(new PeriodKey(2026, Periodicity.QUARTER, 1));
        assertThat(q1.toString()).isEqualTo("2026-Q1");
        assertThat(q1.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q1.to()).isEqualTo(LocalDate.of(2026, 3, 31));

        PeriodKey s2 = PeriodKey.parse(" 2025-S2 ", "period");
        assertThat(s2.toString()).isEqualTo("2025-S2");
        assertThat(s2.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(s2.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(s2.semester()).isEqualTo(2);
        assertThat(s2.quarter()).isNull();

        PeriodKey year = PeriodKey.parse("2024", "period");
        assertThat(year.toString()).isEqualTo("2024");
        assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2024, 1)).endsWith(YearMonth.of(2024, 12));
        assertThat(PeriodKey.parse("2024-Q4", "period").to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aMonthBelongsToExactlyOnePeriodOfEachKind() {
        YearMonth march = YearMonth.of(2026, 3);
        YearMonth april = YearMonth.of(2026, 4);
        assertThat(PeriodKey.of(march, Periodicity.QUARTER).toString()).isEqualTo("2026-Q1");
        assertThat(PeriodKey.of(april, Periodicity.QUARTER).toString()).isEqualTo("2026-Q2");
        assertThat(PeriodKey.of(YearMonth.of(2026, 6), Periodicity.SEMESTER).toString()).isEqualTo("2026-S1");
        assertThat(PeriodKey.of(YearMonth.of(2026, 7), Periodicity.SEMESTER).toString()).isEqualTo("2026-S2");
        assertThat(PeriodKey.of(YearMonth.of(2026, 12), Periodicity.YEAR).toString()).isEqualTo("2026");
        PeriodKey q1 = PeriodKey.parse("2026-Q1", "period");
        assertThat(q1.contains(march)).isTrue();
        assertThat(q1.contains(april)).isFalse();
        assertThat(q1.contains(YearMonth.of(2025, 12))).isFalse();
    }

    @Test
    void wrongKeysAreRefusedNamingTheField() {
        for (String bad : new String[] {"2026-Q5", "2026-S3", "2026-Q0", "26-Q1", "2026Q1", "2026-q1", "2026-T1", "1999", "2101-Q1", "", "Q1-2026"}) {
            assertThatThrownBy(() -> PeriodKey.parse(bad, "period")).as(bad).isInstanceOfSatisfying(InvalidSurveyInput.class,
                    e -> assertThat(e.field()).isEqualTo("period"));
        }
        assertThatThrownBy(() -> PeriodKey.parse(null, "periods[2]")).isInstanceOfSatisfying(InvalidSurveyInput.class,
                e -> assertThat(e.field()).isEqualTo("periods[2]"));
    }

    @Test
    void theThreeMonthWindowEndsWithThePeriodOrTodayWhileItRuns() {
        PeriodKey q2 = PeriodKey.parse("2026-Q2", "period");
        assertThat(q2.lastThreeMonths(YearMonth.of(2026, 9))).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        // in the period's first month the window reaches back into the quarter before
        assertThat(q2.lastThreeMonths(YearMonth.of(2026, 4))).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        PeriodKey year = PeriodKey.parse("2026", "period");
        assertThat(year.lastThreeMonths(YearMonth.of(2027, 2))).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11),
                YearMonth.of(2026, 12));
        // a period not begun yet is read as a whole, never a window in the future
        assertThat(year.lastThreeMonths(YearMonth.of(2025, 5))).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11),
                YearMonth.of(2026, 12));
    }

    @Test
    void longerPeriodsAreMadeOfTheShorterOnes() {
        assertThat(Periodicity.YEAR.coarserOrEqual(Periodicity.QUARTER)).isTrue();
        assertThat(Periodicity.SEMESTER.coarserOrEqual(Periodicity.QUARTER)).isTrue();
        assertThat(Periodicity.QUARTER.coarserOrEqual(Periodicity.QUARTER)).isTrue();
        assertThat(Periodicity.QUARTER.coarserOrEqual(Periodicity.YEAR)).isFalse();
    }
}
