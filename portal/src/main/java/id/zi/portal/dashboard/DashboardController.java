package id.zi.portal.dashboard;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.web.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluators' dashboard ({@code /dasbor}): the roll-up of one org node with its children for drill-down,
 * charts, the ranking of the units under it, and the CSV export. Which nodes a user may open is the API's
 * decision (a node outside their scope answers 404, shown as the problem page).
 */
@Controller
class DashboardController {

    /** What the ranking can be by, in the order the selector offers them (the API's names). */
    static final List<String> MEASURES = List.of("lkeTpi", "lkeSelf", "ikm", "coverage", "realisation");
    static final int RANKING_LIMIT = 20;
    static final List<String> PERIODS = List.of("Q1", "Q2", "Q3", "Q4", "S1", "S2");
    /** How many years back the year selector reaches (plans of earlier years are still rolled up). */
    static final int YEARS_BACK = 10;
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    // Values go into the API's query string as they are: anything else is refused here, before the URL is built.
    private static final Pattern ORG_PATH = Pattern.compile("^(/[A-Za-z0-9._-]+)+$");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{1,4}$");
    private static final Pattern PERIOD = Pattern.compile("^([0-9]{4}-)?(Q[1-4]|S[12])$", Pattern.CASE_INSENSITIVE);

    private final Gateway gateway;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardController(Gateway gateway, MessageSource messages, JsonMapper json) {
        this.gateway = gateway;
        this.messages = messages;
        this.json = json;
    }

    /** The node and period asked for, normalised: a bare quarter ({@code Q1}) belongs to the chosen year. */
    public record Query(@Nullable String orgPath, String year, @Nullable String period) {

        static Query of(@Nullable String orgPath, @Nullable String year, @Nullable String period) {
            String y = year == null || year.isBlank() ? Integer.toString(LocalDate.now(JAKARTA).getYear()) : year.trim();
            String p = period == null || period.isBlank() ? null : period.trim().toUpperCase(Locale.ROOT);
            if (p != null && !p.contains("-")) {
                p = y + "-" + p;
            }
            return new Query(orgPath == null || orgPath.isBlank() ? null : orgPath.trim(), y, p);
        }

        /** The field at fault, when a value cannot even be sent. */
        @Nullable String invalidField() {
            if (orgPath != null && !ORG_PATH.matcher(orgPath).matches()) {
                return "orgPath";
            }
            if (!YEAR.matcher(year).matches()) {
                return "year";
            }
            if (period != null && !PERIOD.matcher(period).matches()) {
                return "period";
            }
            return null;
        }

        /** The bare quarter or semester, for the selector. */
        public @Nullable String periodPart() {
            return period == null ? null : period.substring(period.indexOf('-') + 1);
        }

        /** The dashboard of another node for the same year and period: a drill-down or breadcrumb link. */
        public String href(String nodePath) {
            return new Query(nodePath, year, period).api("/dasbor");
        }

