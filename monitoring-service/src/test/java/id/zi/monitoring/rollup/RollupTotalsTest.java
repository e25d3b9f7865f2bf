package id.zi.monitoring.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.zi.monitoring.rollup.Facts.Coverage;
import id.zi.monitoring.rollup.Facts.Element;
import id.zi.monitoring.rollup.Facts.Lke;
import id.zi.monitoring.rollup.Facts.Monev;
import id.zi.monitoring.rollup.Facts.Placement;
import id.zi.monitoring.rollup.Facts.Plan;
import id.zi.monitoring.rollup.Facts.Survey;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The aggregation rules across units: pooled ratios beside plain means, score bins, coverage share. */
class RollupTotalsTest {

    private static final List<String> CODES = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

    @Test
    void ikmIsPooledFromAllResponsesAndTheMeanOfUnitIkmsStandsBesideIt() {
        // a small unit where everyone answers 4 and a large one where everyone answers 2
        RollupTotals totals = new RollupTotals(2026, "2026-Q1");
        totals.add(unit("a", List.of(skm("2026-Q1", 10, 4))), false);
        totals.add(unit("b", List.of(skm("2026-Q1", 30, 2))), false);

        RollupView.IkmView ikm = totals.summary().ikm();
        // pooled: every element's NRR is (10×4 + 30×2) / 40 = 2.5, so IKM 62.5; each unit weighs the same in the mean
        assertThat(ikm.pooled()).isCloseTo(62.5, within(1e-9));
        assertThat(ikm.meanOfUnits()).isCloseTo(75.0, within(1e-9));
        assertThat(ikm.respondents()).isEqualTo(40);
        assertThat(ikm.units()).isEqualTo(2);
        assertThat(ikm.labels()).containsKeys("pooled", "meanOfUnits");
    }

