package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each catalog rule catches its kind of mistake in an otherwise correct catalog. */
class LkeCatalogRulesTest {

    private final JsonNode catalog = LkeCatalogTest.catalog90();

    private ObjectNode node(String id) {
        return (ObjectNode) LkeCatalogRules.byId(catalog).get(id);
    }

    @Test
    void theUnchangedCatalogHasNoProblems() {
        assertThat(LkeCatalogRules.problems(catalog)).isEmpty();
    }

    @Test
    void aSubAreaWeightThatBreaksItsAreaSumIsReported() {
        node("A.I.1.i").put("weight", 0.6);

        assertThat(LkeCatalogRules.problems(catalog)).anySatisfy(problem -> assertThat(problem)
                .startsWith("A.I.1 children").contains("4.1").contains("4.0"));
    }

    @Test
    void aComponentWeightThatBreaksTheTotalIsReported() {
        node("B").put("weight", 41.0);
        node("B.II").put("weight", 18.5);
        node("B.II.a").put("weight", 18.5);

        assertThat(LkeCatalogRules.problems(catalog)).containsExactly(
                "catalog total: weights sum to 101.0 but should be 100.0");
    }

    @Test
    void hasilQuestionWeightsMustSumToTheirCriterion() {
        node("B.I.b").put("weight", 4.0);

        assertThat(LkeCatalogRules.problems(catalog)).containsExactly(
                "B.I question weights: weights sum to 21.5 but should be 22.5");
    }

    @Test
    void questionsOutOfPlaceAreReported() {
        ArrayNode questions = (ArrayNode) node("A.I.1.ii").get("questions");
        JsonNode first = questions.remove(0);
        questions.add(first);

        assertThat(LkeCatalogRules.problems(catalog))
                .contains("A.I.1.ii.b: at this place in the tree the id should be A.I.1.ii.a")
                .contains("A.I.1.ii.a: at this place in the tree the id should be A.I.1.ii.c");
    }

    @Test
    void aDuplicateIdIsReported() {
        node("A.I.1.ii.c").put("id", "A.I.1.ii.b");

        assertThat(LkeCatalogRules.problems(catalog)).contains("A.I.1.ii.b: id used twice");
    }

    @Test
    void aWrongKindForTheDepthIsReported() {
        node("A.I.3").put("kind", "SUB_AREA");

        assertThat(LkeCatalogRules.problems(catalog)).contains("A.I.3: kind SUB_AREA at depth 3, expected AREA");
    }

    @Test
    void anAnswerTypeWithoutScaleIsReported() {
        ((ObjectNode) catalog.get("answerScales")).remove("ABCDE");

        assertThat(LkeCatalogRules.problems(catalog))
                .contains("A.I.2.i.b: answer type ABCDE has no scale in answerScales");
    }

    @Test
    void aCriterionForAnOptionTheScaleLacksIsReported() {
        ((ObjectNode) node("A.I.1.i.b").get("criteria").get(2)).put("option", "D");

        assertThat(LkeCatalogRules.problems(catalog))
                .containsExactly("A.I.1.i.b: criterion for option D which scale ABC does not have");
    }

    @Test
    void ratiosMustNameDeclaredInputsAndUseEveryOtherInput() {
        ObjectNode ratio = (ObjectNode) node("A.II.4.i.a").get("ratio");
        ((ArrayNode) ratio.get("numerator").get("plus")).set(0, "jumlahSasaranTercapaiTypo");

        assertThat(LkeCatalogRules.problems(catalog)).containsExactlyInAnyOrder(
                "A.II.4.i.a: ratio numerator names input jumlahSasaranTercapaiTypo which is not declared",
                "A.II.4.i.a: input jumlahSasaranTercapai is unused by the ratio and not marked informational");
    }

    @Test
    void anInformationalInputTheRatioUsesIsReported() {
        ObjectNode ratio = (ObjectNode) node("A.II.5.ii.a").get("ratio");
        ((ArrayNode) ratio.get("numerator").get("plus")).add("pengaduanSedangDiproses");

        assertThat(LkeCatalogRules.problems(catalog)).containsExactly(
                "A.II.5.ii.a: input pengaduanSedangDiproses is informational but the ratio uses it");
    }
}
