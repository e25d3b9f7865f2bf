package id.zi.monitoring.assessment.web;

import id.zi.monitoring.lke.InvalidAnswer;
import id.zi.monitoring.lke.InvalidAnswersException;
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

/** Answers a save cannot take, each named by its field ({@code answers.<id>.answer}, {@code answers.<id>.evidence[0]}). */
@RestControllerAdvice(basePackages = "id.zi.monitoring.assessment")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssessmentProblems {

    @ExceptionHandler(InvalidAnswersException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAnswersException invalid) {
        InvalidAnswer first = invalid.errors().get(0);
        int more = invalid.errors().size() - 1;
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                first.field() + ": " + first.message() + (more == 0 ? "" : " (and " + more + " more in errors)"));
        problem.setProperty("field", first.field());
        problem.setProperty("errors", invalid.errors().stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
