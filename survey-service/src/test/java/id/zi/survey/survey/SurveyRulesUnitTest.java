package id.zi.survey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.index.ScalePolicy;
import id.zi.survey.index.WeightPolicy;
import id.zi.survey.period.Periodicity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyRulesUnitTest {

    static final ServiceType PB = new ServiceType("PB-UMKU", "Perizinan Berusaha");

    static SurveyDraft draft(String instrument, String weightPolicy, String scalePolicy, List<SurveyDraft.ElementInput> elements) {
        return new SurveyDraft(instrument, PB, null, null, weightPolicy, scalePolicy, elements);
    }

    static void refused(SurveyDraft draft, String field) {
        assertThatThrownBy(() -> SurveyRules.forCreation(draft)).isInstanceOfSatisfying(InvalidSurveyInput.class,
                e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }

    @Test
    void anSkmStartsFromTheNineElementsOfTheRegulationWithTheirWording() {
        SurveyRules.Settings settings = SurveyRules.forCreation(draft("SKM", null, null, null));

        assertThat(settings.instrument()).isEqualTo(Instrument.SKM);
        assertThat(settings.weightPolicy()).isEqualTo(WeightPolicy.EXACT);
        assertThat(settings.scalePolicy()).isNull();
        assertThat(settings.periodicity()).isEqualTo(Periodicity.QUARTER);
        assertThat(settings.title()).isEqualTo("Survei Kepuasan Masyarakat Perizinan Berusaha");
        assertThat(settings.highestAnswer()).isEqualTo(4);
        assertThat(settings.elements()).extracting(SurveyElement::code).containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
        SurveyElement u1 = settings.elements().getFirst();
        assertThat(u1.question()).startsWith("Bagaimana pendapat Saudara tentang kesesuaian persyaratan");
        assertThat(u1.labels()).containsExactly("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai");
        // keyed by code: U8 is the complaints question the sample questionnaire prints ninth
        assertThat(settings.elements().get(7).labels()).containsExactly("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
                "Dikelola dengan baik");
        assertThat(settings.elements().get(8).labels()).containsExactly("Buruk", "Cukup", "Baik", "Sangat baik");
        assertThat(settings.elements().get(3).labels().getLast()).isEqualTo("Gratis");
    }

    @Test
    void aUnitAdaptsTheSkmAsTheRegulationAllows() {
        List<SurveyDraft.ElementInput> elements = new ArrayList<>();
        for (String code : List.of("U1", "U2", "U3", "U5", "U6", "U7", "U8", "U9")) {
            elements.add(new SurveyDraft.ElementInput(code, null, 0.1, null, null));
        }
        elements.add(new SurveyDraft.ElementInput("X1", "Kemudahan aplikasi daring", 0.2, null,
                List.of("Sangat sulit", "Sulit", "Mudah", "Sangat mudah")));

        SurveyRules.Settings settings = SurveyRules.forCreation(draft("SKM", null, null, elements));

        assertThat(settings.elements()).hasSize(9).extracting(SurveyElement::code).doesNotContain("U4").contains("X1");
        SurveyElement x1 = settings.elements().getLast();
        assertThat(x1.weight()).isEqualTo(0.2);
        assertThat(x1.question()).isEqualTo("Bagaimana pendapat Saudara tentang kemudahan aplikasi daring?");
        assertThat(x1.labels()).containsExactly("Sangat sulit", "Sulit", "Mudah", "Sangat mudah");
        assertThat(settings.elements().getFirst().labels()).as("a regulation code keeps its wording").contains("Sangat sesuai");
    }

    @Test
    void whatTheRulesCannotComputeIsRefusedNamingTheSurveysField() {
        refused(draft(null, null, null, null), "instrument");
        refused(draft("IKM", null, null, null), "instrument");
        refused(new SurveyDraft("SKM", null, null, null, null, null, null), "serviceType");
        refused(new SurveyDraft("SKM", new ServiceType("PB UMKU", "x"), null, null, null, null, null), "serviceType.code");
        refused(new SurveyDraft("SKM", new ServiceType("PB", " "), null, null, null, null, null), "serviceType.name");
        refused(new SurveyDraft("SKM", PB, "x".repeat(201), null, null, null, null), "title");
        refused(new SurveyDraft("SKM", PB, null, "MONTH", null, null, null), "periodicity");
        refused(draft("SKM", null, "RATIO_6_TO_4", null), "scalePolicy");
        refused(draft("SKM", "LITERAL_0_12", null, null), "weightPolicy");
        refused(draft("SPAK", "EXACT", null, null), "weightPolicy");
        refused(draft("SPKP", null, "RATIO_5_TO_4", null), "scalePolicy");
        refused(draft("SPKP", null, null, List.of(new SurveyDraft.ElementInput("SPKP1", null, null, null, null))), "elements");
        // the calculator's field names become the survey's
        refused(draft("SKM", null, null, List.of(new SurveyDraft.ElementInput("U1", null, 1.0, null, null))), "elements");
        refused(draft("SKM", null, null, List.of(new SurveyDraft.ElementInput("U1", "Biaya", null, null, null))), "elements[0].name");
        List<SurveyDraft.ElementInput> badLabels = new ArrayList<>();
        for (String code : List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")) {
            badLabels.add(new SurveyDraft.ElementInput(code, null, null, null, code.equals("U2") ? List.of("Tidak", "Ya") : null));
        }
        refused(draft("SKM", null, null, badLabels), "elements[1].labels");
    }

    @Test
    void theLiteralWeightsNeedNineEqualElements() {
        assertThat(SurveyRules.forCreation(draft("SKM", "LITERAL_0_11", null, null)).weightPolicy()).isEqualTo(WeightPolicy.LITERAL_0_11);
        List<SurveyDraft.ElementInput> ten = new ArrayList<>();
        for (String code : List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")) {
            ten.add(new SurveyDraft.ElementInput(code, null, null, null, null));
        }
        ten.add(new SurveyDraft.ElementInput("X1", "Aplikasi", null, null, null));
        refused(draft("SKM", "LITERAL_0_111", null, ten), "weightPolicy");
    }

    @Test
    void perceptionSurveysAskTheCircularsStatementsInStarsConvertedByRatio() {
        SurveyRules.Settings spak = SurveyRules.forCreation(draft("SPAK", null, null, null));
        assertThat(spak.scalePolicy()).isEqualTo(ScalePolicy.RATIO_6_TO_4);
        assertThat(spak.highestAnswer()).isEqualTo(6);
        assertThat(spak.weightPolicy()).isNull();
        assertThat(spak.elements()).extracting(SurveyElement::code).containsExactly("SPAK1", "SPAK2", "SPAK3", "SPAK4", "SPAK5");
        assertThat(spak.elements().get(3).question()).isEqualTo("Tidak ada pungutan liar (pungli) pada unit layanan ini");
        assertThat(spak.elements()).allSatisfy(element -> assertThat(element.labels()).isEmpty());
        assertThat(SurveyRules.forCreation(draft("SPKP", null, "NATIVE_4", null)).highestAnswer()).isEqualTo(4);
    }

    @Test
    void aChangeKeepsTheInstrumentAndWhatWasNotChanged() {
        SurveyRules.Settings created = SurveyRules.forCreation(new SurveyDraft("SKM", PB, "SKM PB", "SEMESTER", "LITERAL_0_11", null, null));
        Survey survey = new Survey("sv-1", "u", "/id/u", Instrument.SKM, PB, created.title(), created.periodicity(), created.weightPolicy(), null,
                "p", List.of(new InstrumentVersion(1, created.elements(), 4, Instant.EPOCH)), Map.of(), Map.of(), Instant.EPOCH, "a", Instant.EPOCH,
                "a", 1);

        SurveyRules.Settings changed = SurveyRules.forChange(survey, new SurveyDraft(null, null, "SKM Perizinan", null, null, null, null));

        assertThat(changed.title()).isEqualTo("SKM Perizinan");
        assertThat(changed.periodicity()).isEqualTo(Periodicity.SEMESTER);
        assertThat(changed.weightPolicy()).isEqualTo(WeightPolicy.LITERAL_0_11);
        assertThat(changed.elements()).isEqualTo(created.elements());
        assertThatThrownBy(() -> SurveyRules.forChange(survey, new SurveyDraft("SPAK", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidSurveyInput.class, e -> assertThat(e.field()).isEqualTo("instrument"));
    }
}
