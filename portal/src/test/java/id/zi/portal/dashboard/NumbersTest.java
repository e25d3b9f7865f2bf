package id.zi.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    final Numbers indonesian = new Numbers(Locale.forLanguageTag("id"));
    final Numbers english = new Numbers(Locale.ENGLISH);

    @Test
    void twoDecimalsWithTheLanguagesMarks() {
        assertThat(indonesian.decimal(1234.5)).isEqualTo("1.234,50");
        assertThat(english.decimal(1234.5)).isEqualTo("1,234.50");
        assertThat(indonesian.decimal(85.125)).isEqualTo("85,13");
        assertThat(indonesian.decimal(0.0)).isEqualTo("0,00");
    }

    @Test
    void sharesAndPercentages() {
        assertThat(indonesian.share(0.45678)).isEqualTo("45,68 %");
        assertThat(english.percent(62.5)).isEqualTo("62.50 %");
        assertThat(indonesian.count(12345)).isEqualTo("12.345");
    }

    @Test
    void aMissingValueIsADashNotAZero() {
        assertThat(indonesian.decimal(null)).isEqualTo(Numbers.NONE);
        assertThat(indonesian.share(null)).isEqualTo(Numbers.NONE);
        assertThat(english.percent(Double.NaN)).isEqualTo(Numbers.NONE);
    }
}
