package id.zi.monitoring.monev.web;

import id.zi.monitoring.monev.MonevConflict;
import id.zi.monitoring.monev.MonevRuleViolation;
import id.zi.platform.problem.Problems;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The monev API's own problems (RFC 9457): every fault named by its field, the first one as {@code field}. */
@RestControllerAdvice(basePackages = "id.zi.monitoring.monev")
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonevProblems {

    @ExceptionHandler(MonevRuleViolation.class)
    ResponseEntity<ProblemDetail> violation(MonevRuleViolation violation) {
        MonevRuleViolation.Fault first = violation.faults().get(0);
        int more = violation.faults().size() - 1;
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                first.field() + ": " + first.message() + (more == 0 ? "" : " (and " + more + " more in errors)"));
        problem.setProperty("field", first.field());
        problem.setProperty("errors", violation.faults().stream().map(fault -> Map.of("field", fault.field(), "message", fault.message()))
                .toList());
        return problem(problem);
    }

    @ExceptionHandler(MonevConflict.class)
    ResponseEntity<ProblemDetail> conflict(MonevConflict conflict) {
        ProblemDetail problem = Problems.conflict(conflict.getMessage()).getBody();
        if (conflict.field() != null) {
            problem.setProperty("field", conflict.field());
        }
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
