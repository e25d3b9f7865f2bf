package id.zi.survey.survey;

import org.jspecify.annotations.Nullable;

/** The change cannot be made in the survey's current state (409), e.g. a second survey of the same service type. */
public class SurveyConflict extends RuntimeException {

    private final @Nullable String existingId;

    public SurveyConflict(String message, @Nullable String existingId) {
        super(message);
        this.existingId = existingId;
    }

    public @Nullable String existingId() {
        return existingId;
    }
}
