package id.zi.portal.tpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReviewRowTest {

    @Test
    void aRowNamesItsCurrentFileAndThePlanRowsItIsFor() {
        Map<String, JsonNode> rows = new HashMap<>();
        TpiJson.coverageRows().forEach(row -> rows.put(row.path("rowId").asString(), row));
        ReviewRow row = ReviewRow.of(TpiJson.items().get(0), Map.of("33.71.dpmptsp", "DPMPTSP Kota Magelang"),
                Map.of("33.71.dpmptsp:2024", rows));
        assertThat(row.unitName()).isEqualTo("DPMPTSP Kota Magelang");
        assertThat(row.fileName()).as("the current version's").isEqualTo("sk-ttd.pdf");
        assertThat(row.previewable()).isTrue();
        assertThat(row.pending()).isTrue();
        assertThat(row.version()).isEqualTo(4);
        assertThat(row.rows()).containsExactly(new ReviewRow.PlanRowRef("R1", 1, "A.I.1.i", "Penyusunan Tim Kerja"));
        assertThat(row.inArea(1)).isTrue();
        assertThat(row.inArea(2)).isFalse();
    }

    @Test
    void aReviewedRowKeepsItsReasonAndAnUnknownRowStaysByItsId() {
        ReviewRow row = ReviewRow.of(TpiJson.items().get(1), Map.of(), Map.of());
        assertThat(row.state()).isEqualTo("REJECTED");
        assertThat(row.reason()).isEqualTo("Foto buram");
        assertThat(row.unitName()).isEqualTo("33.71.dpmptsp");
        assertThat(row.rows()).containsExactly(new ReviewRow.PlanRowRef("R40", null, null, null));
        assertThat(row.lkeQuestions()).containsExactly("A.I.1.i.a");
    }

    @Test
    void filtersKeepOnlyKnownValuesAndDefaultToThePendingQueue() {
        ReviewController.Filters filters = new ReviewController.Filters("33.71.dpmptsp", 2024, 9, "BOGUS", null);
        assertThat(filters.state()).isEqualTo("PENDING");
        assertThat(filters.area()).isNull();
        assertThat(filters.kind()).isNull();
        assertThat(filters.apiQuery("/id/33/33.71")).isEqualTo("/api/evidence/items?orgPath=/id/33/33.71&unitId=33.71.dpmptsp&year=2024&state=PENDING");
        assertThat(new ReviewController.Filters(null, null, null, "SK", "ALL").apiQuery("/id")).isEqualTo("/api/evidence/items?orgPath=/id&kind=SK");
        assertThat(new ReviewController.Filters("a b", null, 2, null, "REJECTED").pageUrl()).isEqualTo("/tpi/reviu?area=2&state=REJECTED");
    }
}
