package id.zi.monitoring.monev;

import org.jspecify.annotations.Nullable;

/**
 * The request cannot apply to the monev as it stands: a monev of that period exists already, the plan is not
 * known yet, or the monev is not in a state that allows the step. {@code field} names the input concerned,
 * when one is.
 */
public class MonevConflict extends RuntimeException {

    private final @Nullable String field;

    public MonevConflict(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
