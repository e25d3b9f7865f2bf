package id.zi.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Finds the changes to an event schema that break a reader of events already on the topics, or a consumer
 * written against the old schema: a property removed, a property that becomes required (new or existing), a
 * changed type, an enum value dropped. Adding an optional property is the way to evolve a v1 event; anything
 * else needs a v2 type and topic.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** Human-readable breaking changes from {@code baseline} to {@code current}; empty when compatible. */
    static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("$", baseline, baseline, current, current, problems, new HashSet<>());
        return problems;
    }

    private static void compare(String at, JsonNode baseRoot, JsonNode baseNode, JsonNode currentRoot,
            JsonNode currentNode, List<String> problems, Set<String> visited) {
        JsonNode base = resolve(baseRoot, baseNode);
        JsonNode current = resolve(currentRoot, currentNode);
        // Recursive $refs would loop; one visit per location and pair of definitions is enough.
        if (!visited.add(at + "|" + base.hashCode() + "|" + current.hashCode())) {
            return;
        }

        Set<String> baseTypes = types(base);
        Set<String> currentTypes = types(current);
        if (!baseTypes.isEmpty() && !baseTypes.equals(currentTypes)) {
            problems.add(at + ": type changed from " + baseTypes + " to " + (currentTypes.isEmpty() ? "any" : currentTypes));
        }

        if (base.has("enum")) {
            Set<String> currentValues = current.has("enum") ? texts(current.get("enum")) : Set.of();
            for (String value : texts(base.get("enum"))) {
                if (current.has("enum") && !currentValues.contains(value)) {
                    problems.add(at + ": enum value " + value + " removed");
                }
            }
        }

        JsonNode baseProperties = base.path("properties");
        JsonNode currentProperties = current.path("properties");
        for (String name : baseProperties.propertyNames()) {
            if (!currentProperties.has(name)) {
                problems.add(at + "." + name + ": property removed");
            }
            else {
                compare(at + "." + name, baseRoot, baseProperties.get(name), currentRoot, currentProperties.get(name),
                        problems, visited);
            }
        }

        Set<String> baseRequired = texts(base.path("required"));
        for (String name : texts(current.path("required"))) {
            if (!baseRequired.contains(name)) {
                problems.add(at + "." + name + (baseProperties.has(name) ? ": optional property became required"
                        : ": new property is required"));
            }
        }

        if (base.has("items") && current.has("items")) {
            compare(at + "[]", baseRoot, base.get("items"), currentRoot, current.get("items"), problems, visited);
        }
    }

    /** Follows local {@code $ref}s ({@code #/$defs/...}); sibling keywords only annotate here. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode resolved = node;
        for (int hops = 0; resolved.has("$ref") && hops < 32; hops++) {
            String ref = resolved.get("$ref").asString();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local $refs are supported, found " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("$ref " + ref + " points nowhere");
            }
            resolved = target;
        }
        return resolved;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isString()) {
            return Set.of(type.asString());
        }
        return texts(type);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        if (array.isArray()) {
            array.forEach(value -> values.add(value.isString() ? value.asString() : value.toString()));
        }
        return values;
    }
}
