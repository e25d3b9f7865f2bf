package id.zi.monitoring.lke;

import static id.zi.monitoring.lke.LkeAnswers.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LkeCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsTheWholeTreeOfPermenpanrb90() {
        assertThat(CATALOG.id()).isEqualTo("permenpanrb-90-2021");
        assertThat(CATALOG.total()).isEqualByComparingTo("100");
        assertThat(CATALOG.questions()).hasSize(113);
        assertThat(CATALOG.pengungkit().weight()).isEqualByComparingTo("60");
        assertThat(CATALOG.hasil().weight()).isEqualByComparingTo("40");
        assertThat(CATALOG.surveyQuestion(LkeCatalog.IPAK).id()).isEqualTo("B.I.a");
        assertThat(CATALOG.surveyQuestion(LkeCatalog.IPKP).id()).isEqualTo("B.II.a");
        assertThat(CATALOG.performanceQuestion().id()).isEqualTo("B.I.b");
        // four levels below a component where the regulation nests them: A.II.5.iii LHKPN / LHKASN
        assertThat(CATALOG.nodeOf(CATALOG.question("A.II.5.iii.ii.a").orElseThrow()).id()).isEqualTo("A.II.5.iii.ii");
        assertThat(CATALOG.question("A.II.3.iii.a").orElseThrow().inputs()).extracting(LkeQuestion.Input::informational)
                .containsExactly(false, false, true);
    }

    @Test
    void refusesACatalogWhoseWeightsDoNotAddUp() {
        assertThatThrownBy(() -> LkeCatalog.read(changed(root -> node(root, 0, 0, 0, 0).put("weight", 0.75))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the children of A.I.1 weigh 4.25, not 4.0");
    }

    @Test
    void refusesARatioOverAnInputTheQuestionDoesNotHave() {
        assertThatThrownBy(() -> LkeCatalog.read(changed(root -> {
            ObjectNode question = (ObjectNode) node(root, 0, 1, 2, 2).path("questions").get(0);
            ((ObjectNode) question.path("ratio").path("numerator")).putArray("plus").add("jumlahLain");
        }))).isInstanceOf(IllegalStateException.class).hasMessageContaining("A.II.3.iii.a computes its ratio from jumlahLain");
    }

    /** components[c].children[i].children[j]… */
    private static ObjectNode node(JsonNode root, int component, int... path) {
        JsonNode node = root.path("components").get(component);
        for (int index : path) {
            node = node.path("children").get(index);
        }
        return (ObjectNode) node;
    }

    private static InputStream changed(Consumer<JsonNode> change) throws Exception {
        try (InputStream in = LkeCatalog.class.getClassLoader().getResourceAsStream(LkeCatalog.PERMENPANRB_90_2021)) {
            JsonNode root = JSON.readTree(in);
            change.accept(root);
            return new ByteArrayInputStream(JSON.writeValueAsBytes(root));
        }
    }
}
