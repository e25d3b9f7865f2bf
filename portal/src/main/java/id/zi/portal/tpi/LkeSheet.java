package id.zi.portal.tpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A unit's LKE of a year as the side-by-side page shows it, from {@code GET /api/monitoring/assessments/{unit}/{year}}:
 * the questions in catalog order grouped by area (or hasil criterion) and sub-area, each with the unit's entry, the
 * TPI's entry as its form shows it, and the evidence linked to it; each side's score and failed readiness conditions.
 */
public record LkeSheet(String unitId, String unitName, int year, long tpiVersion, SideScore self, SideScore tpi, List<Section> sections) {

    static final String CHOICE = "CHOICE";
    static final String PERCENT = "PERCENT";
    static final String INDEX = "INDEX";

    public record SideScore(double total, double pengungkit, double pemenuhan, double reform, double hasil, int answered, int questions,
            boolean wbk, List<Failure> wbkFailures, boolean wbbm, List<Failure> wbbmFailures, @Nullable String updatedBy,
            @Nullable String updatedAt, boolean hasWbk) {
    }

    public record Failure(String condition, @Nullable String subject, @Nullable Double value, @Nullable Double minimum, String message) {
    }

    public record Section(String id, String name, @Nullable String parentName, List<SubArea> subAreas) {
    }

    /** @param evidence the unit's evidence for the plan rows of this sub-area (the rows' indicator is the sub-area) */
    public record SubArea(String id, String name, double selfScore, double tpiScore, double weight, List<Evidence> evidence, List<Question> questions) {

        public String anchor() {
            return "skor-" + id.replace('.', '-');
        }
    }

    public record Evidence(String id, @Nullable String title, @Nullable String kind, @Nullable String state, boolean available) {
    }

    public record Input(String key, String label, boolean informational) {
    }

    /** The published survey index an IPAK/IPKP question takes when a side enters none. */
    public record FromSurveys(double value, @Nullable String policy, List<String> periods) {
    }

    /**
     * @param kind     CHOICE, PERCENT or INDEX: which form the TPI's answer takes
     * @param form     what the TPI's form shows: {@code answer}, {@code policy}, {@code notes}, {@code count.<key>}
     * @param errors   the API's problems with the last save, by what they concern ({@code answer}, {@code policy},
     *                 {@code notes}, {@code count.<key>}, or {@code ""} for the question as a whole)
     */
    public record Question(String id, String text, String answerType, String kind, List<String> options, List<Input> inputs, @Nullable String index,
            @Nullable FromSurveys fromSurveys, Entry self, Entry tpi, List<Evidence> evidence, Map<String, String> form,
            Map<String, String> errors, List<String> criteria) {

        public String anchor() {
            return "q-" + id.replace('.', '-');
        }

        Question withForm(Map<String, String> typed, Map<String, String> problems) {
            return new Question(id, text, answerType, kind, options, inputs, index, fromSurveys, self, tpi, evidence, typed, problems, criteria);
        }
    }

    /**
     * @param shown  the answer as words: the option, the index, or the counts with their labels
     * @param source ENTERED or SURVEYS (an index taken from the published survey results), null when unanswered or
     *               when the API does not say
     */
    public record Entry(boolean answered, @Nullable String shown, @Nullable String policy, double value, @Nullable String source, @Nullable String notes,
            List<String> evidenceIds, @Nullable String updatedBy) {
    }

