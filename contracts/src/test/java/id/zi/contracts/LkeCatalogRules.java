package id.zi.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What JSON Schema cannot say about an LKE catalog: weights add up, ids follow the regulation's numbering and
 * their place in the tree, answers use a declared scale, ratios name their inputs. Returns what it found wrong
 * instead of failing, so the tests show both that a catalog passes and that a broken copy does not.
 */
final class LkeCatalogRules {

    static final double TOLERANCE = 1e-9;

    private static final String[] ROMAN = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x" };
    private static final String[] KIND_BY_DEPTH = { "COMPONENT", "CRITERION", "AREA" };

    private LkeCatalogRules() {
    }

    static List<String> problems(JsonNode catalog) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> components = catalog.path("components").values().stream().toList();
        double sum = 0;
        for (int i = 0; i < components.size(); i++) {
            checkNode(catalog, components.get(i), null, 1, i, seen, problems);
            sum += components.get(i).path("weight").asDouble();
        }
        expectSum("catalog total", catalog.path("total").asDouble(), sum, problems);
        return problems;
    }

    /** Every node and question of the catalog by id, in document order. */
    static Map<String, JsonNode> byId(JsonNode catalog) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        catalog.path("components").values().forEach(component -> collect(component, all));
        return all;
    }

    /** The nodes that hold questions (sub-areas, and the hasil criteria), by id, in document order. */
    static Map<String, JsonNode> questionHolders(JsonNode catalog) {
        Map<String, JsonNode> holders = new LinkedHashMap<>();
        byId(catalog).forEach((id, node) -> {
            if (node.has("questions")) {
                holders.put(id, node);
            }
        });
        return holders;
    }

    private static void collect(JsonNode node, Map<String, JsonNode> all) {
        all.put(node.path("id").asString(), node);
        node.path("questions").values().forEach(question -> all.put(question.path("id").asString(), question));
        node.path("children").values().forEach(child -> collect(child, all));
    }

    private static void checkNode(JsonNode catalog, JsonNode node, String parentId, int depth, int index,
            Set<String> seen, List<String> problems) {
        String id = node.path("id").asString();
        String expected = (parentId == null ? "" : parentId + ".") + segment(depth, index);
        if (!id.equals(expected)) {
            problems.add(id + ": at this place in the tree the id should be " + expected);
        }
        if (!seen.add(id)) {
            problems.add(id + ": id used twice");
        }
        String kind = depth <= KIND_BY_DEPTH.length ? KIND_BY_DEPTH[depth - 1] : "SUB_AREA";
        if (!kind.equals(node.path("kind").asString())) {
            problems.add(id + ": kind " + node.path("kind").asString() + " at depth " + depth + ", expected " + kind);
        }
        double weight = node.path("weight").asDouble();
        if (node.has("children")) {
            List<JsonNode> children = node.path("children").values().stream().toList();
            double sum = 0;
            for (int i = 0; i < children.size(); i++) {
                checkNode(catalog, children.get(i), id, depth + 1, i, seen, problems);
                sum += children.get(i).path("weight").asDouble();
            }
            expectSum(id + " children", weight, sum, problems);
        }
        if (node.has("questions")) {
            List<JsonNode> questions = node.path("questions").values().stream().toList();
            double sum = 0;
            for (int i = 0; i < questions.size(); i++) {
                checkQuestion(catalog, questions.get(i), id + "." + (char) ('a' + i), seen, problems);
                sum += questions.get(i).path("weight").asDouble();
            }
            if ("WEIGHTED".equals(node.path("aggregation").asString())) {
                expectSum(id + " question weights", weight, sum, problems);
            }
        }
    }

    private static void checkQuestion(JsonNode catalog, JsonNode question, String expectedId, Set<String> seen,
            List<String> problems) {
        String id = question.path("id").asString();
        if (!id.equals(expectedId)) {
            problems.add(id + ": at this place in the tree the id should be " + expectedId);
        }
        if (!seen.add(id)) {
            problems.add(id + ": id used twice");
        }
        String type = question.path("answerType").asString();
        JsonNode scale = catalog.path("answerScales").path(type);
        if (scale.isMissingNode()) {
            problems.add(id + ": answer type " + type + " has no scale in answerScales");
            return;
        }
        List<String> codes = scale.path("options").values().stream().map(option -> option.path("code").asString())
                .toList();
        int previous = -1;
        for (JsonNode criterion : question.path("criteria")) {
            String option = criterion.path("option").asString();
            int position = codes.indexOf(option);
            if (position < 0) {
                problems.add(id + ": criterion for option " + option + " which scale " + type + " does not have");
            }
            else if (position <= previous) {
                problems.add(id + ": criterion for option " + option + " out of order or repeated");
            }
            previous = Math.max(previous, position);
        }
        if (question.has("ratio")) {
            checkRatio(id, question, problems);
        }
    }

    private static void checkRatio(String id, JsonNode question, List<String> problems) {
        Map<String, Boolean> informational = new LinkedHashMap<>();
        for (JsonNode input : question.path("inputs")) {
            if (informational.put(input.path("key").asString(), input.path("informational").asBoolean(false)) != null) {
                problems.add(id + ": input " + input.path("key").asString() + " declared twice");
            }
        }
        Set<String> used = new HashSet<>();
        for (String side : List.of("numerator", "denominator")) {
            for (String sign : List.of("plus", "minus")) {
                for (JsonNode key : question.path("ratio").path(side).path(sign)) {
                    used.add(key.asString());
                    if (!informational.containsKey(key.asString())) {
                        problems.add(id + ": ratio " + side + " names input " + key.asString() + " which is not declared");
                    }
                }
            }
        }
        informational.forEach((key, info) -> {
            if (info && used.contains(key)) {
                problems.add(id + ": input " + key + " is informational but the ratio uses it");
            }
            if (!info && !used.contains(key)) {
                problems.add(id + ": input " + key + " is unused by the ratio and not marked informational");
            }
        });
    }

    /** Depth 1 A, B; depth 2 I, II; depth 3 1..6; deeper i, ii, iii: the numbering of Lampiran III. */
    private static String segment(int depth, int index) {
        return switch (depth) {
            case 1 -> String.valueOf((char) ('A' + index));
            case 2 -> ROMAN[index].toUpperCase();
            case 3 -> String.valueOf(index + 1);
            default -> ROMAN[index];
        };
    }

    private static void expectSum(String what, double expected, double actual, List<String> problems) {
        if (Math.abs(expected - actual) > TOLERANCE) {
            problems.add(what + ": weights sum to " + actual + " but should be " + expected);
        }
    }
}
