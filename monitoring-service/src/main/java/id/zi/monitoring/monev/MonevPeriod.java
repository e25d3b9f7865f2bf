package id.zi.monitoring.monev;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a monev reports on, named the way units write it: {@code 2026-Q1} (Triwulan I, January to
 * March) by default, {@code 2026-S1} (Semester I, January to June) for a unit whose setting says semester.
 *
 * @param number the quarter (1-4) or semester (1-2) within {@code year}
 */
public record MonevPeriod(int year, Cadence cadence, int number) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-([QS])(\\d)");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    /** How often a unit holds its monev (ZI-DOMAIN §3: each quarter, or each semester). */
    public enum Cadence {
        QUARTER("Q", 3, "Triwulan"), SEMESTER("S", 6, "Semester");

        private final String letter;
        private final int months;
        private final String indonesian;

        Cadence(String letter, int months, String indonesian) {
            this.letter = letter;
            this.months = months;
            this.indonesian = indonesian;
        }

        public int perYear() {
            return 12 / months;
        }

        public int months() {
            return months;
        }
    }

    public MonevPeriod {
        if (cadence == null) {
            throw new MonevRuleViolation("period", "a period is a quarter or a semester");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new MonevRuleViolation("period", "a monev year lies between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year);
        }
        if (number < 1 || number > cadence.perYear()) {
            throw new MonevRuleViolation("period", "a year has " + cadence.perYear() + " " + cadence.name().toLowerCase() + "s, not "
                    + cadence.letter + number);
        }
    }

    /** @throws MonevRuleViolation naming {@code period} when the text is not a quarter or semester key */
    public static MonevPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MonevRuleViolation("period", "name the period: a quarter as 2026-Q1 or a semester as 2026-S1");
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new MonevRuleViolation("period", "'" + text + "' is not a period: write a quarter as 2026-Q1, a semester as 2026-S1");
        }
        Cadence cadence = matcher.group(2).equals("Q") ? Cadence.QUARTER : Cadence.SEMESTER;
        return new MonevPeriod(Integer.parseInt(matcher.group(1)), cadence, Integer.parseInt(matcher.group(3)));
    }

    /** The period of {@code cadence} holding {@code day}. */
    public static MonevPeriod of(LocalDate day, Cadence cadence) {
        return new MonevPeriod(day.getYear(), cadence, (day.getMonthValue() - 1) / cadence.months + 1);
    }

    public String key() {
        return year + "-" + cadence.letter + number;
    }

    /** 1-12: the first month of the period within its year. */
    public int firstMonth() {
        return (number - 1) * cadence.months + 1;
    }

    /** 1-12: the last month of the period; a plan row is due by the period when its schedule has a month up to this one. */
    public int lastMonth() {
        return number * cadence.months;
    }

    public LocalDate start() {
        return LocalDate.of(year, firstMonth(), 1);
    }

    public LocalDate end() {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    /** The last quarter (1-4) the period covers: evidence of a later quarter is not yet part of it. */
    public int lastQuarter() {
        return (lastMonth() - 1) / 3 + 1;
    }

    /** Whether a row with this schedule (months 1-12 of the period's year) has a step due by the period's end. */
    public boolean due(List<Integer> schedule) {
        return schedule.stream().anyMatch(month -> month != null && month <= lastMonth());
    }

    public boolean overlaps(MonevPeriod other) {
        return !other.end().isBefore(start()) && !other.start().isAfter(end());
    }

    /** Whether this period ends before {@code other} begins. */
    public boolean before(MonevPeriod other) {
        return end().isBefore(other.start());
    }

    /** e.g. {@code 202603} for 2026-Q1: sorts the periods of a unit by their end across years and cadences. */
    public int endIndex() {
        return year * 100 + lastMonth();
    }

    /** As printed on a report: "Triwulan I Tahun 2026". */
    public String indonesian() {
        return cadence.indonesian + " " + ROMAN.get(number - 1) + " Tahun " + year;
    }

    @Override
    public String toString() {
        return key();
    }
}
