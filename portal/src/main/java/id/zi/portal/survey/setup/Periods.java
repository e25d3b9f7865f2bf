package id.zi.portal.survey.setup;

import java.time.LocalDate;

/** The period a survey is collecting now, in the survey API's keys: {@code 2026-Q4}, {@code 2026-S2} or {@code 2026}. */
final class Periods {

    private Periods() {
    }

    static String current(String periodicity, LocalDate today) {
        int year = today.getYear();
        return switch (periodicity) {
            case "SEMESTER" -> year + "-S" + (today.getMonthValue() <= 6 ? 1 : 2);
            case "YEAR" -> Integer.toString(year);
            default -> year + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        };
    }
}
