package id.zi.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The survey events: a response stays anonymised and on its scale; a result carries the numbers its
 * instrument produces (IKM and grade for the SKM, the LKE value for SPAK/SPKP) with the sums and counts a
 * roll-up pools, and the examples agree with their own arithmetic.
 */
class SurveySchemasTest {

    @Test
    void theResultExampleDividesItsSumsByItsCounts() {
        JsonNode payload = ContractFiles.readJson(ContractFiles.examplesDir().resolve("survey.result.published.v1.json")).get("payload");
        double index = 0;
        for (JsonNode element : payload.get("elements")) {
            double nrr = element.get("sum").asDouble() / element.get("answers").asDouble();
            assertThat(element.get("nrr").asDouble()).as(element.get("code").asString()).isCloseTo(nrr, org.assertj.core.data.Offset.offset(1e-12));
            index += nrr * element.get("weight").asDouble();
        }
        assertThat(payload.get("index").asDouble()).isCloseTo(index, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(payload.get("ikm").asDouble()).isCloseTo(index * 25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(payload.get("resultId").asString()).isEqualTo(payload.get("surveyId").asString() + ":" + payload.at("/period/key").asString());
    }

    @Test
    void aResponseCarriesNothingThatNamesTheRespondent() {
        for (String field : List.of("name", "phone", "ip", "userAgent")) {
            assertThat(errors("survey.response.recorded.v1.json", payload -> payload.put(field, "x"))).as(field)
                    .anySatisfy(text -> assertThat(text).contains(field));
            assertThat(errors("survey.response.recorded.v1.json", payload -> ((ObjectNode) payload.get("profile")).put(field, "x"))).as(field)
                    .anySatisfy(text -> assertThat(text).contains(field));
        }
        assertThat(errors("survey.response.recorded.v1.json", payload -> ((ObjectNode) payload.get("profile")).put("ageBand", "37")))
                .anySatisfy(text -> assertThat(text).contains("ageBand"));
        assertThat(errors("survey.response.recorded.v1.json", payload -> payload.remove("profile"))).isEmpty();
    }

    @Test
    void anSkmResponseStaysOnItsFourPointScaleAndStarsGoToSix() {
        assertThat(errors("survey.response.recorded.v1.json", payload -> ((ObjectNode) payload.get("answers")).put("U3", 5)))
                .anySatisfy(text -> assertThat(text).contains("U3"));
        assertThat(errors("survey.response.recorded.v1.json", payload -> {
            payload.put("instrument", "SPAK").put("highestAnswer", 6);
            ((ObjectNode) payload.get("answers")).removeAll().put("SPAK1", 6).put("SPAK2", 5).put("SPAK3", 6).put("SPAK4", 6).put("SPAK5", 4);
        })).isEmpty();
    }

    @Test
    void anSkmResultHasItsIkmAndGradeAndNoPerceptionNumbers() {
        assertThat(errors("survey.result.published.v1.json", payload -> payload.remove("grade")))
                .anySatisfy(text -> assertThat(text).contains("grade").contains("required"));
        assertThat(errors("survey.result.published.v1.json", payload -> ((ObjectNode) payload.get("elements").get(0)).remove("nrr")))
                .anySatisfy(text -> assertThat(text).contains("nrr"));
        assertThat(errors("survey.result.published.v1.json", payload -> payload.put("lkeValue", 15.2))).isNotEmpty();
        assertThat(errors("survey.result.published.v1.json", payload -> ((ObjectNode) payload.get("elements").get(0)).remove("answers")))
                .anySatisfy(text -> assertThat(text).contains("answers").contains("required"));
    }

    @Test
    void aPerceptionResultHasItsScalePolicyAndLkeValueAndNoGrade() {
        Consumer<ObjectNode> toSpak = payload -> {
            payload.put("instrument", "SPAK").put("scalePolicy", "RATIO_6_TO_4").put("highestAnswer", 6).put("index", 3.5).put("conversion", 87.5)
                    .put("lkeValue", 15.3125);
            payload.remove(List.of("weightPolicy", "ikm", "ikmDisplayed", "grade", "performance"));
            ObjectNode element = (ObjectNode) payload.get("elements").get(0);
            payload.putArray("elements").add(element.put("code", "SPAK1").put("weight", 0.2).put("mean", 5.25).put("converted", 3.5));
            element.remove("nrr");
        };
        assertThat(errors("survey.result.published.v1.json", toSpak)).isEmpty();
        assertThat(errors("survey.result.published.v1.json", toSpak.andThen(payload -> payload.remove("lkeValue"))))
                .anySatisfy(text -> assertThat(text).contains("lkeValue").contains("required"));
        assertThat(errors("survey.result.published.v1.json", toSpak.andThen(payload -> payload.put("grade", "A")))).isNotEmpty();
        assertThat(errors("survey.result.published.v1.json", toSpak.andThen(payload -> payload.put("scalePolicy", "STARS")))).isNotEmpty();
    }

    @Test
    void aQuarterNamesItsQuarter() {
        assertThat(errors("survey.result.published.v1.json", payload -> ((ObjectNode) payload.get("period")).remove("quarter")))
                .anySatisfy(text -> assertThat(text).contains("quarter").contains("required"));
    }

    /** The errors of the example payload after {@code change}, as "location: message". */
    private static List<String> errors(String file, Consumer<ObjectNode> change) {
        ObjectNode payload = (ObjectNode) ContractFiles.readJson(ContractFiles.examplesDir().resolve(file)).get("payload").deepCopy();
        change.accept(payload);
        List<Error> errors = ContractFiles.schema(file).validate(payload);
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }
}
