package id.zi.portal.unit.lke;

import id.zi.portal.tpi.LkeSheet;
import id.zi.portal.unit.UnitPages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The unit's LKE self-assessment as its page shows it: every question of the catalog with its criteria text,
 * grouped by the sub-area it scores in, the unit's answer, and the score with the failed readiness conditions.
 *
 * @param version the self side's version: what a save sends as If-Match
 */
public record LkePage(String unitId, int year, long version, boolean hasWbk, int answered, List<Group> groups, Score score) {

    public record Group(String node, String name, List<Question> questions) {
    }

    /**
     * @param kind    CHOICE (a select of {@code options}), COUNTS (one number per input) or INDEX (one number)
     * @param answer  the choice's label or the index as text; empty when unanswered
     * @param counts  a COUNTS answer by input key
     */
    public record Question(String id, String text, String kind, List<String> options, List<Input> inputs, @Nullable String index,
            String answer, Map<String, String> counts, double value, boolean answered, List<String> criteria) {
    }

    public record Input(String key, String label, boolean informational) {
    }

    public record Area(String number, String name, double score, double weight) {
    }

    public record Failure(String condition, @Nullable String subject, @Nullable Double value, @Nullable Double minimum, String message) {
    }

    public record Score(double total, double pengungkit, double hasil, List<Area> areas, boolean wbkEligible, List<Failure> wbkFailures,
            boolean wbbmEligible, List<Failure> wbbmFailures, int unanswered) {

        static Score of(JsonNode score) {
            List<Area> areas = new ArrayList<>();
            score.path("areas").properties().forEach(area -> areas.add(new Area(area.getKey(), area.getValue().path("name").asString(""),
                    area.getValue().path("score").asDouble(), area.getValue().path("weight").asDouble())));
            return new Score(score.path("total").asDouble(), score.path("pengungkit").asDouble(), score.path("hasil").asDouble(), areas,
                    score.path("wbk").path("eligible").asBoolean(), failures(score.path("wbk")), score.path("wbbm").path("eligible").asBoolean(),
                    failures(score.path("wbbm")), score.path("unanswered").size());
        }

        private static List<Failure> failures(JsonNode verdict) {
            List<Failure> failures = new ArrayList<>();
            verdict.path("failures").forEach(failure -> failures.add(new Failure(failure.path("condition").asString(),
                    UnitPages.text(failure, "subject"), failure.path("value").isNumber() ? failure.path("value").asDouble() : null,
                    failure.path("minimum").isNumber() ? failure.path("minimum").asDouble() : null, failure.path("message").asString(""))));
            return failures;
        }
    }

    static LkePage of(JsonNode assessment) {
        JsonNode self = assessment.path("self");
        JsonNode nodes = self.path("score").path("nodes");
        Map<String, Group> groups = new LinkedHashMap<>();
        for (JsonNode question : assessment.path("questions")) {
            String node = question.path("node").asString();
            Group group = groups.computeIfAbsent(node, id -> new Group(id, nodes.path(id).path("name").asString(""), new ArrayList<>()));
            JsonNode entry = question.path("self");
            JsonNode answer = entry.path("answer");
            List<Input> inputs = new ArrayList<>();
            question.path("inputs").forEach(input -> inputs.add(new Input(input.path("key").asString(), input.path("label").asString(""),
                    input.path("informational").asBoolean())));
            String kind = !inputs.isEmpty() ? "COUNTS" : question.path("options").isArray() ? "CHOICE" : "INDEX";
            Map<String, String> counts = new LinkedHashMap<>();
            if (answer.isObject()) {
                answer.properties().forEach(count -> counts.put(count.getKey(), count.getValue().asString()));
            }
            group.questions().add(new Question(question.path("id").asString(), question.path("text").asString(""), kind,
                    UnitPages.strings(question.path("options")), inputs, UnitPages.text(question, "index"),
                    answer.isValueNode() && !answer.isNull() ? answer.asString() : "", counts, entry.path("value").asDouble(),
                    entry.path("answered").asBoolean(), LkeSheet.criteria(question)));
        }
        return new LkePage(assessment.path("unitId").asString(), assessment.path("year").asInt(), self.path("version").asLong(),
                self.path("hasWbk").asBoolean(), self.path("answered").asInt(), List.copyOf(groups.values()), Score.of(self.path("score")));
    }

    /** Every question, in catalog order. */
    List<Question> questions() {
        return groups.stream().flatMap(group -> group.questions().stream()).toList();
    }
}
