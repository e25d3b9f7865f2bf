package id.zi.survey.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Mutu pelayanan and kinerja unit pelayanan by the converted IKM (PermenPANRB 14/2017, Tabel II). The
 * printed bands leave gaps (88.30 to 88.31, 76.60 to 76.61, 64.99 to 65.00), so the IKM is rounded to the
 * two decimals the table is printed in and classified by lower bounds: 88.304 is B, 88.305 is A.
 */
public enum Grade {

    A("Sangat baik", "88.31"),
    B("Baik", "76.61"),
    C("Kurang baik", "65.00"),
    D("Tidak baik", "25.00");

    private final String performance;
    private final BigDecimal lowerBound;

    Grade(String performance, String lowerBound) {
        this.performance = performance;
        this.lowerBound = new BigDecimal(lowerBound);
    }

    /** The unit's performance as the regulation labels it. */
    public String performance() {
        return performance;
    }

    public static Grade of(double ikm) {
        BigDecimal shown = twoDecimals(ikm);
        for (Grade grade : values()) {
            if (shown.compareTo(grade.lowerBound) >= 0) {
                return grade;
            }
        }
        // Below 25.00 only the literal weights reach (nine answers of 1 at 0.11 give 24.75): still the lowest band.
        return D;
    }

    /**
     * The value as shown, half-up to two decimals. Binary arithmetic leaves noise around 1e-14 (88.305 may be
     * held as 88.30499999999999); it is cleared at nine decimals first so that noise never decides a tie.
     */
    public static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_EVEN).setScale(2, RoundingMode.HALF_UP);
    }
}
