package id.zi.monitoring.monev.web;

import id.zi.monitoring.monev.MonevLifecycle;
import id.zi.monitoring.monev.MonevPeriod;
import id.zi.monitoring.monev.MonevSettings;
import id.zi.monitoring.orgunit.OrgUnitProjection;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import java.time.Clock;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's monev setting: quarterly (the default) or per semester. The unit's operator or head chooses it
 * (a platform admin for any unit); monevs already made keep their periods.
 */
@RestController
class MonevSettingsController {

    private final MonevSettings settings;
    private final OrgUnitProjection units;
    private final Clock clock;

    MonevSettingsController(MonevSettings settings, OrgUnitProjection units, Clock clock) {
        this.settings = settings;
        this.units = units;
        this.clock = clock;
    }

    record SettingRequest(@Nullable String cadence) {
    }

    @GetMapping("/api/monitoring/units/{unitId}/monev-settings")
    ResponseEntity<MonevSettings.Setting> get(@PathVariable String unitId) {
        Caller caller = Callers.current();
        MonevSettings.Setting setting = settings.find(caller.readScope(), unitId).orElseGet(() -> {
            // never chosen: the default, for a unit the caller may see
            String orgPath = orgPathOf(caller, unitId);
            if (orgPath == null || !caller.canSee(orgPath)) {
                throw Problems.notFound("Unit", unitId);
            }
            return settings.of(unitId);
        });
        return ResponseEntity.ok().eTag(Long.toString(setting.version())).body(setting);
    }

    @PutMapping("/api/monitoring/units/{unitId}/monev-settings")
    ResponseEntity<MonevSettings.Setting> put(@PathVariable String unitId, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody SettingRequest request) {
        Caller caller = Callers.current();
        String orgPath = orgPathOf(caller, unitId);
        if (orgPath == null || !caller.canSee(orgPath)) {
            throw Problems.notFound("Unit", unitId);
        }
        boolean ownUnit = unitId.equals(caller.unitId()) && (caller.hasRole(MonevLifecycle.UNIT_OPERATOR)
                || caller.hasRole(MonevLifecycle.UNIT_HEAD));
        if (!(ownUnit || caller.isPlatformAdmin()) || !caller.canWrite(orgPath)) {
            throw Problems.forbidden("Only the operator or head of unit " + unitId + " chooses how often it holds its monev");
        }
        MonevPeriod.Cadence cadence;
        try {
            cadence = MonevPeriod.Cadence.valueOf(String.valueOf(request.cadence()).strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("cadence", "one of " + Arrays.toString(MonevPeriod.Cadence.values()));
        }
        Long expected = MonevController.version(ifMatch);
        long current = settings.of(unitId).version();
        if (expected != null && expected != current) {
            throw Problems.preconditionFailed("The monev setting of unit " + unitId + " is at version " + current + ", not " + expected);
        }
        if (!settings.save(caller.writeScope(), unitId, orgPath, cadence, current, caller.username(), clock.instant())) {
            throw Problems.preconditionFailed("The monev setting of unit " + unitId + " changed meanwhile; reload it and try again");
        }
        MonevSettings.Setting saved = settings.of(unitId);
        return ResponseEntity.ok().eTag(Long.toString(saved.version())).body(saved);
    }

    /** The unit's path: the caller's own unit from the token, any other from monitoring's copy of the directory. */
    private @Nullable String orgPathOf(Caller caller, String unitId) {
        if (unitId.equals(caller.unitId()) && caller.writeScope() != null && caller.writeScope().rootId().equals(unitId)) {
            return caller.writeScope().rootPath();
        }
        return units.find(unitId).map(unit -> unit.getString("path")).orElse(null);
    }
}
