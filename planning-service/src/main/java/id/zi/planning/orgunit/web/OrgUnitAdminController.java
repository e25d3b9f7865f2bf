package id.zi.planning.orgunit.web;

import id.zi.planning.orgunit.OrgDirectory;
import id.zi.planning.orgunit.OrgUnit;
import id.zi.planning.orgunit.OrgUnitKind;
import id.zi.planning.orgunit.OrgRuleViolation;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Callers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing the org directory (platform admins). Updates take the version the client read, as
 * {@code If-Match} or in the body, and answer 412 instead of overwriting someone else's change.
 */
@RestController
@RequestMapping("/api/planning/admin/units")
class OrgUnitAdminController {

    private final OrgDirectory directory;

    OrgUnitAdminController(OrgDirectory directory) {
        this.directory = directory;
    }

    record CreateUnit(@Pattern(regexp = "[a-z0-9][a-z0-9.\\-]{0,63}") String id,
            @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z.\\-]*") String code,
            @NotBlank @Size(max = OrgUnit.MAX_NAME) String name, @NotNull OrgUnitKind kind, String parentId) {
    }

    record RenameUnit(@NotBlank @Size(max = OrgUnit.MAX_NAME) String name, Long version) {
    }

    record MoveUnit(@NotBlank String parentId, LocalDate effectiveFrom, Long version) {
    }

    @PostMapping
    ResponseEntity<OrgUnitView> create(@Valid @RequestBody CreateUnit request) {
        OrgUnit unit = directory.create(Callers.current(),
                new OrgDirectory.NewUnit(request.id(), request.code(), request.name(), request.kind(), request.parentId()));
        return ResponseEntity.created(URI.create("/api/planning/units/" + unit.id())).eTag(Long.toString(unit.version()))
                .body(OrgUnitView.of(unit));
    }

    @PatchMapping("/{id}")
    ResponseEntity<OrgUnitView> rename(@PathVariable String id, @Valid @RequestBody RenameUnit request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OrgUnit unit = directory.rename(Callers.current(), id, request.name(), expectedVersion(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Long.toString(unit.version())).body(OrgUnitView.of(unit));
    }

    @PostMapping("/{id}/move")
    ResponseEntity<OrgUnitView> move(@PathVariable String id, @Valid @RequestBody MoveUnit request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OrgUnit unit = directory.move(Callers.current(), id, request.parentId(), request.effectiveFrom(),
                expectedVersion(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Long.toString(unit.version())).body(OrgUnitView.of(unit));
    }

    @ExceptionHandler(OrgRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(OrgRuleViolation violation) {
        return ResponseEntity.badRequest().body(Problems.invalid(violation.field(), violation.getMessage()).getBody());
    }

    private static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw Problems.invalid("If-Match", "If-Match carries the unit's version, e.g. \"3\"");
            }
        }
        if (bodyVersion == null) {
            throw Problems.invalid("version", "send the version you read, as If-Match or in the body, so no change is overwritten");
        }
        return bodyVersion;
    }
}
