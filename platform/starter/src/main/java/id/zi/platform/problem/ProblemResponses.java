package id.zi.platform.problem;

import com.mongodb.MongoException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoSocketException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of a request into problem+json. Validation failures name each field at fault;
 * an unexpected error says nothing about internals but is logged with the trace id.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100)
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                errors.isEmpty() ? "The request is invalid" : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message", String.valueOf(error.getDefaultMessage())))));
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                errors.isEmpty() ? "The request is invalid" : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = null;
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof DatabindException)) {
            cause = cause.getCause();
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            databind.getPath().forEach(reference -> {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            });
            field = path.toString();
        }
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                field != null ? "The value of '" + field + "' cannot be read" : "The request body is not valid JSON of the expected shape");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "'" + ex.getName() + "' has an invalid value");
        problem.setProperty("field", ex.getName());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A constraint on a parameter of a {@code @Validated} bean (a controller's {@code @Max} on {@code size}): the
     * caller's input, so 400 naming the parameter, not an unexpected error. The path is {@code method.parameter}.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.indexOf('.') + 1) : path;
            errors.add(Map.of("field", field, "message", String.valueOf(violation.getMessage())));
        }
        errors.sort(Comparator.comparing(error -> error.get("field")));
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                errors.isEmpty() ? "The request is invalid" : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The database is out of reach: the request may be retried later, nothing was written. */
    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<ProblemDetail> databaseDown(MongoException ex) {
        log.warn("database unavailable: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                        "The database is not reachable; try again shortly"));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(org.springframework.security.access.AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this action"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("unexpected error", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "Internal error", "An unexpected error occurred; it has been logged"));
    }
}
