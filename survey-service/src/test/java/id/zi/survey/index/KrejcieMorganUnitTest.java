package id.zi.survey.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrejcieMorganUnitTest {

    record Row(long population, long sample) {
    }

    @Test
    void theFormulaReproducesEveryRowOfLampiranII() throws IOException {
        List<Row> table = lampiranII();
        assertThat(table).as("the regulation's table has 30 lines of three pairs").hasSize(90);
        assertThat(table).allSatisfy(row -> assertThat(KrejcieMorgan.minimumSample(row.population()))
                .as("N = %d", row.population()).isEqualTo(row.sample()));
    }

    @Test
    void betweenTheRowsTheSampleGrowsWithThePopulationAndNeverExceedsIt() {
        long previous = 0;
        for (long population = 1; population <= 20_000; population++) {
            long sample = KrejcieMorgan.minimumSample(population);
            assertThat(sample).isBetween(previous, population);
            previous = sample;
        }
        assertThat(KrejcieMorgan.minimumSample(1)).isEqualTo(1);
        assertThat(KrejcieMorgan.minimumSample(Long.MAX_VALUE / 2)).as("the limit λ²PQ/d²").isEqualTo(384);
    }

    @Test
    void aPopulationCountsAtLeastOneServiceUser() {
        for (long population : new long[] {0, -5}) {
            assertThatThrownBy(() -> KrejcieMorgan.minimumSample(population))
                    .isInstanceOfSatisfying(InvalidSurveyInput.class, rejected -> assertThat(rejected.field()).isEqualTo("population"));
        }
    }

    static List<Row> lampiranII() throws IOException {
        try (InputStream in = KrejcieMorganUnitTest.class.getResourceAsStream("/index/lampiran-ii-krejcie-morgan.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("population"))
                    .map(line -> line.split(","))
                    .map(cells -> new Row(Long.parseLong(cells[0].strip()), Long.parseLong(cells[1].strip())))
                    .toList();
        }
    }
}
