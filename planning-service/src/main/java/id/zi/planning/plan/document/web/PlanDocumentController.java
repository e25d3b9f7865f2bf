package id.zi.planning.plan.document.web;

import id.zi.planning.plan.PlanRuleViolation;
import id.zi.planning.plan.PlanStateConflict;
import id.zi.planning.plan.WorkPlan;
import id.zi.planning.plan.document.CellProblem;
import id.zi.planning.plan.document.PlanDocuments;
import id.zi.planning.plan.document.WorkbookRejected;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Callers;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The work plan as files: the rencana aksi as XLSX (template, export, import) and the signed plan as PDF.
 * The answer to an import is the plan as GET and PUT give it.
 */
@RestController
@RequestMapping("/api/planning/plans")
class PlanDocumentController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanDocuments documents;

    PlanDocumentController(PlanDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return file(documents.template(), XLSX);
    }

    @GetMapping("/{id}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable String id) {
        return file(documents.exportXlsx(Callers.current(), id), XLSX);
    }

    @GetMapping("/{id}/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable String id) {
        return file(documents.exportPdf(Callers.current(), id), MediaType.APPLICATION_PDF);
    }

    @PostMapping(path = "/{id}/import.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importXlsx(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "version", required = false) Long version, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long expected = expectedVersion(ifMatch, version);
        byte[] bytes = read(file);
        WorkPlan plan = documents.importXlsx(Callers.current(), id, bytes, expected);
        // The same body as GET /plans/{id}, without reaching into the plan controller's package-private view.
        return ResponseEntity.ok().eTag(Long.toString(plan.version())).body(Map.of("id", plan.id(), "version", plan.version(), "revision",
                plan.revision(), "status", plan.status(), "rows", plan.content().rows()));
    }

    @ExceptionHandler(WorkbookRejected.class)
    ResponseEntity<ProblemDetail> rejected(WorkbookRejected rejected) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-workbook", "Invalid workbook", rejected.getMessage());
        problem.setProperty("field", "file");
        List<Map<String, Object>> errors = rejected.problems().stream().map(PlanDocumentController::error).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(PlanRuleViolation violation) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.invalid(violation.field(), violation.getMessage()).getBody());
    }

    @ExceptionHandler(PlanStateConflict.class)
    ResponseEntity<ProblemDetail> stateConflict(PlanStateConflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.conflict(conflict.getMessage()).getBody());
    }

    private static Map<String, Object> error(CellProblem cell) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("row", cell.row());
        error.put("column", cell.column());
        error.put("header", cell.header());
        error.put("message", cell.message());
        return error;
    }

    private static byte[] read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > PlanDocuments.MAX_UPLOAD_BYTES) {
            throw Problems.invalid("file", "the file is " + file.getSize() + " bytes; at most " + PlanDocuments.MAX_UPLOAD_BYTES
                    + " bytes (5 MB) are accepted");
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw Problems.invalid("file", "the upload could not be read: " + e.getMessage());
        }
    }

    private static ResponseEntity<byte[]> file(PlanDocuments.Named named, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(named.fileName()).build().toString())
                .body(named.bytes());
    }

    private static long expectedVersion(String ifMatch, Long formVersion) {
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw Problems.invalid("If-Match", "If-Match carries the plan's version, e.g. \"3\"");
            }
        }
        if (formVersion == null) {
            throw Problems.invalid("version", "send the version you read, as If-Match or as the form field version, so no change is overwritten");
        }
        return formVersion;
    }
}
