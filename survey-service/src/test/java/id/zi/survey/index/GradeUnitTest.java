package id.zi.survey.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tabel II of PermenPANRB 14/2017 at every printed edge, and inside the gaps between its bands. */
class GradeUnitTest {

    @ParameterizedTest(name = "IKM {0} is {1}")
    @CsvSource({
            "100.00, A, Sangat baik",
            "88.31,  A, Sangat baik",
            "88.305, A, Sangat baik",
            "88.3049999, B, Baik",
            "88.30,  B, Baik",
            "76.61,  B, Baik",
            "76.605, B, Baik",
            "76.6049, C, Kurang baik",
            "76.60,  C, Kurang baik",
            "65.00,  C, Kurang baik",
            "64.995, C, Kurang baik",
            "64.994, D, Tidak baik",
            "64.99,  D, Tidak baik",
            "25.00,  D, Tidak baik",
            "24.75,  D, Tidak baik"})
    void gradesTheIkmRoundedToTwoDecimalsByTheLowerBoundsOfTheBands(double ikm, Grade grade, String performance) {
        assertThat(Grade.of(ikm)).isEqualTo(grade);
        assertThat(Grade.of(ikm).performance()).isEqualTo(performance);
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"88.305, 88.31", "88.30499999999999, 88.31", "84.175, 84.18", "84.17499, 84.17", "80, 80.00"})
    void showsTwoDecimalsHalfUpWithoutBinaryNoiseDecidingTies(double value, String shown) {
        assertThat(Grade.twoDecimals(value)).hasToString(shown);
    }
}
