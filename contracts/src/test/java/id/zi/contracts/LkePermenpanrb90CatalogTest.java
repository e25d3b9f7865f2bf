package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalog of PermenPANRB 90/2021 holds what the regulation prints: Lampiran II Tabel 3 and 4 for the weights,
 * Lampiran III for every sub-area and question, ZI-DOMAIN §5 for the answer values.
 */
class LkePermenpanrb90CatalogTest {

    /**
     * Each node that holds questions, with one character per question in printed order, counted by hand in
     * Lampiran III: Y = Ya/Tidak, 3 = A/B/C, 4 = A/B/C/D, 5 = A/B/C/D/E, % = percentage, I = survey index 0-4.
     * A missing, extra or retyped question changes a string here.
     */
    private static final Map<String, String> QUESTIONS = ordered(
            // A.I Pemenuhan: 12 + 9 + 18 + 11 + 18 + 19 = 87 questions
            "A.I.1.i", "Y3", "A.I.1.ii", "Y33", "A.I.1.iii", "444", "A.I.1.iv", "Y334",
            "A.I.2.i", "455", "A.I.2.ii", "3333", "A.I.2.iii", "33",
            "A.I.3.i", "Y4Y", "A.I.3.ii", "Y5Y", "A.I.3.iii", "Y44443", "A.I.3.iv", "445Y", "A.I.3.v", "4",
            "A.I.3.vi", "3",
            "A.I.4.i", "334", "A.I.4.ii", "YYY4Y3Y3",
            "A.I.5.i", "34", "A.I.5.ii", "5533", "A.I.5.iii", "3Y33", "A.I.5.iv", "333", "A.I.5.v", "44433",
            // 6.v is printed a, c, b: b (continuous improvement, A/B/C) is listed before c (database, Ya/Tidak)
            "A.I.6.i", "544Y", "A.I.6.ii", "544445", "A.I.6.iii", "533", "A.I.6.iv", "534", "A.I.6.v", "43Y",
            // A.II Reform: 4 + 6 + 3 + 3 + 4 + 3 = 23 questions
            "A.II.1.i", "%%", "A.II.1.ii", "5", "A.II.1.iii", "4",
            "A.II.2.i", "4", "A.II.2.ii", "33", "A.II.2.iii", "555",
            "A.II.3.i", "3", "A.II.3.ii", "3", "A.II.3.iii", "%",
            "A.II.4.i", "%", "A.II.4.ii", "4", "A.II.4.iii", "4",
            "A.II.5.i", "5", "A.II.5.ii", "%", "A.II.5.iii.i", "%", "A.II.5.iii.ii", "%",
            "A.II.6.i", "4%", "A.II.6.ii", "4",
            // B Hasil: 3 questions
            "B.I", "I5", "B.II", "I");

    private static final Map<String, String> TYPE_CODES = Map.of("YA_TIDAK", "Y", "ABC", "3", "ABCD", "4",
            "ABCDE", "5", "PERCENT", "%", "INDEX_0_4", "I");

    private final JsonNode catalog = LkeCatalogTest.catalog90();
    private final Map<String, JsonNode> byId = LkeCatalogRules.byId(catalog);