    @Test
    void aUnitWithTwoServicesCountsOnceInTheMeanWithItsOwnPooledIkm() {
        RollupTotals totals = new RollupTotals(2026, null);
        totals.add(unit("a", List.of(skm("2026-Q1", 10, 4), skm("2026-Q2", 10, 2))), false);
        totals.add(unit("b", List.of(skm("2025-Q4", 10, 1))), false); // another year: not counted

        RollupView.IkmView ikm = totals.summary().ikm();
        assertThat(ikm.units()).isEqualTo(1);
        assertThat(ikm.pooled()).isCloseTo(75.0, within(1e-9));
        assertThat(ikm.meanOfUnits()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void ipakPoolsTheConvertedStatementsByTheirAnswers() {
        RollupTotals totals = new RollupTotals(2026, null);
        totals.add(unit("a", List.of(index("SPAK", 10, 4.0))), false);
        totals.add(unit("b", List.of(index("SPAK", 30, 3.0))), false);

        RollupView.IndexView ipak = totals.summary().ipak();
        assertThat(ipak.pooled()).isCloseTo((10 * 4.0 + 30 * 3.0) / 40, within(1e-9));
        assertThat(ipak.meanOfUnits()).isCloseTo(3.5, within(1e-9));
        assertThat(ipak.scalePolicies()).containsExactly("RATIO_6_TO_4");
        assertThat(totals.summary().ipkp().pooled()).isNull();
    }

    @Test
    void aNodesTotalsMergedFromItsChildrenEqualTheTotalsOfAllItsUnitsAddedOneByOne() {
        List<Placement> east = List.of(unit("a", List.of(skm("2026-Q1", 10, 4), index("SPAK", 10, 4.0))), lke("b", 82.5, true),
                unit("c", List.of(skm("2026-Q1", 30, 2))));
        List<Placement> west = List.of(lke("d", 59.9, false), unit("e", List.of(index("SPAK", 30, 3.0), skm("2026-Q1", 5, 3))));
        RollupTotals oneByOne = new RollupTotals(2026, null);
        RollupTotals eastTotals = new RollupTotals(2026, null);
        RollupTotals westTotals = new RollupTotals(2026, null);
        east.forEach(placement -> {
            oneByOne.add(placement, false);
            eastTotals.add(placement, false);
        });
        west.forEach(placement -> {
            oneByOne.add(placement, false);
            westTotals.add(placement, false);
        });
        RollupTotals merged = new RollupTotals(2026, null);
        merged.merge(eastTotals);
        merged.merge(westTotals);

        RollupView.Summary expected = oneByOne.summary();
        RollupView.Summary actual = merged.summary();
        assertThat(actual.units()).isEqualTo(expected.units());
        assertThat(actual.planStatus()).isEqualTo(expected.planStatus());
        assertThat(actual.lke()).isEqualTo(expected.lke());
        assertThat(actual.ikm().pooled()).isCloseTo(expected.ikm().pooled(), within(1e-12));
        assertThat(actual.ikm().meanOfUnits()).isCloseTo(expected.ikm().meanOfUnits(), within(1e-12));
        assertThat(actual.ikm().respondents()).isEqualTo(45);
        assertThat(actual.ipak().pooled()).isCloseTo(expected.ipak().pooled(), within(1e-12));
        assertThat(actual.ipak().meanOfUnits()).isCloseTo(3.5, within(1e-12));
        assertThat(eastTotals.summary().ikm().respondents()).as("a merged child is only read").isEqualTo(40);
    }

    @Test
    void scoresFallInBinsOfTenWithOneHundredInTheLast() {
        assertThat(RollupTotals.bin(0)).isZero();
        assertThat(RollupTotals.bin(9.999)).isZero();
        assertThat(RollupTotals.bin(10)).isEqualTo(1);
        assertThat(RollupTotals.bin(74.99)).isEqualTo(7);
        assertThat(RollupTotals.bin(75)).isEqualTo(7);
        assertThat(RollupTotals.bin(90)).isEqualTo(9);
        assertThat(RollupTotals.bin(100)).isEqualTo(9);

        RollupTotals totals = new RollupTotals(2026, null);
        totals.add(lke("a", 82.5, true), false);
        totals.add(lke("b", 100, true), false);
        totals.add(lke("c", 59.9, false), false);
        RollupView.ScoresView tpi = totals.summary().lke().tpi();
        assertThat(tpi.bins().stream().map(RollupView.Bin::units).toList()).containsExactly(0, 0, 0, 0, 0, 1, 0, 0, 1, 1);
        assertThat(tpi.bins().get(9).from()).isEqualTo(90);
        assertThat(tpi.mean()).isCloseTo((82.5 + 100 + 59.9) / 3, within(1e-9));
        assertThat(tpi.wbkReady()).isEqualTo(2);
        assertThat(totals.summary().lke().self().units()).isZero();
        assertThat(totals.summary().lke().self().mean()).isNull();
    }

    @Test
    void coverageShareIsAcceptedOverRequiredAcrossUnits() {
        RollupTotals totals = new RollupTotals(2026, null);
        totals.add(plan("a", new Coverage(4, 3, 1, 0, 0)), false);
        totals.add(plan("b", new Coverage(6, 0, 1, 2, 3)), false);
        RollupView.CoverageView coverage = totals.summary().evidenceCoverage();
        assertThat(coverage.required()).isEqualTo(10);
        assertThat(coverage.accepted()).isEqualTo(3);
        assertThat(coverage.share()).isCloseTo(0.3, within(1e-12)); // not the mean of 0.75 and 0
        assertThat(coverage.missing()).isEqualTo(3);
        assertThat(totals.summary().planStatus()).containsEntry("PUBLISHED", 2);
    }

    @Test
    void aUnitCountsEachRequirementOnceInItsBestState() {
        List<Document> rows = List.of(new Document("rowId", "R1").append("kinds", List.of("SK", "FOTO")),
                new Document("rowId", "R2").append("kinds", List.of("LAPORAN")), new Document("rowId", "R3").append("kinds", List.of("SK")));
        Document evidence = new Document()
                .append("e1", item("SK", "CHANGES_REQUESTED", List.of("R1"), false))
                .append("e2", item("SK", "ACCEPTED", List.of("R1"), false))
                .append("e3", item("LAPORAN", "PENDING", List.of("R2"), false))
                .append("e4", item("SK", "ACCEPTED", List.of("R3"), true)) // deleted: no longer counts
                .append("e5", item("FOTO", "REJECTED", List.of("R1"), false));
        assertThat(UnitEntry.coverage(rows, evidence)).isEqualTo(new Coverage(4, 1, 1, 1, 1));
    }

    @Test
    void realisationIsPooledOverRowsAndTheUnitsUnitMeanStandsBeside() {
        RollupTotals totals = new RollupTotals(2026, "2026-Q1");
        totals.add(monev("a", 340, 4, "APPROVED"), false);
        totals.add(monev("b", 50, 2, "SUBMITTED"), false);
        RollupView.RealisationView realisation = totals.summary().monevRealisation();
        assertThat(realisation.pooled()).isCloseTo(390.0 / 6, within(1e-9));
        assertThat(realisation.meanOfUnits()).isCloseTo((85.0 + 25.0) / 2, within(1e-9));
        assertThat(realisation.approved()).isEqualTo(1);
    }

    @Test
    void aUnitWithoutAPlanCountsAsNoneUnlessItsPlanCountsElsewhere() {
        RollupTotals totals = new RollupTotals(2026, null);
        totals.add(new Placement("a", "/id/99/a", true, true, List.of(), List.of(), List.of(), List.of()), false);
        totals.add(new Placement("b", "/id/99/b", true, true, List.of(), List.of(), List.of(), List.of()), true);
        assertThat(totals.summary().units()).isEqualTo(2);
        assertThat(totals.summary().planStatus()).containsExactly(java.util.Map.entry("NONE", 1));
    }

    private static Placement unit(String id, List<Survey> surveys) {
        return new Placement(id, "/id/99/" + id, true, true, List.of(), List.of(), List.of(), surveys);
    }

    private static Placement lke(String id, double total, boolean wbk) {
        return new Placement(id, "/id/99/" + id, true, true, List.of(), List.of(), List.of(new Lke(2026, "TPI", total, wbk, false)), List.of());
    }

    private static Placement plan(String id, Coverage coverage) {
        return new Placement(id, "/id/99/" + id, true, true, List.of(new Plan(2026, "PUBLISHED", coverage)), List.of(), List.of(), List.of());
    }

    private static Placement monev(String id, long numerator, long denominator, String status) {
        return new Placement(id, "/id/99/" + id, true, true, List.of(),
                List.of(new Monev("2026-Q1", 2026, "2026-03-31", status, numerator, denominator)), List.of(), List.of());
    }

    private static Survey skm(String period, int respondents, int everyAnswer) {
        List<Element> elements = new ArrayList<>();
        for (String code : CODES) {
            elements.add(new Element(code, 1.0 / 9, (long) respondents * everyAnswer, respondents, 0));
        }
        return new Survey(period, Integer.parseInt(period.substring(0, 4)), "SKM", respondents, elements, everyAnswer, "EXACT");
    }

    private static Survey index(String instrument, int respondents, double converted) {
        List<Element> elements = List.of(new Element("P1", 0.5, 0, respondents, converted), new Element("P2", 0.5, 0, respondents, converted));
        return new Survey("2026-S1", 2026, instrument, respondents, elements, converted, "RATIO_6_TO_4");
    }

    private static Document item(String kind, String state, List<String> rows, boolean deleted) {
        return new Document("kind", kind).append("state", state).append("rows", rows).append("deleted", deleted);
    }
}
