package id.zi.survey.survey.web;

import id.zi.platform.problem.Problems;
import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.response.IdempotencyKey;
import id.zi.survey.response.PublicAnswering;
import id.zi.survey.survey.LinkRevoked;
import id.zi.survey.survey.SurveyConflict;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The survey API's own problems (RFC 9457), each naming the field at fault where one is. */
@RestControllerAdvice(basePackages = "id.zi.survey")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblems {

    @ExceptionHandler(InvalidSurveyInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSurveyInput invalid) {
        return problem(Problems.invalid(invalid.field(), invalid.getMessage()).getBody());
    }

    @ExceptionHandler(SurveyConflict.class)
    ResponseEntity<ProblemDetail> conflict(SurveyConflict conflict) {
        ProblemDetail problem = Problems.conflict(conflict.getMessage()).getBody();
        if (conflict.existingId() != null) {
            problem.setType(URI.create(Problems.TYPE_BASE + "duplicate-survey"));
            problem.setTitle("Survey already exists");
            problem.setProperty("existingSurveyId", conflict.existingId());
            problem.setProperty("field", "serviceType.code");
        }
        return problem(problem);
    }

    @ExceptionHandler(LinkRevoked.class)
    ResponseEntity<ProblemDetail> gone(LinkRevoked revoked) {
        return problem(Problems.problem(HttpStatus.GONE, "link-revoked", "Survey link withdrawn", revoked.getMessage()));
    }

    @ExceptionHandler(PublicAnswering.KeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(PublicAnswering.KeyReused reused) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency key reused", reused.getMessage());
        problem.setProperty("field", IdempotencyKey.HEADER);
        problem.setProperty("errors", List.of(Map.of("field", IdempotencyKey.HEADER, "message", reused.getMessage())));
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
