package id.zi.survey.index;

/**
 * Input the survey rules cannot compute from. {@code field} names the input at fault the way a request
 * names it ({@code elements[2].nrr}, {@code responses[4].U3}, {@code population}), so the caller can point
 * the user at it.
 */
public class InvalidSurveyInput extends IllegalArgumentException {

    private final String field;

    public InvalidSurveyInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
