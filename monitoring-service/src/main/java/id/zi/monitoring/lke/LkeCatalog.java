package id.zi.monitoring.lke;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One regulation's LKE, read from a catalog file of zi-contracts ({@code catalog/lke-*.json}). The tree's
 * depth varies, so it is walked, never indexed by level; the few nodes the readiness rules name are found by
 * the ids and index markers the catalog schema fixes (A pengungkit, A.I pemenuhan, A.II reform, B hasil, the
 * IPAK and IPKP questions).
 */
public final class LkeCatalog {

    /** The catalog of PermenPANRB 90/2021, on the class path of every module depending on zi-contracts. */
    public static final String PERMENPANRB_90_2021 = "catalog/lke-permenpanrb-90-2021.json";

    static final String PENGUNGKIT = "A";
    static final String PEMENUHAN = "A.I";
    static final String REFORM = "A.II";
    static final String HASIL = "B";
    public static final String IPAK = "IPAK";
    public static final String IPKP = "IPKP";

    // Floats as BigDecimal: 0.67 must stay 0.67, or the option values and weights drift before any sum.
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final String id;
    private final int version;
    private final String regulation;
    private final BigDecimal total;
    private final List<LkeNode> components;
    private final Map<String, LkeNode> nodes = new LinkedHashMap<>();
    private final Map<String, LkeQuestion> questions = new LinkedHashMap<>();
    private final Map<String, LkeNode> nodeOfQuestion = new HashMap<>();

    private LkeCatalog(String id, int version, String regulation, BigDecimal total, List<LkeNode> components) {
        this.id = id;
        this.version = version;
        this.regulation = regulation;
        this.total = total;
        this.components = List.copyOf(components);
        components.forEach(this::index);
        check();
    }

    public static LkeCatalog fromClasspath(String resource) {
        try (InputStream in = LkeCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: depend on zi-contracts");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LkeCatalog read(InputStream in) {
        JsonNode root = JSON.readTree(in);
        Map<String, AnswerScale> scales = new HashMap<>();
        root.path("answerScales").properties().forEach(entry -> scales.put(entry.getKey(), scale(entry.getKey(), entry.getValue())));
        List<LkeNode> components = new ArrayList<>();
        root.path("components").forEach(component -> components.add(node(component, scales)));
        return new LkeCatalog(root.path("id").asString(), root.path("version").asInt(), root.path("regulation").asString(),
                root.path("total").decimalValue(), components);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String regulation() {
        return regulation;
    }

    public BigDecimal total() {
        return total;
    }

    public List<LkeNode> components() {
        return components;
    }

    /** Every node, parents before children, in catalog order. */
    public Collection<LkeNode> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    /** Every question, in catalog order. */
    public Collection<LkeQuestion> questions() {
        return Collections.unmodifiableCollection(questions.values());
    }

    public Optional<LkeNode> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    public Optional<LkeQuestion> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

    /** The node holding {@code question}. */
    public LkeNode nodeOf(LkeQuestion question) {
        return nodeOfQuestion.get(question.id());
    }

    public LkeNode pengungkit() {
        return nodes.get(PENGUNGKIT);
    }

    public LkeNode pemenuhan() {
        return nodes.get(PEMENUHAN);
    }

    public LkeNode reform() {
        return nodes.get(REFORM);
    }

    public LkeNode hasil() {
        return nodes.get(HASIL);
    }

    /** The question taking a survey index ({@link #IPAK} or {@link #IPKP}). */
    public LkeQuestion surveyQuestion(String index) {
        return questions.values().stream().filter(question -> index.equals(question.index())).findFirst()
                .orElseThrow(() -> new IllegalStateException("LKE " + id + " has no " + index + " question"));
    }

    /**
     * The "kinerja lebih baik" question: the one question beside the IPAK that is not a survey index, the
     * other half of "birokrasi yang bersih dan akuntabel".
     */
    public LkeQuestion performanceQuestion() {
        return nodeOf(surveyQuestion(IPAK)).questions().stream().filter(question -> question.index() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("LKE " + id + " has no performance question beside the IPAK"));
    }

    /** The AREA nodes, grouped by area number in ascending order, each group in catalog order. */
    public Map<Integer, List<LkeNode>> areas() {
        Map<Integer, List<LkeNode>> areas = new TreeMap<>();
        nodes.values().stream().filter(node -> node.kind() == LkeNode.Kind.AREA)
                .forEach(node -> areas.computeIfAbsent(node.area(), ignored -> new ArrayList<>()).add(node));
        return areas;
    }

    private void index(LkeNode node) {
        if (nodes.putIfAbsent(node.id(), node) != null) {
            throw invalid("node id " + node.id() + " is used twice");
        }
        for (LkeQuestion question : node.questions()) {
            if (questions.putIfAbsent(question.id(), question) != null || nodes.containsKey(question.id())) {
                throw invalid("question id " + question.id() + " is used twice");
            }
            nodeOfQuestion.put(question.id(), node);
        }
        node.children().forEach(this::index);
    }

    /** Only what scoring relies on; the contract tests hold the catalog to its full schema. */
    private void check() {
        sumsTo("the components", components.stream().map(LkeNode::weight).toList(), total);
        for (LkeNode node : nodes.values()) {
            if (!node.children().isEmpty()) {
                sumsTo("the children of " + node.id(), node.children().stream().map(LkeNode::weight).toList(), node.weight());
            } else if (node.aggregation() == LkeNode.Aggregation.WEIGHTED) {
                sumsTo("the question weights of " + node.id(), node.questions().stream().map(LkeQuestion::weight).toList(), node.weight());
            }
            if (node.kind() == LkeNode.Kind.AREA && node.area() == null) {
                throw invalid("area node " + node.id() + " has no area number");
            }
        }
        for (String required : List.of(PENGUNGKIT, PEMENUHAN, REFORM, HASIL)) {
            if (!nodes.containsKey(required)) {
                throw invalid("node " + required + " is missing");
            }
        }
        surveyQuestion(IPKP);
        performanceQuestion();
    }

    private void sumsTo(String what, List<@Nullable BigDecimal> weights, BigDecimal expected) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            if (weight == null) {
                throw invalid(what + ": a weight is missing");
            }
            sum = sum.add(weight);
        }
        if (sum.compareTo(expected) != 0) {
            throw invalid(what + " weigh " + sum.toPlainString() + ", not " + expected.toPlainString());
        }
    }

