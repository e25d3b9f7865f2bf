package id.zi.evidence.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LKE questions evidence may be linked to, from the catalog of PermenPANRB 90/2021 in zi-contracts: the
 * pengungkit (A) questions and sub-areas, each with its area (1-6) and the sub-area it sits in, which name
 * the folders of an assessment package.
 */
public final class LkeCatalog {

    static final String RESOURCE = "catalog/lke-permenpanrb-90-2021.json";

    /** A linkable node: a question ({@code A.I.1.i.a}) or a sub-area ({@code A.I.1.i}). */
    public record Node(String id, int area, String subAreaId, String subAreaName) {
    }

    private final Map<String, Node> nodes;
    private final Map<Integer, String> areaNames;

    private LkeCatalog(Map<String, Node> nodes, Map<Integer, String> areaNames) {
        this.nodes = Map.copyOf(nodes);
        this.areaNames = Map.copyOf(areaNames);
    }

    public static LkeCatalog load(JsonMapper json) {
        try (InputStream in = LkeCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: add zi-contracts");
            }
            JsonNode catalog = json.readTree(in);
            Map<String, Node> nodes = new HashMap<>();
            Map<Integer, String> areaNames = new HashMap<>();
            for (JsonNode component : catalog.path("components")) {
                if (!"A".equals(component.path("id").asString())) {
                    continue;
                }
                for (JsonNode criterion : component.path("children")) {
                    for (JsonNode area : criterion.path("children")) {
                        int number = area.path("area").asInt();
                        // Pemenuhan (A.I) names the areas the way the rencana aksi does.
                        areaNames.putIfAbsent(number, area.path("name").asString());
                        for (JsonNode subArea : area.path("children")) {
                            collect(subArea, number, subArea.path("id").asString(), subArea.path("name").asString(), nodes);
                        }
                    }
                }
            }
            return new LkeCatalog(nodes, areaNames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sub-area and everything in it: its questions, or nested groups of questions (as in A.II.5.iii). */
    private static void collect(JsonNode node, int area, String subAreaId, String subAreaName, Map<String, Node> nodes) {
        String id = node.path("id").asString();
        nodes.put(id, new Node(id, area, subAreaId, subAreaName));
        for (JsonNode question : node.path("questions")) {
            collect(question, area, subAreaId, subAreaName, nodes);
        }
        for (JsonNode child : node.path("children")) {
            collect(child, area, subAreaId, subAreaName, nodes);
        }
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The area's name, e.g. 1 → Manajemen Perubahan. */
    public String areaName(int area) {
        return areaNames.getOrDefault(area, "Area " + area);
    }
}
