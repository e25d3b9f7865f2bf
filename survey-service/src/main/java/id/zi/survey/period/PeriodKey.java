package id.zi.survey.period;

import id.zi.survey.index.InvalidSurveyInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period named the way units write it: {@code 2026-Q1} (January–March), {@code 2026-S2}
 * (July–December) or {@code 2026} (the whole year). A response belongs to the period holding the month
 * it was given in, counted in Indonesian western time.
 *
 * @param number the quarter (1–4) or semester (1–2) within the year; 1 for a year
 */
public record PeriodKey(int year, Periodicity kind, int number) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-([QS])([1-4]))?");

    public PeriodKey {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("a survey year lies between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException("a year has " + kind.perYear() + " " + kind.name().toLowerCase() + "s, not " + number);
        }
    }

    /**
     * @param field names the input in the problem when {@code text} is not a period key
     */
    public static PeriodKey parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidSurveyInput(field, "name the period: a quarter as 2026-Q1, a semester as 2026-S1 or a year as 2026");
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new InvalidSurveyInput(field, "'" + text + "' is not a period: write a quarter as 2026-Q1, a semester as 2026-S1, a year as 2026");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidSurveyInput(field, "a survey year lies between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year);
        }
        if (matcher.group(2) == null) {
            return new PeriodKey(year, Periodicity.YEAR, 1);
        }
        Periodicity kind = matcher.group(2).equals("Q") ? Periodicity.QUARTER : Periodicity.SEMESTER;
        int number = Integer.parseInt(matcher.group(3));
        if (number > kind.perYear()) {
            throw new InvalidSurveyInput(field, "a year has two semesters: S1 (January–June) and S2 (July–December), not S" + number);
        }
        return new PeriodKey(year, kind, number);
    }

    /** The period of {@code kind} that holds {@code month}. */
    public static PeriodKey of(YearMonth month, Periodicity kind) {
        return new PeriodKey(month.getYear(), kind, (month.getMonthValue() - 1) / kind.months() + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * kind.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    public LocalDate from() {
        return firstMonth().atDay(1);
    }

    public LocalDate to() {
        return lastMonth().atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = firstMonth(); !month.isAfter(lastMonth()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    /** The quarter number when this is a quarter, else null. */
    public @Nullable Integer quarter() {
        return kind == Periodicity.QUARTER ? number : null;
    }

    /** The semester number when this is a semester, else null. */
    public @Nullable Integer semester() {
        return kind == Periodicity.SEMESTER ? number : null;
    }

    /**
     * The last three calendar months up to the end of this period, or up to {@code asOf} while the period
     * is still running: the window SE MenPANRB 04/2023 averages IPAK and IPKP over ("minimal 3 bulan
     * terakhir"). It may reach back before the period when the period has just begun.
     */
    public List<YearMonth> lastThreeMonths(YearMonth asOf) {
        YearMonth end = asOf.isBefore(lastMonth()) && !asOf.isBefore(firstMonth()) ? asOf : lastMonth();
        return List.of(end.minusMonths(2), end.minusMonths(1), end);
    }

    @Override
    public String toString() {
        return kind == Periodicity.YEAR ? Integer.toString(year) : year + "-" + kind.marker() + number;
    }
}
