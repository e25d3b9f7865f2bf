package id.zi.portal.dashboard;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as the reader's language writes them: two decimals, comma as the decimal mark in Indonesian
 * ({@code 82,35}, {@code 1.234,50}) and a point in English ({@code 82.35}). A value the roll-up does not have
 * (no unit with a score yet) is a dash, never a zero. Not thread-safe: one per request.
 */
final class Numbers {

    static final String NONE = "–";

    private final DecimalFormat decimal;
    private final DecimalFormat integer;

    Numbers(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = new DecimalFormat("#,##0.00", symbols);
        this.decimal.setRoundingMode(RoundingMode.HALF_UP);
        this.integer = new DecimalFormat("#,##0", symbols);
    }

    String decimal(@Nullable Double value) {
        return value == null || value.isNaN() ? NONE : decimal.format(value);
    }

    /** A share of 0–1 as a percentage, e.g. 0.4567 → {@code 45,67 %}. */
    String share(@Nullable Double value) {
        return value == null || value.isNaN() ? NONE : decimal.format(value * 100) + " %";
    }

    /** A value that already is a percentage (the monev realisation), e.g. 62.5 → {@code 62,50 %}. */
    String percent(@Nullable Double value) {
        return value == null || value.isNaN() ? NONE : decimal.format(value) + " %";
    }

    String count(long value) {
        return integer.format(value);
    }
}
