package id.zi.survey.survey;

import java.time.Instant;
import java.util.List;

/** The improvement plan of one period, as last saved. */
public record FollowUp(List<FollowUpItem> items, Instant updatedAt, String updatedBy) {

    public FollowUp {
        items = List.copyOf(items);
    }
}
