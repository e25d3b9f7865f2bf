package id.zi.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The problems (RFC 9457) services raise. Each names its type, and where one input is at fault, the
 * {@code field}, so a client can point the user at it.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://zi.id/problems/";

    private Problems() {
    }

    public static ErrorResponseException invalid(String field, String detail) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("field", field);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    public static ErrorResponseException notFound(String what, String id) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                problem(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " " + id + " does not exist or is outside your scope"),
                null);
    }

    public static ErrorResponseException forbidden(String detail) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail), null);
    }

    public static ErrorResponseException unauthorized(String detail) {
        return new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail), null);
    }

    public static ErrorResponseException conflict(String detail) {
        return new ErrorResponseException(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "conflict", "Conflict", detail), null);
    }

    /** The resource changed since the client read it (optimistic concurrency). */
    public static ErrorResponseException preconditionFailed(String detail) {
        return new ErrorResponseException(HttpStatus.PRECONDITION_FAILED,
                problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", detail), null);
    }

    public static ErrorResponseException unavailable(String detail, Throwable cause) {
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
                problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail), cause);
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
