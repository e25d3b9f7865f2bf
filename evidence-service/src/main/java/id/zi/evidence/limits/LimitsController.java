package id.zi.evidence.limits;

import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A unit's upload limits: its own team reads them, a platform admin reads and sets any unit's. */
@RestController
class LimitsController {

    /** A unit may not be given more than this per file: the gateway's upload body limit is 600 MB. */
    static final long MAX_FILE_CEILING = 590L * 1024 * 1024;

    private final UploadLimits limits;

    LimitsController(UploadLimits limits) {
        this.limits = limits;
    }

    record NewLimits(Long maxFileSize, Long quota) {
    }

    @GetMapping("/api/evidence/limits/{unitId}")
    UploadLimits.Limits get(@PathVariable String unitId) {
        Caller caller = Callers.current();
        if (!caller.isPlatformAdmin() && !unitId.equals(caller.unitId())) {
            throw Problems.notFound("Limits of unit", unitId);
        }
        return limits.of(unitId);
    }

    @PutMapping("/api/evidence/limits/{unitId}")
    UploadLimits.Limits set(@PathVariable String unitId, @RequestBody NewLimits request) {
        requireAdmin();
        if (request.maxFileSize() != null && (request.maxFileSize() < 1 || request.maxFileSize() > MAX_FILE_CEILING)) {
            throw Problems.invalid("maxFileSize", "1 to " + MAX_FILE_CEILING + " bytes");
        }
        if (request.quota() != null && request.quota() < 1) {
            throw Problems.invalid("quota", "1 byte or more");
        }
        return limits.set(unitId, request.maxFileSize(), request.quota());
    }

    @DeleteMapping("/api/evidence/limits/{unitId}")
    ResponseEntity<UploadLimits.Limits> reset(@PathVariable String unitId) {
        requireAdmin();
        return ResponseEntity.of(limits.reset(unitId));
    }

    private static void requireAdmin() {
        if (!Callers.current().isPlatformAdmin()) {
            throw Problems.forbidden("Only a platform admin sets upload limits");
        }
    }
}
