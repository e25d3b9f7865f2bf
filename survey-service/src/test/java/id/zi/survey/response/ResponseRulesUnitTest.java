package id.zi.survey.response;

import static id.zi.survey.response.IdempotencyKeyUnitTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.index.PerceptionInstrument;
import id.zi.survey.survey.InstrumentVersion;
import id.zi.survey.survey.Questionnaire;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseRulesUnitTest {

    static final InstrumentVersion SKM = new InstrumentVersion(1, Questionnaire.skm(), 4, Instant.EPOCH);
    static final InstrumentVersion SPAK = new InstrumentVersion(1, Questionnaire.perception(PerceptionInstrument.SPAK), 6, Instant.EPOCH);
    static final String ALL_FOUR = "{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,\"U8\":4,\"U9\":4}";

    static void refused(String answers, String profile, String field) {
        assertThatThrownBy(() -> ResponseRules.check(SKM, answers == null ? null : json(answers), profile == null ? null : json(profile)))
                .as(answers + " / " + profile)
                .isInstanceOfSatisfying(InvalidSurveyInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void everyQuestionIsAnsweredWithAWholeNumberOnItsScale() {
        ResponseRules.Checked checked = ResponseRules.check(SKM, json(ALL_FOUR.replace("\"U3\":4", "\"U3\":1")), null);
        assertThat(checked.answers()).hasSize(9).containsEntry("U3", 1).containsEntry("U9", 4);
        assertThat(checked.profile()).isEqualTo(Profile.NONE);

        refused(ALL_FOUR.replace("\"U3\":4,", ""), null, "answers.U3");
        refused(ALL_FOUR.replace("\"U3\":4", "\"U3\":null"), null, "answers.U3");
        refused(ALL_FOUR.replace("\"U3\":4", "\"U3\":5"), null, "answers.U3");
        refused(ALL_FOUR.replace("\"U3\":4", "\"U3\":0"), null, "answers.U3");
        refused(ALL_FOUR.replace("\"U3\":4", "\"U3\":2.5"), null, "answers.U3");
        refused(ALL_FOUR.replace("\"U3\":4", "\"U3\":\"4\""), null, "answers.U3");
        refused(ALL_FOUR.replace("}", ",\"U10\":4}"), null, "answers.U10");
        refused(null, null, "answers");
        refused("[4,4,4]", null, "answers");
    }

    @Test
    void starsRunToTheScaleTheSurveyAsks() {
        String spak = "{\"SPAK1\":6,\"SPAK2\":5,\"SPAK3\":6,\"SPAK4\":1,\"SPAK5\":6}";
        assertThat(ResponseRules.check(SPAK, json(spak), null).answers()).containsEntry("SPAK4", 1).containsEntry("SPAK1", 6);
        assertThatThrownBy(() -> ResponseRules.check(SPAK, json(spak.replace("\"SPAK2\":5", "\"SPAK2\":7")), null))
                .isInstanceOfSatisfying(InvalidSurveyInput.class, e -> assertThat(e.field()).isEqualTo("answers.SPAK2"));
        InstrumentVersion native4 = new InstrumentVersion(2, SPAK.elements(), 4, Instant.EPOCH);
        assertThatThrownBy(() -> ResponseRules.check(native4, json(spak), null))
                .isInstanceOfSatisfying(InvalidSurveyInput.class, e -> assertThat(e.field()).isEqualTo("answers.SPAK1"));
    }

    @Test
    void theProfileTakesKnownFieldsWithKnownOptionsAndBoundedText() {
        Profile profile = ResponseRules.check(SKM, json(ALL_FOUR),
                json("{\"sex\":\"P\",\"ageBand\":\"30_39\",\"education\":\"S1\",\"occupation\":\"WIRAUSAHA\",\"serviceReceived\":\"  Izin usaha mikro  \"}"))
                .profile();
        assertThat(profile).isEqualTo(new Profile("P", "30_39", "S1", "WIRAUSAHA", "Izin usaha mikro"));
        assertThat(ResponseRules.check(SKM, json(ALL_FOUR), json("{\"sex\":null,\"ageBand\":\"\"}")).profile()).isEqualTo(Profile.NONE);

        refused(ALL_FOUR, "{\"ageBand\":\"35\"}", "profile.ageBand");
        refused(ALL_FOUR, "{\"sex\":\"X\"}", "profile.sex");
        refused(ALL_FOUR, "{\"sex\":1}", "profile.sex");
        refused(ALL_FOUR, "{\"education\":\"SMK\"}", "profile.education");
        refused(ALL_FOUR, "{\"occupation\":\"pns\"}", "profile.occupation");
        refused(ALL_FOUR, "{\"name\":\"Budi\"}", "profile.name");
        refused(ALL_FOUR, "{\"phone\":\"0812\"}", "profile.phone");
        refused(ALL_FOUR, "{\"serviceReceived\":\"" + "x".repeat(101) + "\"}", "profile.serviceReceived");
        refused(ALL_FOUR, "{\"serviceReceived\":\"izin\\u0000\"}", "profile.serviceReceived");
        refused(ALL_FOUR, "\"P\"", "profile");
    }
}
