package id.zi.evidence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LkeCatalogTest {

    final LkeCatalog catalog = LkeCatalog.load(JsonMapper.builder().build());

    @Test
    void pengungkitQuestionsAndSubAreasAreLinkableWithTheirAreaAndSubArea() {
        assertThat(catalog.node("A.I.1.i.a")).hasValueSatisfying(node -> {
            assertThat(node.area()).isEqualTo(1);
            assertThat(node.subAreaId()).isEqualTo("A.I.1.i");
            assertThat(node.subAreaName()).isEqualTo("Penyusunan Tim Kerja");
        });
        assertThat(catalog.node("A.I.6.iv")).hasValueSatisfying(node -> assertThat(node.area()).isEqualTo(6));
        assertThat(catalog.areaName(3)).isEqualTo("Penataan Sistem Manajemen SDM");
    }

    @Test
    void questionsNestedBelowASubAreaAreLinkableToo() {
        assertThat(catalog.node("A.II.5.iii.i.a")).hasValueSatisfying(node -> {
            assertThat(node.area()).isEqualTo(5);
            assertThat(node.subAreaId()).isEqualTo("A.II.5.iii");
        });
    }

    @Test
    void hasilIsMeasuredNotEvidencedAndUnknownIdsAreNotLinkable() {
        assertThat(catalog.node("B.I.a")).isEmpty();
        assertThat(catalog.node("A.I.9.i.a")).isEmpty();
    }
}
