package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scored LKE: every node's score, every question's value, and the questions nobody answered (each counted
 * as 0). All values are unrounded; round to 2 decimals only to show them.
 *
 * @param nodes      every node of the catalog by id, parents before children
 * @param questions  every question of the catalog by id
 * @param unanswered the ids of the questions without an answer, in catalog order
 */
public record LkeScore(LkeCatalog catalog, Map<String, NodeScore> nodes, Map<String, QuestionScore> questions, List<String> unanswered) {

    static final MathContext MATH = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LkeScore {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
        unanswered = List.copyOf(unanswered);
    }

    public record NodeScore(LkeNode node, BigDecimal score) {

        /** score ÷ weight × 100 */
        public BigDecimal percent() {
            return percentOf(score, node.weight());
        }
    }

    /**
     * @param answer what was entered, or null when the question is unanswered
     * @param value  the answer's value in [0, 1]; 0 when unanswered
     */
    public record QuestionScore(LkeQuestion question, @Nullable Answer answer, BigDecimal value) {

        public boolean answered() {
            return answer != null;
        }
    }

    /**
     * One area of Lampiran II Tabel 3 (e.g. 3 Penataan Sistem Manajemen SDM, weight 10) with its pemenuhan and
     * reform halves together.
     *
     * @param nodes the AREA nodes making it up, pemenuhan first
     */
    public record AreaScore(int area, String name, BigDecimal weight, BigDecimal score, List<NodeScore> nodes) {

        public AreaScore {
            nodes = List.copyOf(nodes);
        }

        public BigDecimal percent() {
            return percentOf(score, weight);
        }
    }

    public NodeScore node(String nodeId) {
        NodeScore node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("LKE " + catalog.id() + " has no node " + nodeId);
        }
        return node;
    }

    public QuestionScore question(String questionId) {
        QuestionScore question = questions.get(questionId);
        if (question == null) {
            throw new IllegalArgumentException("LKE " + catalog.id() + " has no question " + questionId);
        }
        return question;
    }

    /** Pengungkit + hasil. */
    public BigDecimal total() {
        return catalog.components().stream().map(component -> node(component.id()).score()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal pengungkit() {
        return node(catalog.pengungkit().id()).score();
    }

    public BigDecimal pemenuhan() {
        return node(catalog.pemenuhan().id()).score();
    }

    public BigDecimal reform() {
        return node(catalog.reform().id()).score();
    }

    public BigDecimal hasil() {
        return node(catalog.hasil().id()).score();
    }

    /** The areas by number, ascending. */
    public Map<Integer, AreaScore> areas() {
        Map<Integer, AreaScore> areas = new LinkedHashMap<>();
        catalog.areas().forEach((area, areaNodes) -> {
            List<NodeScore> scores = new ArrayList<>();
            areaNodes.forEach(node -> scores.add(node(node.id())));
            areas.put(area, new AreaScore(area, areaNodes.get(0).name(),
                    areaNodes.stream().map(LkeNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add),
                    scores.stream().map(NodeScore::score).reduce(BigDecimal.ZERO, BigDecimal::add), scores));
        });
        return areas;
    }

    static BigDecimal percentOf(BigDecimal score, BigDecimal weight) {
        return score.multiply(HUNDRED).divide(weight, MATH);
    }
}