    private IllegalStateException invalid(String problem) {
        return new IllegalStateException("LKE catalog " + id + ": " + problem);
    }

    private static AnswerScale scale(String type, JsonNode scale) {
        return switch (scale.path("kind").asString()) {
            case "CHOICE" -> {
                List<AnswerScale.ChoiceOption> options = new ArrayList<>();
                scale.path("options").forEach(option -> options.add(new AnswerScale.ChoiceOption(option.path("code").asString(),
                        option.path("label").asString(), option.path("value").decimalValue())));
                yield new AnswerScale.Choice(options);
            }
            case "RATIO" -> new AnswerScale.Ratio(scale.path("min").decimalValue(), scale.path("max").decimalValue());
            case "INDEX" -> new AnswerScale.Index(scale.path("min").decimalValue(), scale.path("max").decimalValue());
            default -> throw new IllegalStateException("answer scale " + type + " has an unknown kind " + scale.path("kind"));
        };
    }

    private static LkeNode node(JsonNode node, Map<String, AnswerScale> scales) {
        List<LkeNode> children = new ArrayList<>();
        node.path("children").forEach(child -> children.add(node(child, scales)));
        List<LkeQuestion> questions = new ArrayList<>();
        node.path("questions").forEach(question -> questions.add(question(question, scales)));
        String aggregation = text(node, "aggregation");
        return new LkeNode(node.path("id").asString(), node.path("name").asString(), LkeNode.Kind.valueOf(node.path("kind").asString()),
                node.path("weight").decimalValue(), node.has("area") ? Integer.valueOf(node.path("area").asInt()) : null,
                aggregation == null ? null : LkeNode.Aggregation.valueOf(aggregation), children, questions);
    }

    private static LkeQuestion question(JsonNode question, Map<String, AnswerScale> scales) {
        String id = question.path("id").asString();
        String type = question.path("answerType").asString();
        AnswerScale scale = scales.get(type);
        if (scale == null) {
            throw new IllegalStateException("question " + id + " has answer type " + type + " without an answer scale");
        }
        List<LkeQuestion.Input> inputs = new ArrayList<>();
        question.path("inputs").forEach(input -> inputs.add(
                new LkeQuestion.Input(input.path("key").asString(), input.path("label").asString(), input.path("informational").asBoolean(false))));
        LkeQuestion.Ratio ratio = null;
        if (question.has("ratio")) {
            JsonNode spec = question.path("ratio");
            ratio = new LkeQuestion.Ratio(keys(spec.path("numerator").path("plus")), keys(spec.path("numerator").path("minus")),
                    keys(spec.path("denominator").path("plus")), keys(spec.path("denominator").path("minus")));
            Set<String> known = new HashSet<>(inputs.stream().map(LkeQuestion.Input::key).toList());
            for (List<String> terms : List.of(ratio.numeratorPlus(), ratio.numeratorMinus(), ratio.denominatorPlus(), ratio.denominatorMinus())) {
                for (String key : terms) {
                    if (!known.contains(key)) {
                        throw new IllegalStateException("question " + id + " computes its ratio from " + key + ", which is not one of its inputs");
                    }
                }
            }
        }
        if (scale instanceof AnswerScale.Ratio && ratio == null) {
            throw new IllegalStateException("percentage question " + id + " has no ratio");
        }
        List<LkeQuestion.Criterion> criteria = new ArrayList<>();
        question.path("criteria").forEach(criterion -> criteria.add(new LkeQuestion.Criterion(criterion.path("option").asString(""),
                criterion.path("text").asString())));
        return new LkeQuestion(id, question.path("text").asString(), type, scale,
                question.has("weight") ? question.path("weight").decimalValue() : null, inputs, ratio, text(question, "index"), criteria);
    }

    private static List<String> keys(JsonNode array) {
        List<String> keys = new ArrayList<>();
        array.forEach(key -> keys.add(key.asString()));
        return keys;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
