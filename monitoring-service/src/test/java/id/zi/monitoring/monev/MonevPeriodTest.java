package id.zi.monitoring.monev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Period keys as units write them, and which plan rows a period makes due. */
class MonevPeriodTest {

    @Test
    void quartersAndSemestersReadAndPrintAsUnitsWriteThem() {
        MonevPeriod q2 = MonevPeriod.parse(" 2026-Q2 ");
        assertThat(q2).isEqualTo(new MonevPeriod(2026, MonevPeriod.Cadence.QUARTER, 2));
        assertThat(q2.key()).isEqualTo("2026-Q2");
        assertThat(q2.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q2.end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q2.indonesian()).isEqualTo("Triwulan II Tahun 2026");

        MonevPeriod s2 = MonevPeriod.parse("2025-S2");
        assertThat(s2.firstMonth()).isEqualTo(7);
        assertThat(s2.lastMonth()).isEqualTo(12);
        assertThat(s2.lastQuarter()).isEqualTo(4);
        assertThat(s2.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(s2.indonesian()).isEqualTo("Semester II Tahun 2025");
    }

    @Test
    void theCurrentPeriodIsTheOneHoldingTheDay() {
        assertThat(MonevPeriod.of(LocalDate.of(2026, 3, 31), MonevPeriod.Cadence.QUARTER).key()).isEqualTo("2026-Q1");
        assertThat(MonevPeriod.of(LocalDate.of(2026, 4, 1), MonevPeriod.Cadence.QUARTER).key()).isEqualTo("2026-Q2");
        assertThat(MonevPeriod.of(LocalDate.of(2026, 7, 1), MonevPeriod.Cadence.SEMESTER).key()).isEqualTo("2026-S2");
    }

    @Test
    void aBadKeyIsRefusedNamingThePeriod() {
        for (String bad : List.of("2026-Q5", "2026-S3", "2026Q1", "Q1-2026", "2026-T1", "1999-Q1", "2026-Q0")) {
            assertThatThrownBy(() -> MonevPeriod.parse(bad)).as(bad).isInstanceOfSatisfying(MonevRuleViolation.class,
                    violation -> assertThat(violation.faults()).extracting(MonevRuleViolation.Fault::field).containsExactly("period"));
        }
        assertThatThrownBy(() -> MonevPeriod.parse(null)).isInstanceOf(MonevRuleViolation.class);
    }

    @Test
    void aRowIsDueByAPeriodWhenOneOfItsMonthsFallsUpToThePeriodsEnd() {
        MonevPeriod q1 = MonevPeriod.parse("2026-Q1");
        MonevPeriod q2 = MonevPeriod.parse("2026-Q2");
        MonevPeriod s1 = MonevPeriod.parse("2026-S1");

        assertThat(q1.due(List.of(1))).isTrue();
        assertThat(q1.due(List.of(3))).as("March is the last month of Q1").isTrue();
        assertThat(q1.due(List.of(4, 5))).isFalse();
        assertThat(q2.due(List.of(4, 5))).isTrue();
        assertThat(q2.due(List.of(2))).as("a row of February stays due at the next quarter's monev").isTrue();
        assertThat(q2.due(List.of(9, 12))).isFalse();
        assertThat(s1.due(List.of(6))).isTrue();
        assertThat(s1.due(List.of(7))).isFalse();
        assertThat(q2.due(List.of())).as("a row without a schedule is never due").isFalse();
    }

    @Test
    void periodsOfTheSameMonthsOverlapAndOrderByTheirEnd() {
        MonevPeriod q1 = MonevPeriod.parse("2026-Q1");
        MonevPeriod q2 = MonevPeriod.parse("2026-Q2");
        MonevPeriod s1 = MonevPeriod.parse("2026-S1");
        MonevPeriod lastYear = MonevPeriod.parse("2025-Q4");

        assertThat(s1.overlaps(q2)).isTrue();
        assertThat(q1.overlaps(s1)).isTrue();
        assertThat(q1.overlaps(q2)).isFalse();
        assertThat(lastYear.before(q1)).isTrue();
        assertThat(q1.before(q2)).isTrue();
        assertThat(q2.before(q1)).isFalse();
        assertThat(q1.before(s1)).as("overlapping periods are not one before the other").isFalse();
        assertThat(lastYear.endIndex()).isLessThan(q1.endIndex());
    }
}
