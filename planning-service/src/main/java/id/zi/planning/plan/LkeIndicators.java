package id.zi.planning.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicators a rencana aksi row may point at: the lever (pengungkit) nodes of the LKE catalog of
 * PermenPANRB 90/2021 shipped in zi-contracts, each with the area (1-6) it belongs to. Pointing at the
 * catalog, rather than retyping its wording, is what lets evidence and the LKE self-assessment meet later.
 */
public final class LkeIndicators {

    public static final String CATALOG = "catalog/lke-permenpanrb-90-2021.json";

    private final String catalogId;
    private final Map<String, Integer> areaById;

    LkeIndicators(String catalogId, Map<String, Integer> areaById) {
        this.catalogId = catalogId;
        this.areaById = Map.copyOf(areaById);
    }

    public static LkeIndicators load(JsonMapper json) {
        try (InputStream in = LkeIndicators.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException(CATALOG + " is not on the class path: add zi-contracts");
            }
            JsonNode catalog = json.readTree(in);
            Map<String, Integer> areas = new HashMap<>();
            for (JsonNode component : catalog.path("components")) {
                // Only the pengungkit component has areas; hasil (B) is measured, not planned row by row.
                if ("A".equals(component.path("id").asString())) {
                    collect(component, null, areas);
                }
            }
            return new LkeIndicators(catalog.path("id").asString(), areas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, Integer area, Map<String, Integer> areas) {
        Integer here = node.has("area") ? Integer.valueOf(node.path("area").asInt()) : area;
        if (here != null) {
            areas.put(node.path("id").asString(), here);
        }
        for (JsonNode child : node.path("children")) {
            collect(child, here, areas);
        }
        for (JsonNode question : node.path("questions")) {
            if (here != null) {
                areas.put(question.path("id").asString(), here);
            }
        }
    }

    public String catalogId() {
        return catalogId;
    }

    /** Why {@code ref} cannot be the indicator of a row of {@code area}, or null when it can. */
    String problemWith(String ref, int area) {
        Integer refArea = areaById.get(ref);
        if (refArea == null) {
            return ref + " is not an area, sub-area or question of the pengungkit in LKE " + catalogId;
        }
        if (refArea != area) {
            return ref + " belongs to area " + refArea + ", not to area " + area;
        }
        return null;
    }
}
