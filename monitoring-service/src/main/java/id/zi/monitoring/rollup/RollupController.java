package id.zi.monitoring.rollup;

import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import id.zi.platform.scope.OrgScope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Roll-ups for any org node within the caller's read scope (404 outside it, as if it did not exist): the node's
 * summary with one per direct child, a ranking of its units, and a CSV export; and the rebuild of the read model
 * for a platform admin.
 */
@RestController
@RequestMapping("/api/monitoring/rollups")
class RollupController {

    static final int MAX_RANKING = 1000;
    private static final Pattern PERIOD = Pattern.compile("^([0-9]{4})-(Q[1-4]|S[12])$");

    private final RollupIndex index;
    private final RollupControl control;
    private final UnitFactsProjection projection;
    private final FactChanges changes;

    RollupController(RollupIndex index, RollupControl control, UnitFactsProjection projection, FactChanges changes) {
        this.index = index;
        this.control = control;
        this.projection = projection;
        this.changes = changes;
    }

    private record Query(String orgPath, int year, @Nullable String period) {
    }

    @GetMapping
    RollupView rollup(@RequestParam(required = false) String orgPath, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period) {
        Query query = query(orgPath, year, period);
        return index.rollup(query.orgPath(), query.year(), query.period());
    }

    @GetMapping("/ranking")
    Map<String, Object> ranking(@RequestParam(required = false) String orgPath, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "lkeTpi") String by,
            @RequestParam(defaultValue = "20") int limit) {
        Query query = query(orgPath, year, period);
        RollupIndex.RankBy rankBy;
        try {
            rankBy = RollupIndex.RankBy.valueOf(by);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("by", "by is one of lkeTpi, lkeSelf, ikm, coverage, realisation, not " + by);
        }
        if (limit < 1 || limit > MAX_RANKING) {
            throw Problems.invalid("limit", "limit is 1 to " + MAX_RANKING);
        }
        List<RollupView.RankingRow> rows = index.ranking(query.orgPath(), query.year(), query.period(), rankBy, limit);
        return Map.of("orgPath", query.orgPath(), "year", query.year(), "by", rankBy.name(), "units", rows);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String orgPath, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "csv") String format) {
        if (!format.equals("csv")) {
            throw Problems.invalid("format", "the export is available as csv");
        }
        Query query = query(orgPath, year, period);
        StringBuilder csv = new StringBuilder("unitId,name,orgPath,planStatus,evidenceRequired,evidenceAccepted,evidencePending,"
                + "evidenceReturned,evidenceMissing,monevPeriod,realisationNumerator,realisationDenominator,lkeSelf,lkeTpi,wbkSelf,wbkTpi,"
                + "wbbmSelf,wbbmTpi,ikm,ipak,ipkp\r\n");
        for (RollupIndex.ExportRow row : index.rows(query.orgPath(), query.year(), query.period())) {
            Facts.Coverage coverage = row.coverage();
            Facts.Monev monev = row.monev();
            csv.append(String.join(",", cell(row.unitId()), cell(row.name()), cell(row.orgPath()), cell(row.planStatus()),
                    Integer.toString(coverage.required()), Integer.toString(coverage.accepted()), Integer.toString(coverage.pending()),
                    Integer.toString(coverage.returned()), Integer.toString(coverage.missing()), cell(monev == null ? null : monev.period()),
                    monev == null ? "" : Long.toString(monev.numerator()), monev == null ? "" : Long.toString(monev.denominator()),
                    number(row.self() == null ? null : row.self().total()), number(row.tpi() == null ? null : row.tpi().total()),
                    flag(row.self() == null ? null : row.self().wbk()), flag(row.tpi() == null ? null : row.tpi().wbk()),
                    flag(row.self() == null ? null : row.self().wbbm()), flag(row.tpi() == null ? null : row.tpi().wbbm()),
                    number(row.ikm()), number(row.ipak()), number(row.ipkp()))).append("\r\n");
        }
        String name = "rollup" + query.orgPath().replace('/', '_') + "_" + (query.period() != null ? query.period() : query.year()) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deletes the read model and has every instance replay the topics from the beginning into it: the facts are
     * dropped, then the generation bumped, which each instance's index notices within its refresh interval.
     */
    @PostMapping("/rebuild")
    ResponseEntity<Map<String, Object>> rebuild() {
        Caller caller = Callers.current();
        if (!caller.isPlatformAdmin()) {
            throw Problems.forbidden("Only a platform admin rebuilds the roll-up read model");
        }
        projection.drop();
        changes.drop();
        long generation = control.bump();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("generation", generation));
    }

    private Query query(@Nullable String orgPath, @Nullable Integer year, @Nullable String period) {
        Caller caller = Callers.current();
        String path = orgPath == null || orgPath.isBlank() ? caller.readScope().rootPath() : orgPath;
        try {
            new OrgScope(path);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("orgPath", "orgPath is an org path such as /id/33: " + e.getMessage());
        }
        if (!caller.canSee(path)) {
            throw Problems.notFound("Org node", path);
        }
        Integer resolvedYear = year;
        if (period != null) {
            var matcher = PERIOD.matcher(period.toUpperCase(Locale.ROOT));
            if (!matcher.matches()) {
                throw Problems.invalid("period", "period is a quarter (2026-Q1) or a semester (2026-S1), not " + period);
            }
            int periodYear = Integer.parseInt(matcher.group(1));
            if (resolvedYear != null && resolvedYear != periodYear) {
                throw Problems.invalid("period", "period " + period + " is not in year " + resolvedYear);
            }
            resolvedYear = periodYear;
        }
        if (resolvedYear == null) {
            throw Problems.invalid("year", "year is required (or a period, which names it)");
        }
        if (resolvedYear < 2000 || resolvedYear > 2100) {
            throw Problems.invalid("year", "year " + resolvedYear + " is out of range");
        }
        return new Query(path, resolvedYear, period == null ? null : period.toUpperCase(Locale.ROOT));
    }

    private static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        // a cell a spreadsheet would run as a formula is prefixed, as OWASP advises for CSV exports
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : Double.toString(value);
    }

    private static String flag(@Nullable Boolean value) {
        return value == null ? "" : value.toString();
    }
}
