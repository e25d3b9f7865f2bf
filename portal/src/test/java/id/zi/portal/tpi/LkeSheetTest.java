package id.zi.portal.tpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LkeSheetTest {

    private static LkeSheet sheet() {
        List<JsonNode> items = new ArrayList<>();
        TpiJson.items().forEach(items::add);
        List<JsonNode> rows = new ArrayList<>();
        TpiJson.coverageRows().forEach(rows::add);
        return LkeSheet.of(TpiJson.assessment(), "DPMPTSP Kota Magelang", items, rows);
    }

    @Test
    void questionsAreGroupedByAreaAndSubAreaInCatalogOrder() {
        LkeSheet sheet = sheet();
        assertThat(sheet.sections()).extracting(LkeSheet.Section::id).containsExactly("A.I.1", "A.II.1", "B.I");
        assertThat(sheet.sections().get(0).parentName()).isEqualTo("Pemenuhan");
        assertThat(sheet.sections().get(0).subAreas()).singleElement().satisfies(subArea -> {
            assertThat(subArea.id()).isEqualTo("A.I.1.i");
            assertThat(subArea.name()).isEqualTo("Penyusunan Tim Kerja");
            assertThat(subArea.evidence()).as("the evidence of plan row R1, whose indicator is the sub-area")
                    .extracting(LkeSheet.Evidence::id).containsExactly("ev-1");
        });
        assertThat(sheet.sections().get(2).subAreas()).singleElement().satisfies(subArea -> assertThat(subArea.id()).isEqualTo("B.I"));
    }

    @Test
    void eachQuestionHasBothSidesTheTpiFormAndItsEvidence() {
        LkeSheet.Question choice = sheet().question("A.I.1.i.a");
        assertThat(choice.kind()).isEqualTo(LkeSheet.CHOICE);
        assertThat(choice.self().shown()).as("the option's label").isEqualTo("Ya");
        assertThat(choice.tpi().shown()).isEqualTo("Tidak");
        assertThat(choice.form()).containsEntry("answer", "Tidak");
        assertThat(choice.tpi().evidenceIds()).containsExactly("ev-9");
        assertThat(choice.evidence()).as("both entries' evidence, then the items linked to the question")
                .extracting(LkeSheet.Evidence::id).containsExactly("ev-1", "ev-9", "ev-2");
        assertThat(choice.evidence().get(0).state()).isEqualTo("PENDING");
        assertThat(choice.evidence().get(1).title()).isEqualTo("Foto rapat");

        LkeSheet.Question percent = sheet().question("A.II.1.i.a");
        assertThat(percent.kind()).isEqualTo(LkeSheet.PERCENT);
        assertThat(percent.self().shown()).isEqualTo("Jumlah Agen Perubahan: 4; Jumlah Perubahan yang dibuat: 2");
        assertThat(percent.tpi().answered()).isFalse();

        LkeSheet.Question index = sheet().question("B.I.a");
        assertThat(index.kind()).isEqualTo(LkeSheet.INDEX);
        assertThat(index.fromSurveys()).isEqualTo(new LkeSheet.FromSurveys(3.62, "RATIO_6_TO_4", List.of("2024-S1", "2024-S2")));
        assertThat(index.self().source()).isEqualTo("SURVEYS");
    }

    @Test
    void bothSidesAreScoredWithTheirFailedConditions() {
        LkeSheet sheet = sheet();
        assertThat(sheet.tpiVersion()).isEqualTo(1);
        assertThat(sheet.self().total()).isEqualTo(10.5);
        assertThat(sheet.tpi().total()).isEqualTo(4.25);
        assertThat(sheet.tpi().wbk()).isFalse();
        assertThat(sheet.tpi().wbkFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo("TOTAL");
            assertThat(failure.minimum()).isEqualTo(75.0);
        });
        assertThat(sheet.tpi().wbbmFailures()).extracting(LkeSheet.Failure::condition).containsExactly("PREDIKAT_WBK");
    }
}