    /**
     * @param items      the unit's evidence items of the year (for titles and states, and their links to questions and rows)
     * @param planRows   the unit's plan rows of the year (coverage rows: rowId, indicatorRef)
     */
    static LkeSheet of(JsonNode assessment, String unitName, List<JsonNode> items, List<JsonNode> planRows) {
        Map<String, JsonNode> itemsById = new LinkedHashMap<>();
        Map<String, List<String>> itemsByQuestion = new LinkedHashMap<>();
        Map<String, List<String>> itemsByRow = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String id = item.path("id").asString();
            itemsById.put(id, item);
            item.path("links").path("lkeQuestions").forEach(q -> itemsByQuestion.computeIfAbsent(q.asString(), k -> new ArrayList<>()).add(id));
            item.path("links").path("planRows").forEach(r -> itemsByRow.computeIfAbsent(r.asString(), k -> new ArrayList<>()).add(id));
        }
        Map<String, List<String>> itemsBySubArea = new LinkedHashMap<>();
        for (JsonNode row : planRows) {
            String ref = row.path("indicatorRef").asString("");
            for (String id : itemsByRow.getOrDefault(row.path("rowId").asString(), List.of())) {
                List<String> ids = itemsBySubArea.computeIfAbsent(ref, k -> new ArrayList<>());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }

        JsonNode nodes = assessment.path("tpi").path("score").path("nodes");
        JsonNode selfNodes = assessment.path("self").path("score").path("nodes");
        List<Section> sections = new ArrayList<>();
        Map<String, List<Question>> bySubArea = new LinkedHashMap<>();
        Map<String, String> sectionOf = new LinkedHashMap<>();
        for (JsonNode question : assessment.path("questions")) {
            String node = question.path("node").asString();
            sectionOf.putIfAbsent(node, section(nodes, node));
            bySubArea.computeIfAbsent(node, k -> new ArrayList<>()).add(question(question, itemsById, itemsByQuestion));
        }
        Map<String, List<SubArea>> subAreasBySection = new LinkedHashMap<>();
        bySubArea.forEach((node, questions) -> {
            List<Evidence> evidence = itemsBySubArea.getOrDefault(node, List.of()).stream().map(id -> evidence(id, itemsById)).toList();
            subAreasBySection.computeIfAbsent(sectionOf.get(node), k -> new ArrayList<>())
                    .add(new SubArea(node, nodes.path(node).path("name").asString(node), selfNodes.path(node).path("score").asDouble(),
                            nodes.path(node).path("score").asDouble(), nodes.path(node).path("weight").asDouble(), evidence, questions));
        });
        subAreasBySection.forEach((section, subAreas) -> {
            String parent = parent(section);
            sections.add(new Section(section, nodes.path(section).path("name").asString(section),
                    parent == null || !nodes.has(parent) ? null : nodes.path(parent).path("name").asString(), subAreas));
        });
        JsonNode tpiSide = assessment.path("tpi");
        return new LkeSheet(assessment.path("unitId").asString(), unitName, assessment.path("year").asInt(), tpiSide.path("version").asLong(),
                side(assessment.path("self"), assessment.path("questions").size()), side(tpiSide, assessment.path("questions").size()), sections);
    }

    /** The area (kind AREA) a sub-area belongs to, or the node itself where there is none (the hasil criteria). */
    static String section(JsonNode nodes, String node) {
        for (String id = node; id != null; id = parent(id)) {
            if ("AREA".equals(nodes.path(id).path("kind").asString())) {
                return id;
            }
        }
        return node;
    }

    private static @Nullable String parent(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }

    static String kind(String answerType, JsonNode question) {
        if (question.path("index").isString() || answerType.startsWith("INDEX")) {
            return INDEX;
        }
        if (question.path("inputs").isArray() && !question.path("inputs").isEmpty()) {
            return PERCENT;
        }
        return CHOICE;
    }

    private static Question question(JsonNode question, Map<String, JsonNode> itemsById, Map<String, List<String>> itemsByQuestion) {
        String id = question.path("id").asString();
        String answerType = question.path("answerType").asString();
        String kind = kind(answerType, question);
        List<String> options = new ArrayList<>();
        question.path("options").forEach(option -> options.add(option.asString()));
        List<Input> inputs = new ArrayList<>();
        question.path("inputs").forEach(input -> inputs.add(new Input(input.path("key").asString(), input.path("label").asString(),
                input.path("informational").asBoolean(false))));
        Entry self = entry(question.path("self"), inputs, options);
        Entry tpi = entry(question.path("tpi"), inputs, options);
        List<String> linked = new ArrayList<>();
        for (Entry entry : List.of(self, tpi)) {
            entry.evidenceIds().stream().filter(e -> !linked.contains(e)).forEach(linked::add);
        }
        itemsByQuestion.getOrDefault(id, List.of()).stream().filter(e -> !linked.contains(e)).forEach(linked::add);
        List<Evidence> evidence = new ArrayList<>();
        for (String evidenceId : linked) {
            evidence.add(refOrItem(evidenceId, question, itemsById));
        }
        JsonNode surveys = question.path("fromSurveys");
        FromSurveys fromSurveys = null;
        if (surveys.isObject()) {
            List<String> periods = new ArrayList<>();
            surveys.path("periods").forEach(period -> periods.add(period.asString()));
            fromSurveys = new FromSurveys(surveys.path("value").asDouble(), text(surveys.path("policy")), periods);
        }
        return new Question(id, question.path("text").asString(), answerType, kind, options, inputs, text(question.path("index")), fromSurveys,
                self, tpi, evidence, form(question.path("tpi"), kind, options), Map.of(), criteria(question));
    }

    /** The regulation's words for when each option applies, as the API gives them from the catalog. */
    public static List<String> criteria(JsonNode question) {
        List<String> criteria = new ArrayList<>();
        question.path("criteria").forEach(criterion -> criteria.add(criterion.path("text").asString()));
        return List.copyOf(criteria);
    }

