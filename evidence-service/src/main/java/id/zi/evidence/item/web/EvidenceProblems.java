package id.zi.evidence.item.web;

import id.zi.evidence.item.EvidenceConflict;
import id.zi.evidence.item.EvidenceLifecycle;
import id.zi.evidence.item.EvidenceRuleViolation;
import id.zi.evidence.storage.StorageUnavailable;
import id.zi.evidence.storage.UploadRejected;
import id.zi.platform.problem.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The evidence API's own problems (RFC 9457), each naming the field at fault where one is. */
@RestControllerAdvice(basePackages = "id.zi.evidence")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

    @ExceptionHandler(EvidenceRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(EvidenceRuleViolation violation) {
        return problem(Problems.invalid(violation.field(), violation.getMessage()).getBody());
    }

    @ExceptionHandler(EvidenceConflict.class)
    ResponseEntity<ProblemDetail> conflict(EvidenceConflict conflict) {
        ProblemDetail problem = Problems.conflict(conflict.getMessage()).getBody();
        if (conflict.existingId() != null) {
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + "duplicate-evidence"));
            problem.setTitle("Same file already uploaded");
            problem.setProperty("existingEvidenceId", conflict.existingId());
            problem.setProperty("field", "file");
        }
        return problem(problem);
    }

    @ExceptionHandler(EvidenceLifecycle.RejectedFile.class)
    ResponseEntity<ProblemDetail> rejected(EvidenceLifecycle.RejectedFile rejected) {
        UploadRejected why = rejected.rejection();
        HttpStatus status = switch (why.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case TYPE_NOT_ALLOWED, NAME_MISMATCH -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case EMPTY, INCOMPLETE -> HttpStatus.BAD_REQUEST;
        };
        String type = switch (why.reason()) {
            case TOO_LARGE -> "file-too-large";
            case TYPE_NOT_ALLOWED -> "file-type-not-allowed";
            case NAME_MISMATCH -> "file-name-mismatch";
            case EMPTY -> "empty-file";
            case INCOMPLETE -> "incomplete-upload";
        };
        ProblemDetail problem = Problems.problem(status, type, "File refused", why.getMessage());
        problem.setProperty("field", why.field());
        problem.setProperty("errors", List.of(Map.of("field", why.field(), "message", why.getMessage())));
        return problem(problem);
    }

    @ExceptionHandler(EvidenceLifecycle.UploadsBusy.class)
    ResponseEntity<ProblemDetail> busy(EvidenceLifecycle.UploadsBusy busy) {
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "uploads-busy", "Too many uploads", busy.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(StorageUnavailable.class)
    ResponseEntity<ProblemDetail> storageDown(StorageUnavailable down) {
        ProblemDetail problem = Problems.unavailable(down.getMessage(), null).getBody();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
