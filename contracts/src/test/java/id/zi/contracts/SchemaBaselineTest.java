package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds every published schema to its committed snapshot in {@code src/test/resources/schema-baseline/}. When
 * this fails, the change would break consumers: add an optional property instead, or publish a new version.
 * After a compatible change, copy the schema over its baseline in the same commit.
 */
class SchemaBaselineTest {

    static Stream<Path> baselines() {
        return ContractFiles.jsonFiles(ContractFiles.baselineDir()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselines")
    void schemaStaysCompatibleWithItsBaseline(Path baseline) {
        Path current = ContractFiles.schemasDir().resolve(baseline.getFileName().toString());
        assertThat(current).as("schema %s was published and may not disappear", baseline.getFileName()).isRegularFile();

        List<String> breaking = SchemaCompatibility.breakingChanges(ContractFiles.readJson(baseline),
                ContractFiles.readJson(current));

        assertThat(breaking).as("breaking changes in %s", baseline.getFileName()).isEmpty();
    }

    @Test
    void everySchemaHasABaseline() {
        assertThat(ContractFiles.jsonFiles(ContractFiles.schemasDir())).allSatisfy(schema -> assertThat(
                Files.isRegularFile(ContractFiles.baselineDir().resolve(schema.getFileName().toString())))
                .as("copy %s to src/test/resources/schema-baseline/", schema.getFileName())
                .isTrue());
    }
}
