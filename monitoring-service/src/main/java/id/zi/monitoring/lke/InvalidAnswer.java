package id.zi.monitoring.lke;

/**
 * One answer that cannot be scored.
 *
 * @param field where it is in a request: {@code answers.<question id>}, or {@code answers.<id>.<input key>}
 *              when one count is at fault
 */
public record InvalidAnswer(String field, String message) {

    static InvalidAnswer of(String questionId, String message) {
        return new InvalidAnswer("answers." + questionId, message);
    }

    static InvalidAnswer of(String questionId, String key, String message) {
        return new InvalidAnswer("answers." + questionId + "." + key, message);
    }
}
