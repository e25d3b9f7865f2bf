package id.zi.monitoring.lke;

import java.util.List;

/** Answers that cannot be scored, every one of them named, so the user fixes them in one go. */
public class InvalidAnswersException extends IllegalArgumentException {

    private final List<InvalidAnswer> errors;

    public InvalidAnswersException(List<InvalidAnswer> errors) {
        super(errors.isEmpty() ? "invalid answers" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<InvalidAnswer> errors() {
        return errors;
    }
}
