package id.zi.survey.index;

import static id.zi.survey.index.SkmIndexUnitTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkmInstrumentUnitTest {

    @Test
    void theRegulationsInstrumentHasNineElementsOfEqualWeight() {
        SkmInstrument nine = SkmInstrument.permenpanrb14of2017();

        assertThat(nine.elements()).extracting(SkmElement::code).containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
        assertThat(nine.elements()).extracting(SkmElement::name).containsExactly("Persyaratan", "Sistem, Mekanisme, dan Prosedur",
                "Waktu Penyelesaian", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
                "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan prasarana");
        assertThat(nine.elements()).allSatisfy(element -> assertThat(element.weight()).isEqualTo(1.0 / 9));
        assertThat(nine.equallyWeighted()).isTrue();
    }

    @Test
    void aUnitWithFreeServicesReplacesU4AndKeepsEqualWeights() {
        List<SkmInstrument.Definition> definitions = new ArrayList<>();
        for (String code : List.of("U1", "U2", "U3", "U5", "U6", "U7", "U8", "U9")) {
            definitions.add(new SkmInstrument.Definition(code, null, null));
        }
        definitions.add(3, new SkmInstrument.Definition("X4", "Kejelasan informasi layanan gratis", null));

        SkmInstrument free = SkmInstrument.adapted(definitions);

        assertThat(free.codes()).containsExactly("U1", "U2", "U3", "X4", "U5", "U6", "U7", "U8", "U9");
        assertThat(free.element("U5").orElseThrow().name()).isEqualTo("Produk Spesifikasi Jenis Pelayanan");
        assertThat(free.equallyWeighted()).isTrue();
    }

    @Test
    void weightsTypedToSixDecimalsSumToOneButThePrintedRoundingDoesNot() {
        List<SkmInstrument.Definition> typedByHand = new ArrayList<>();
        SkmInstrument.permenpanrb14of2017().codes().forEach(code -> typedByHand.add(new SkmInstrument.Definition(code, null, 0.111111)));
        assertThat(SkmInstrument.adapted(typedByHand).elements()).hasSize(9);

        List<SkmInstrument.Definition> printed = new ArrayList<>();
        SkmInstrument.permenpanrb14of2017().codes().forEach(code -> printed.add(new SkmInstrument.Definition(code, null, 0.11)));
        assertField(() -> SkmInstrument.adapted(printed), "adaptedElements");
    }

    @Test
    void anAdaptationKeepsTheElementsTheRegulationDoesNotLetAUnitReplace() {
        List<SkmInstrument.Definition> withoutU3 = new ArrayList<>();
        for (String code : List.of("U1", "U2", "U4", "U5", "U6", "U7", "U8", "U9")) {
            withoutU3.add(new SkmInstrument.Definition(code, null, null));
        }
        assertField(() -> SkmInstrument.adapted(withoutU3), "adaptedElements");
    }

    @Test
    void eachDefinitionIsCheckedWhereItStands() {
        List<SkmInstrument.Definition> base = new ArrayList<>();
        SkmInstrument.permenpanrb14of2017().codes().forEach(code -> base.add(new SkmInstrument.Definition(code, null, null)));

        List<SkmInstrument.Definition> renamed = new ArrayList<>(base);
        renamed.set(0, new SkmInstrument.Definition("U1", "Kecepatan", null));
        assertField(() -> SkmInstrument.adapted(renamed), "adaptedElements[0].name");

        List<SkmInstrument.Definition> unnamed = new ArrayList<>(base);
        unnamed.add(new SkmInstrument.Definition("X1", null, null));
        assertField(() -> SkmInstrument.adapted(unnamed), "adaptedElements[9].name");

        List<SkmInstrument.Definition> twice = new ArrayList<>(base);
        twice.add(new SkmInstrument.Definition("U2", null, null));
        assertField(() -> SkmInstrument.adapted(twice), "adaptedElements[9].code");

        List<SkmInstrument.Definition> someWeighted = new ArrayList<>(base);
        someWeighted.set(0, new SkmInstrument.Definition("U1", null, 0.2));
        assertField(() -> SkmInstrument.adapted(someWeighted), "adaptedElements[1].weight");

        List<SkmInstrument.Definition> negative = new ArrayList<>();
        base.forEach(definition -> negative.add(new SkmInstrument.Definition(definition.code(), null, 0.125)));
        negative.set(8, new SkmInstrument.Definition("U9", null, -0.0));
        assertField(() -> SkmInstrument.adapted(negative), "adaptedElements[8].weight");

        assertField(() -> SkmInstrument.adapted(List.of()), "adaptedElements");
    }
}