    /** Evidence the API names on an entry (title and state as the monitoring service knows them), else the item itself. */
    private static Evidence refOrItem(String id, JsonNode question, Map<String, JsonNode> itemsById) {
        if (itemsById.containsKey(id)) {
            return evidence(id, itemsById);
        }
        for (String side : List.of("self", "tpi")) {
            for (JsonNode ref : question.path(side).path("evidence")) {
                if (ref.path("id").asString().equals(id)) {
                    return new Evidence(id, text(ref.path("title")), text(ref.path("kind")), text(ref.path("reviewState")),
                            ref.path("available").asBoolean(true));
                }
            }
        }
        return new Evidence(id, null, null, null, false);
    }

    private static Evidence evidence(String id, Map<String, JsonNode> itemsById) {
        JsonNode item = itemsById.get(id);
        if (item == null) {
            return new Evidence(id, null, null, null, false);
        }
        return new Evidence(id, item.path("title").asString(), item.path("kind").asString(), item.path("review").path("state").asString(null), true);
    }

    private static Entry entry(JsonNode entry, List<Input> inputs, List<String> options) {
        JsonNode answer = entry.path("answer");
        String shown = null;
        if (answer.isString()) {
            shown = option(answer.asString(), options);
        } else if (answer.isNumber()) {
            shown = answer.asString();
        } else if (answer.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Input input : inputs) {
                if (answer.has(input.key())) {
                    parts.add(input.label() + ": " + answer.path(input.key()).asString());
                }
            }
            shown = String.join("; ", parts);
        }
        List<String> evidence = new ArrayList<>();
        entry.path("evidence").forEach(ref -> evidence.add(ref.isObject() ? ref.path("id").asString() : ref.asString()));
        return new Entry(entry.path("answered").asBoolean(false), shown, text(entry.path("policy")), entry.path("value").asDouble(),
                text(entry.path("source")), text(entry.path("notes")), evidence, text(entry.path("updatedBy")));
    }

    /** What the TPI's form shows as it stands in the API. */
    private static Map<String, String> form(JsonNode entry, String kind, List<String> options) {
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode answer = entry.path("answer");
        // an index taken from the surveys is not the TPI's own entry: the field stays empty
        boolean entered = !"SURVEYS".equals(entry.path("source").asString(""));
        if (entered && answer.isString()) {
            form.put("answer", option(answer.asString(), options));
        } else if (entered && answer.isNumber()) {
            form.put("answer", answer.asString());
        } else if (answer.isObject()) {
            answer.properties().forEach(count -> form.put("count." + count.getKey(), count.getValue().asString()));
        }
        if (entry.path("policy").isString()) {
            form.put("policy", entry.path("policy").asString());
        }
        if (entry.path("notes").isString()) {
            form.put("notes", entry.path("notes").asString());
        }
        return form;
    }

    /** The option's label as the catalog writes it ("Ya" for "YA"). */
    private static String option(String answer, List<String> options) {
        return options.stream().filter(option -> option.toUpperCase(Locale.ROOT).equals(answer.toUpperCase(Locale.ROOT))).findFirst().orElse(answer);
    }

    private static SideScore side(JsonNode side, int questions) {
        JsonNode score = side.path("score");
        return new SideScore(score.path("total").asDouble(), score.path("pengungkit").asDouble(), score.path("pemenuhan").asDouble(),
                score.path("reform").asDouble(), score.path("hasil").asDouble(), side.path("answered").asInt(), questions,
                score.path("wbk").path("eligible").asBoolean(false), failures(score.path("wbk")), score.path("wbbm").path("eligible").asBoolean(false),
                failures(score.path("wbbm")), text(side.path("updatedBy")), text(side.path("updatedAt")), side.path("hasWbk").asBoolean(false));
    }

    private static List<Failure> failures(JsonNode verdict) {
        List<Failure> failures = new ArrayList<>();
        verdict.path("failures").forEach(failure -> failures.add(new Failure(failure.path("condition").asString(), text(failure.path("subject")),
                failure.path("value").isNumber() ? failure.path("value").asDouble() : null,
                failure.path("minimum").isNumber() ? failure.path("minimum").asDouble() : null, failure.path("message").asString(""))));
        return failures;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    /** The sub-area a question scores in, for its score beside the saved question. */
    @Nullable SubArea subAreaOf(String questionId) {
        for (Section section : sections) {
            for (SubArea subArea : section.subAreas()) {
                if (subArea.questions().stream().anyMatch(question -> question.id().equals(questionId))) {
                    return subArea;
                }
            }
        }
        return null;
    }

    /** The question with this id, for re-rendering it alone after a save. */
    @Nullable Question question(String id) {
        for (Section section : sections) {
            for (SubArea subArea : section.subAreas()) {
                for (Question question : subArea.questions()) {
                    if (question.id().equals(id)) {
                        return question;
                    }
                }
            }
        }
        return null;
    }
}
