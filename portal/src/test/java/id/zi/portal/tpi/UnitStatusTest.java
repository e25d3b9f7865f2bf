package id.zi.portal.tpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UnitStatusTest {

    @Test
    void eachUnitOfThePlanStatusListGetsTheFiguresOfTheOtherApisByUnitId() {
        JsonNode plans = TpiJson.parse("""
                {'year': 2024, 'scopePath': '/id/33/33.71', 'units': 2, 'byStatus': {'DRAFT': 1, 'none': 1}, 'unitsStatus': [
                 {'unitId': '33.71.dpmptsp', 'unitName': 'DPMPTSP Kota Magelang', 'orgPath': '/id/33/33.71/33.71.dpmptsp',
                  'planId': '33.71.dpmptsp:2024', 'status': 'DRAFT', 'revision': 1, 'rows': 66},
                 {'unitId': '33.71.dinkes', 'unitName': 'Dinas Kesehatan', 'orgPath': '/id/33/33.71/33.71.dinkes', 'planId': null,
                  'status': null, 'revision': null, 'rows': null}]}
                """);
        JsonNode coverage = TpiJson.parse("""
                {'perUnit': [{'unitId': '33.71.dpmptsp', 'summary': {'required': 150, 'accepted': 15, 'missing': 130, 'acceptedShare': 0.1}}]}
                """);
        List<JsonNode> pending = new ArrayList<>();
        TpiJson.items().forEach(item -> pending.add(item));
        JsonNode monevs = TpiJson.parse("""
                [{'id': '33.71.dpmptsp:2024-Q1', 'unitId': '33.71.dpmptsp', 'period': '2024-Q1', 'status': 'APPROVED'},
                 {'id': '33.71.dpmptsp:2024-Q2', 'unitId': '33.71.dpmptsp', 'period': '2024-Q2', 'status': 'SUBMITTED'}]
                """);
        JsonNode self = TpiJson.parse("{'units': [{'rank': 1, 'unitId': '33.71.dpmptsp', 'value': 71.5}]}");

        List<UnitStatus> units = UnitStatus.merge(plans, coverage, pending, monevs, self, null);

        assertThat(units).hasSize(2);
        UnitStatus dpmptsp = units.get(0);
        assertThat(dpmptsp.planStatus()).isEqualTo("DRAFT");
        assertThat(dpmptsp.planRows()).isEqualTo(66);
        assertThat(dpmptsp.pendingReview()).isEqualTo(2);
        assertThat(dpmptsp.acceptedShare()).isEqualTo(0.1);
        assertThat(dpmptsp.monevId()).as("the latest period").isEqualTo("33.71.dpmptsp:2024-Q2");
        assertThat(dpmptsp.monevStatus()).isEqualTo("SUBMITTED");
        assertThat(dpmptsp.lkeSelf()).isEqualTo(71.5);
        assertThat(dpmptsp.lkeTpi()).isNull();
        UnitStatus dinkes = units.get(1);
        assertThat(dinkes.planStatus()).isNull();
        assertThat(dinkes.pendingReview()).isZero();
        assertThat(dinkes.acceptedShare()).isNull();
        assertThat(dinkes.monevId()).isNull();
    }
}