        /** @param extra further parameters as name, value pairs, in the order they go into the query */
        String api(String path, String... extra) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            if (orgPath != null) {
                uri.queryParam("orgPath", orgPath);
            }
            uri.queryParam("year", year);
            if (period != null) {
                uri.queryParam("period", period);
            }
            for (int i = 0; i + 1 < extra.length; i += 2) {
                uri.queryParam(extra[i], extra[i + 1]);
            }
            return uri.build().toUriString();
        }
    }

    @GetMapping("/dasbor")
    String dashboard(@RequestParam(required = false) String orgPath, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "lkeTpi") String by,
            @AuthenticationPrincipal OidcUser user, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Locale locale, Model model, HttpServletResponse response) {
        PortalUser me = PortalUser.of(user);
        Query query = Query.of(orgPath, year, period);
        String measure = MEASURES.contains(by) ? by : MEASURES.getFirst();
        form(model, query, measure);
        String invalid = query.invalidField();
        if (invalid != null) {
            model.addAttribute("fieldErrors", Map.of(invalid, messages.getMessage("evaluator.invalid." + invalid, null, locale)));
            return "dashboard/index";
        }
        // the roll-up, the ranking and the breadcrumb's names at once: the page waits for the slowest, not the sum
        String expected = query.orgPath() != null ? query.orgPath() : me.scopePath();
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<ApiResponse> rollupCall = calls.submit(() -> gateway.get(client, query.api("/api/monitoring/rollups")));
            Future<ApiResponse> rankingCall = calls.submit(() -> gateway.get(client, rankingPath(query, measure)));
            Map<String, Future<ApiResponse>> unitCalls = expected == null ? Map.of() : unitCalls(calls, client, me, expected);
            ApiResponse answer = join(rollupCall);
            if (answer.status() == 400 && answer.problem() != null) {
                // bad year or period: the form stays, with the API's own words next to the field it names
                model.addAttribute("fieldErrors", fieldErrors(answer.problem()));
                return "dashboard/index";
            }
            if (!answer.ok() || answer.body() == null) {
                // a node outside the user's scope (404) or a role without roll-ups (403): said on the page itself, so
                // the year and period form stays and the way back is one click
                response.setStatus(answer.status());
                model.addAttribute("problem", answer.problem() != null ? answer.problem().message() : "HTTP " + answer.status());
                return "dashboard/index";
            }
            Numbers numbers = new Numbers(locale);
            Rollup rollup = Rollup.of(answer.body(), numbers);
            Query shown = new Query(rollup.orgPath(), Integer.toString(rollup.year()), rollup.period());
            if (!rollup.orgPath().equals(expected)) {
                unitCalls = unitCalls(calls, client, me, rollup.orgPath());
            }
            List<Crumb> crumbs = crumbs(unitCalls);
            Crumb node = crumbs.getLast();
            model.addAttribute("query", shown);
            model.addAttribute("rollup", rollup);
            model.addAttribute("crumbs", crumbs);
            model.addAttribute("node", node);
            model.addAttribute("unitLevel", "UNIT".equals(node.kind()) || rollup.children().isEmpty() && rollup.summary().units() == 1);
            model.addAttribute("charts", charts(rollup, locale));
            model.addAttribute("exportHref", shown.api("/dasbor/ekspor"));
            showRanking(model, join(rankingCall), measure, numbers);
            return "dashboard/index";
        }
    }

    /** The ranking alone, for htmx when the measure changes (the page's own form works without it too). */
    @GetMapping("/dasbor/peringkat")
    String rankingOnly(@RequestParam(required = false) String orgPath, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "lkeTpi") String by,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, Locale locale, Model model) {
        Query query = Query.of(orgPath, year, period);
        String measure = MEASURES.contains(by) ? by : MEASURES.getFirst();
        form(model, query, measure);
        if (query.invalidField() == null) {
            showRanking(model, gateway.get(client, rankingPath(query, measure)), measure, new Numbers(locale));
        } else {
            model.addAttribute("rankingError", messages.getMessage("evaluator.invalid." + query.invalidField(), null, locale));
        }
        return "dashboard/index :: ranking";
    }

    /** The CSV of every unit under the node, streamed from the API as it comes (file name and type as it names them). */
    @GetMapping("/dasbor/ekspor")
    void export(@RequestParam(required = false) String orgPath, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "csv") String format,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, HttpServletResponse response) {
        Query query = Query.of(orgPath, year, period);
        if (query.invalidField() != null) {
            throw new ApiProblemException(new ApiProblem(400, "Bad Request", query.invalidField() + " is not valid", query.invalidField(), List.of()));
        }
        gateway.streamTo(client, query.api("/api/monitoring/rollups/export", "format", format), response, false);
    }

    private void form(Model model, Query query, String measure) {
        int thisYear = LocalDate.now(JAKARTA).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear + 1; y >= thisYear - YEARS_BACK; y--) {
            years.add(y);
        }
        if (YEAR.matcher(query.year()).matches() && !years.contains(Integer.parseInt(query.year()))) {
            years.add(Integer.parseInt(query.year()));
        }
        model.addAttribute("query", query);
        model.addAttribute("years", years);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("measures", MEASURES);
        model.addAttribute("measure", measure);
    }

    private static String rankingPath(Query query, String measure) {
        return query.api("/api/monitoring/rollups/ranking", "by", measure, "limit", Integer.toString(RANKING_LIMIT));
    }

    private void showRanking(Model model, ApiResponse answer, String measure, Numbers numbers) {
        if (!answer.ok() || answer.body() == null) {
            model.addAttribute("rankingError", answer.problem() != null ? answer.problem().message() : "HTTP " + answer.status());
            return;
        }
        List<RankRow> rows = new ArrayList<>();
        for (JsonNode row : answer.body().path("units")) {
            double value = row.path("value").asDouble();
            String text = switch (measure) {
                case "coverage" -> numbers.share(value);
                case "realisation" -> numbers.percent(value);
                default -> numbers.decimal(value);
            };
            String unitId = row.path("unitId").asString();
            rows.add(new RankRow(row.path("rank").asInt(), unitId, row.path("name").asString(unitId), row.path("orgPath").asString(), text));
        }
        model.addAttribute("ranking", rows);
    }

    /** One place on the way from the user's scope down to the node, with its name from the org directory. */
    public record Crumb(String orgPath, String id, String name, @Nullable String kind) {
    }

    public record RankRow(int rank, String unitId, String name, String orgPath, String value) {
    }

    /**
     * The breadcrumb's look-ups, started at once: national → province → regency/city → unit, from the top the user
     * may see (their scope) down to the node, each name from the org directory (a node the directory does not
     * answer for keeps its id as its name).
     */
    Map<String, Future<ApiResponse>> unitCalls(ExecutorService calls, OAuth2AuthorizedClient client, PortalUser me, String orgPath) {
        String scope = me.scopePath() != null && (orgPath + "/").startsWith(me.scopePath() + "/") ? me.scopePath() : null;
        Map<String, Future<ApiResponse>> units = new LinkedHashMap<>();
        int end = 0;
        while (end < orgPath.length()) {
            int next = orgPath.indexOf('/', end + 1);
            end = next < 0 ? orgPath.length() : next;
            String path = orgPath.substring(0, end);
            if (scope == null || path.length() >= scope.length()) {
                units.put(path, calls.submit(() -> gateway.get(client, "/api/planning/units/" + id(path))));
            }
        }
        return units;
    }

    private static List<Crumb> crumbs(Map<String, Future<ApiResponse>> units) {
        List<Crumb> crumbs = new ArrayList<>();
        units.forEach((path, call) -> {
            ApiResponse unit = join(call);
            JsonNode body = unit.ok() ? unit.body() : null;
            String id = id(path);
            crumbs.add(new Crumb(path, id, body == null ? id : body.path("name").asString(id), body == null ? null : body.path("kind").asString(null)));
        });
        return crumbs;
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The answer of a call made beside others; what it threw (the gateway unavailable) is thrown here as it was. */
    private static <T> T join(Future<T> call) {
        try {
            return call.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the charts draw, as JSON for dashboard.js: labels in the reader's language, raw numbers. */
    String charts(Rollup rollup, Locale locale) {
        String self = messages.getMessage("evaluator.lke.self", null, locale);
        String tpi = messages.getMessage("evaluator.lke.tpi", null, locale);
        Rollup.Summary summary = rollup.summary();
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("locale", locale.toLanguageTag());
        charts.put("lke", Map.of("labels", summary.self().bins().stream().map(Rollup.Bin::label).toList(),
                "datasets", List.of(dataset(self, summary.self().bins().stream().map(Rollup.Bin::units).toList()),
                        dataset(tpi, summary.tpi().bins().stream().map(Rollup.Bin::units).toList()))));
        List<Object> ikm = new ArrayList<>();
        rollup.children().forEach(child -> ikm.add(child.summary().ikm().pooledValue()));
        charts.put("ikm", Map.of("labels", rollup.children().stream().map(Rollup.Child::name).toList(),
                "datasets", List.of(dataset(messages.getMessage("evaluator.ikm.pooled", null, locale), ikm)), "decimals", 2,
                // bars across: region and unit names are long
                "horizontal", true));
        charts.put("readiness", Map.of("labels", List.of("WBK", "WBBM"),
                "datasets", List.of(dataset(self, List.of(summary.self().wbkReady(), summary.self().wbbmReady())),
                        dataset(tpi, List.of(summary.tpi().wbkReady(), summary.tpi().wbbmReady())))));
        return json.writeValueAsString(charts);
    }

    private static Map<String, Object> dataset(String label, List<?> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        return dataset;
    }

    private static Map<String, String> fieldErrors(ApiProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        String field = problem.field() != null ? problem.field() : errors.isEmpty() ? "form" : null;
        if (field != null) {
            errors.putIfAbsent(field, problem.message());
        }
        return errors;
    }
}