    @Test
    void identifiesItsRegulation() {
        assertThat(catalog.path("id").asString()).isEqualTo("permenpanrb-90-2021");
        assertThat(catalog.path("regulation").asString()).isEqualTo("PermenPANRB Nomor 90 Tahun 2021");
        assertThat(catalog.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void hasEveryQuestionOfLampiranIIIWithItsAnswerType() {
        Map<String, String> actual = new LinkedHashMap<>();
        LkeCatalogRules.questionHolders(catalog).forEach((id, node) -> actual.put(id,
                node.path("questions").values().stream()
                        .map(question -> TYPE_CODES.getOrDefault(question.path("answerType").asString(), "?"))
                        .collect(Collectors.joining())));

        assertThat(actual).containsExactlyEntriesOf(QUESTIONS);
    }

    @Test
    void countsQuestionsPerCriterion() {
        assertThat(questionsUnder("A.I")).isEqualTo(87);
        assertThat(questionsUnder("A.II")).isEqualTo(23);
        assertThat(questionsUnder("B")).isEqualTo(3);
        assertThat(questionsUnder("")).isEqualTo(113);
    }

    @Test
    void totalIsPengungkit60PlusHasil40() {
        assertThat(catalog.path("total").asDouble()).isEqualTo(100.0);
        assertWeight("A", 60.0);
        assertWeight("A.I", 30.0);
        assertWeight("A.II", 30.0);
        assertWeight("B", 40.0);
        assertThat(names("A", "A.I", "A.II", "B")).containsExactly("Pengungkit", "Pemenuhan", "Reform", "Hasil");
    }

    @Test
    void areaWeightsAreSplitHalfPemenuhanHalfReform() {
        Map<Integer, Double> areaWeights = Map.of(1, 8.0, 2, 7.0, 3, 10.0, 4, 10.0, 5, 15.0, 6, 10.0);

        areaWeights.forEach((area, weight) -> {
            JsonNode pemenuhan = byId.get("A.I." + area);
            JsonNode reform = byId.get("A.II." + area);
            assertThat(pemenuhan.path("weight").asDouble()).as("A.I.%d", area).isCloseTo(weight / 2, within(1e-9));
            assertThat(reform.path("weight").asDouble()).as("A.II.%d", area).isCloseTo(weight / 2, within(1e-9));
            assertThat(pemenuhan.path("area").asInt()).isEqualTo(area);
            assertThat(reform.path("area").asInt()).isEqualTo(area);
            assertThat(reform.path("name").asString()).isEqualTo(pemenuhan.path("name").asString());
        });
        assertThat(byId.get("A.I").path("children").size()).isEqualTo(6);
        assertThat(byId.get("A.II").path("children").size()).isEqualTo(6);
        assertThat(names("A.I.1", "A.I.2", "A.I.3", "A.I.4", "A.I.5", "A.I.6")).containsExactly(
                "Manajemen Perubahan", "Penataan Tatalaksana", "Penataan Sistem Manajemen SDM",
                "Penguatan Akuntabilitas Kinerja", "Penguatan Pengawasan", "Peningkatan Kualitas Pelayanan Publik");
    }

    @Test
    void hasilIsBersihDanAkuntabelPlusPelayananPrima() {
        assertWeight("B.I", 22.5);
        assertWeight("B.I.a", 17.5);
        assertWeight("B.I.b", 5.0);
        assertWeight("B.II", 17.5);
        assertWeight("B.II.a", 17.5);
        assertThat(byId.get("B.I.a").path("index").asString()).isEqualTo("IPAK");
        assertThat(byId.get("B.II.a").path("index").asString()).isEqualTo("IPKP");
        assertThat(byId.get("B.I").path("aggregation").asString()).isEqualTo("WEIGHTED");
        assertThat(byId.get("B.II").path("aggregation").asString()).isEqualTo("WEIGHTED");
    }

    @Test
    void answerScalesAreTheValuesOfZiDomain() {
        assertThat(values("YA_TIDAK")).containsExactly(Map.entry("YA", 1.0), Map.entry("TIDAK", 0.0));
        assertThat(values("ABC")).containsExactly(Map.entry("A", 1.0), Map.entry("B", 0.5), Map.entry("C", 0.0));
        assertThat(values("ABCD")).containsExactly(Map.entry("A", 1.0), Map.entry("B", 0.67), Map.entry("C", 0.33),
                Map.entry("D", 0.0));
        assertThat(values("ABCDE")).containsExactly(Map.entry("A", 1.0), Map.entry("B", 0.75), Map.entry("C", 0.5),
                Map.entry("D", 0.25), Map.entry("E", 0.0));
        JsonNode percent = catalog.at("/answerScales/PERCENT");
        assertThat(percent.path("kind").asString()).isEqualTo("RATIO");
        assertThat(percent.path("max").asDouble()).isEqualTo(1.0);
        JsonNode index = catalog.at("/answerScales/INDEX_0_4");
        assertThat(index.path("kind").asString()).isEqualTo("INDEX");
        assertThat(index.path("max").asDouble()).isEqualTo(4.0);
    }

    @Test
    void everyPrintedCriterionIsThere() {
        // The regulation prints criteria a-d only for B.I.b although its answer type is A/B/C/D/E.
        Map<String, List<String>> notPrinted = Map.of("B.I.b", List.of("E"));

        byId.forEach((id, node) -> {
            String type = node.path("answerType").asString();
            if (type.isEmpty() || type.equals("PERCENT") || type.equals("INDEX_0_4")) {
                return;
            }
            List<String> expected = type.equals("YA_TIDAK") ? List.of("YA")
                    : values(type).keySet().stream()
                            .filter(option -> !notPrinted.getOrDefault(id, List.of()).contains(option)).toList();
            assertThat(node.path("criteria").values()).as(id).extracting(criterion -> criterion.path("option").asString())
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void percentQuestionsComputeAsTheRegulationAndZiDomainSay() {
        assertRatio("A.II.1.i.a", List.of("jumlahPerubahan"), List.of(), List.of("jumlahAgenPerubahan"));
        assertRatio("A.II.1.i.b", List.of("jumlahPerubahanTerintegrasi"), List.of(), List.of("jumlahPerubahan"));
        assertRatio("A.II.3.iii.a", List.of("pelanggaranTahunSebelumnya"), List.of("pelanggaranTahunIni"),
                List.of("pelanggaranTahunSebelumnya"));
        assertRatio("A.II.4.i.a", List.of("jumlahSasaranTercapai"), List.of(), List.of("jumlahSasaranKinerja"));
        assertRatio("A.II.5.ii.a", List.of("pengaduanSelesaiDitindaklanjuti"), List.of(),
                List.of("pengaduanHarusDitindaklanjuti"));
        assertRatio("A.II.5.iii.i.a", List.of("sudahMelaporkan"), List.of(),
                List.of("kepalaSatuanKerja", "pejabatWajibLhkpn", "lainnya"));
        assertRatio("A.II.5.iii.ii.a", List.of("sudahMelaporkan"), List.of(),
                List.of("pejabatAdministrator", "pejabatPengawas", "fungsionalDanPelaksana"));
        assertRatio("A.II.6.i.b", List.of("jumlahPelayananDipermudah"), List.of(), List.of("jumlahPelayananTerdata"));
    }

    @Test
    void theFourthLevelIsTheLhkpnAndLhkasnSplit() {
        JsonNode lhk = byId.get("A.II.5.iii");

        assertThat(lhk.has("questions")).isFalse();
        assertThat(lhk.path("children").values()).extracting(child -> child.path("id").asString())
                .containsExactly("A.II.5.iii.i", "A.II.5.iii.ii");
        assertWeight("A.II.5.iii.i", 1.0);
        assertWeight("A.II.5.iii.ii", 1.0);
    }

    private void assertRatio(String id, List<String> plus, List<String> minus, List<String> denominator) {
        JsonNode ratio = byId.get(id).path("ratio");
        assertThat(strings(ratio.at("/numerator/plus"))).as(id + " numerator +").isEqualTo(plus);
        assertThat(strings(ratio.at("/numerator/minus"))).as(id + " numerator -").isEqualTo(minus);
        assertThat(strings(ratio.at("/denominator/plus"))).as(id + " denominator").isEqualTo(denominator);
        assertThat(strings(ratio.at("/denominator/minus"))).as(id + " denominator -").isEmpty();
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    private Map<String, Double> values(String scale) {
        Map<String, Double> values = new LinkedHashMap<>();
        catalog.path("answerScales").path(scale).path("options")
                .forEach(option -> values.put(option.path("code").asString(), option.path("value").asDouble()));
        return values;
    }

    private void assertWeight(String id, double weight) {
        assertThat(byId.get(id)).as(id).isNotNull();
        assertThat(byId.get(id).path("weight").asDouble()).as(id).isCloseTo(weight, within(1e-9));
    }

    private List<String> names(String... ids) {
        return List.of(ids).stream().map(id -> byId.get(id).path("name").asString()).toList();
    }

    private long questionsUnder(String prefix) {
        return LkeCatalogRules.questionHolders(catalog).entrySet().stream()
                .filter(holder -> prefix.isEmpty() || holder.getKey().equals(prefix)
                        || holder.getKey().startsWith(prefix + "."))
                .mapToLong(holder -> holder.getValue().path("questions").size()).sum();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
