package id.zi.planning.orgunit.web;

import id.zi.planning.orgunit.OrgDirectory;
import id.zi.planning.orgunit.OrgUnit;
import id.zi.planning.orgunit.OrgUnitKind;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Callers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the org directory: each caller sees its own subtree only. */
@RestController
@RequestMapping("/api/planning/units")
@Validated
class OrgUnitController {

    private final OrgDirectory directory;

    OrgUnitController(OrgDirectory directory) {
        this.directory = directory;
    }

    /** The units the caller may see, in path order; {@code X-Total-Count} gives the size of the whole list. */
    @GetMapping
    ResponseEntity<List<OrgUnitView>> list(@RequestParam(required = false) OrgUnitKind kind, @RequestParam(required = false) String under,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        OrgDirectory.Page result = directory.list(Callers.current(), kind, under, page, size);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total()))
                .body(result.items().stream().map(OrgUnitView::of).toList());
    }

    @GetMapping("/{id}")
    ResponseEntity<OrgUnitView> get(@PathVariable String id) {
        OrgUnit unit = directory.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Unit", id));
        return ResponseEntity.ok().eTag(Long.toString(unit.version())).body(OrgUnitView.of(unit));
    }
}
