package id.zi.monitoring.lke;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A node of the LKE tree: it holds either child nodes (scoring their sum) or questions (scoring by its
 * aggregation).
 *
 * @param area on AREA nodes, the area number 1–6 shared by its pemenuhan and reform halves
 */
public record LkeNode(String id, String name, Kind kind, BigDecimal weight, @Nullable Integer area,
        @Nullable Aggregation aggregation, List<LkeNode> children, List<LkeQuestion> questions) {

    public LkeNode {
        children = List.copyOf(children);
        questions = List.copyOf(questions);
    }

    public enum Kind {
        COMPONENT, CRITERION, AREA, SUB_AREA
    }

    public enum Aggregation {
        /** mean of the question values × the node's weight (Lampiran III's sub-areas) */
        MEAN,
        /** Σ question value × the question's own weight (hasil) */
        WEIGHTED
    }
}
