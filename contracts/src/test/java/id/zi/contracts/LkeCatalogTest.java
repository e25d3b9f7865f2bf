package id.zi.contracts;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every LKE catalog in {@code catalog/} is valid against the catalog schema and keeps the catalog rules. */
class LkeCatalogTest {

    private static final Schema SCHEMA = ContractFiles.schema(ContractFiles.readJson(ContractFiles.catalogSchema()));

    static Stream<Path> catalogs() {
        return ContractFiles.catalogs().stream();
    }

    @Test
    void thereIsACatalog() {
        assertThat(ContractFiles.catalogs()).extracting(file -> file.getFileName().toString())
                .contains("lke-permenpanrb-90-2021.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void validatesAgainstTheCatalogSchema(Path catalog) {
        List<Error> errors = SCHEMA.validate(ContractFiles.readJson(catalog));

        assertThat(errors).extracting(error -> error.getInstanceLocation() + ": " + error.getMessage()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void keepsTheCatalogRules(Path catalog) {
        assertThat(LkeCatalogRules.problems(ContractFiles.readJson(catalog))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void isNamedAfterItsId(Path catalog) {
        String id = ContractFiles.readJson(catalog).path("id").asString();

        assertThat(catalog.getFileName().toString()).isEqualTo("lke-" + id + ".json");
    }

    @Test
    void catalogIdsAreUnique() {
        assertThat(ContractFiles.catalogs()).extracting(file -> ContractFiles.readJson(file).path("id").asString())
                .doesNotHaveDuplicates();
    }

    @Test
    void schemaRejectsAnUnknownAnswerTypeAndANodeWithoutWeight() {
        JsonNode broken = catalog90();
        ((ObjectNode) LkeCatalogRules.byId(broken).get("A.I.1.i.a")).put("answerType", "SKALA_LIKERT");
        ((ObjectNode) LkeCatalogRules.byId(broken).get("A.I.2")).remove("weight");

        assertThat(messages(broken))
                .anySatisfy(text -> assertThat(text).contains("answerType").contains("enum"))
                .anySatisfy(text -> assertThat(text).contains("'weight'").contains("required"));
    }

    @Test
    void schemaRejectsAPercentQuestionWithoutItsRatio() {
        JsonNode broken = catalog90();
        ((ObjectNode) LkeCatalogRules.byId(broken).get("A.II.4.i.a")).remove("ratio");

        assertThat(messages(broken)).singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("'ratio'").contains("required");
    }

    @Test
    void schemaRejectsANodeWithBothChildrenAndQuestions() {
        JsonNode broken = catalog90();
        ObjectNode subArea = (ObjectNode) LkeCatalogRules.byId(broken).get("A.I.1.i");
        subArea.set("children", LkeCatalogRules.byId(broken).get("A.I.1").get("children").deepCopy());

        assertThat(messages(broken)).anySatisfy(text -> assertThat(text)
                .startsWith("/components/0/children/0/children/0/children/0:").contains("one and only one schema"));
    }

    @Test
    void schemaRejectsAQuestionWeightUnderAMeanNode() {
        JsonNode broken = catalog90();
        ((ObjectNode) LkeCatalogRules.byId(broken).get("A.I.1.i.a")).put("weight", 0.25);

        assertThat(messages(broken)).singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("/components/0/children/0/children/0/children/0/questions/0:").contains("weight");
    }

    private static List<String> messages(JsonNode catalog) {
        return SCHEMA.validate(catalog).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    static JsonNode catalog90() {
        return ContractFiles.readJson(ContractFiles.catalogDir().resolve("lke-permenpanrb-90-2021.json"));
    }
}
