package id.zi.portal.home;

import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.Gateway;
import id.zi.portal.web.PortalUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * "Di mana posisi kami?": the unit team's standing, each figure from the API that owns it. The plan list comes
 * first (it names the year the other figures are about); the five other calls then run side by side, so the
 * page waits for the slowest of them, not their sum. A card whose API failed says so and the others still show.
 */
@Component
public class UnitStanding {

    private static final Logger log = LoggerFactory.getLogger(UnitStanding.class);
    /** Virtual threads: the calls only wait on the network. */
    private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();

    private final Gateway gateway;

    UnitStanding(Gateway gateway) {
        this.gateway = gateway;
    }

    /** A card's content, or {@code failed} when its API did not answer. */
    public record Card<T>(@Nullable T value, boolean failed) {
        static <T> Card<T> of(T value) {
            return new Card<>(value, false);
        }

        static <T> Card<T> failure() {
            return new Card<>(null, true);
        }
    }

    /**
     * @param year         the year the figures are about: this year when the unit has its plan, else its latest plan's year
     * @param currentPlan  this year's plan, null when there is none
     * @param latestPlan   the newest plan the unit has, whatever its year
     */
    public record Plans(int currentYear, int year, @Nullable PlanLine currentPlan, @Nullable PlanLine latestPlan) {
    }

    public record PlanLine(int year, String status, int revision, int rowCount) {
    }

    public record DueRow(String rowId, String label, List<Integer> dueMonths, String pic) {
    }

    public record Due(int year, int quarter, List<DueRow> rows) {
    }

    public record Coverage(int year, int rows, int rowsComplete, int required, int accepted, int pending, int returned, int missing) {
    }

    /** @param missingPeriods periods of the year up to now without a monev */
    public record Monev(int year, List<MonevLine> monevs, List<String> missingPeriods) {
    }

    public record MonevLine(String id, String period, String status, int rowsDue, int rowsDone, double averageRealisation) {
    }

    public record SurveyLine(String instrument, String indexName, String period, @Nullable Double value, @Nullable String grade, long respondents) {
    }

    public record Failure(String condition, @Nullable String subject, @Nullable Double value, @Nullable Double minimum) {
    }

    public record Lke(int year, double total, int answered, boolean wbkEligible, List<Failure> wbkFailures) {
    }

    public record Standing(Card<Plans> plans, Card<Due> due, Card<Coverage> coverage, Card<Monev> monev, Card<List<SurveyLine>> surveys,
            Card<Lke> lke) {
    }

    Standing of(PortalUser me, OAuth2AuthorizedClient client, LocalDate today) {
        String unit = me.unitId();
        int currentYear = today.getYear();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        Card<Plans> plans = call("plans", () -> plans(client, unit, currentYear));
        int year = plans.value() != null ? plans.value().year() : currentYear;
        boolean pastYear = year < currentYear;
        CompletableFuture<Card<Due>> due = async("due", () -> {
            JsonNode rows = gateway.read(client, "/api/planning/plans/due?year=" + year + "&quarter=" + quarter + "&under=" + unit);
            List<DueRow> list = new ArrayList<>();
            rows.forEach(row -> {
                if (unit.equals(row.path("unitId").asString())) {
                    list.add(new DueRow(row.path("rowId").asString(), label(row), ints(row.path("dueMonths")), row.path("pic").asString("")));
                }
            });
            return new Due(year, quarter, list);
        });
        CompletableFuture<Card<Coverage>> coverage = async("coverage", () -> {
            ApiResponse response = gateway.get(client, "/api/evidence/coverage/units/" + unit + "/years/" + year);
            if (response.status() == 404) {
                return null;
            }
            JsonNode summary = must(response).path("summary");
            return new Coverage(year, summary.path("rows").asInt(), summary.path("rowsComplete").asInt(), summary.path("required").asInt(),
                    summary.path("accepted").asInt(), summary.path("pending").asInt(), summary.path("returned").asInt(),
                    summary.path("missing").asInt());
        });
        CompletableFuture<Card<Monev>> monev = async("monev", () -> {
            JsonNode lines = gateway.read(client, "/api/monitoring/monev?unitId=" + unit + "&year=" + year + "&size=20");
            List<MonevLine> list = new ArrayList<>();
            lines.forEach(line -> list.add(new MonevLine(line.path("id").asString(), line.path("period").asString(), line.path("status").asString(),
                    line.path("rowsDue").asInt(), line.path("rowsDone").asInt(), line.path("averageRealisation").asDouble())));
            list.sort(Comparator.comparing(MonevLine::period));
            List<String> missing = new ArrayList<>();
            int upTo = pastYear ? 4 : quarter;
            for (int q = 1; q <= upTo; q++) {
                String period = year + "-Q" + q;
                String half = year + "-S" + (q <= 2 ? 1 : 2);
                if (list.stream().noneMatch(line -> line.period().equals(period) || line.period().equals(half))) {
                    missing.add(period);
                }
            }
            return new Monev(year, list, missing);
        });
        CompletableFuture<Card<List<SurveyLine>>> surveys = async("surveys", () -> {
            JsonNode results = gateway.read(client, "/api/surveys/public/results/units/" + unit).path("results");
            Map<String, SurveyLine> latest = new LinkedHashMap<>();
            results.forEach(result -> {
                String instrument = result.path("instrument").asString();
                JsonNode value = "SKM".equals(instrument) ? result.path("ikm") : result.path("conversion");
                SurveyLine line = new SurveyLine(instrument, result.path("indexName").asString(instrument), result.path("period").asString(),
                        value.isNumber() ? value.asDouble() : null, result.path("grade").asString(null), result.path("respondents").asLong());
                latest.merge(instrument, line, (a, b) -> b.period().compareTo(a.period()) > 0 ? b : a);
            });
            return List.copyOf(latest.values());
        });
        CompletableFuture<Card<Lke>> lke = async("lke", () -> {
            ApiResponse response = gateway.get(client, "/api/monitoring/assessments/" + unit + "/" + year + "/self");
            if (response.status() == 404) {
                // the monitoring service has not learnt the unit from the directory's events yet: nothing to show, nothing broken
                return null;
            }
            JsonNode side = must(response);
            JsonNode score = side.path("score");
            List<Failure> failures = new ArrayList<>();
            score.path("wbk").path("failures").forEach(failure -> failures.add(new Failure(failure.path("condition").asString(),
                    failure.path("subject").asString(null), number(failure.path("value")), number(failure.path("minimum")))));
            return new Lke(year, score.path("total").asDouble(), side.path("answered").asInt(), score.path("wbk").path("eligible").asBoolean(),
                    failures);
        });
        return new Standing(plans, due.join(), coverage.join(), monev.join(), surveys.join(), lke.join());
    }

    private Plans plans(OAuth2AuthorizedClient client, String unit, int currentYear) {
        JsonNode list = gateway.read(client, "/api/planning/plans?unitId=" + unit + "&size=50");
        PlanLine current = null;
        PlanLine latest = null;
        for (JsonNode plan : list) {
            PlanLine line = new PlanLine(plan.path("year").asInt(), plan.path("status").asString(), plan.path("revision").asInt(),
                    plan.path("rowCount").asInt());
            if (line.year() == currentYear) {
                current = line;
            }
            if (latest == null || line.year() > latest.year()) {
                latest = line;
            }
        }
        int year = current != null ? currentYear : latest != null ? latest.year() : currentYear;
        return new Plans(currentYear, year, current, latest);
    }

    private static JsonNode must(ApiResponse response) {
        if (!response.ok() || response.body() == null) {
            throw new IllegalStateException("answered " + response.status());
        }
        return response.body();
    }

    private <T> CompletableFuture<Card<T>> async(String what, Supplier<@Nullable T> call) {
        return CompletableFuture.supplyAsync(() -> call(what, call), CALLS);
    }

    /** One card's call: any failure (a refusal, no answer) leaves that card with its notice. */
    private static <T> Card<T> call(String what, Supplier<@Nullable T> call) {
        try {
            T value = call.get();
            return value == null ? new Card<>(null, false) : Card.of(value);
        } catch (RuntimeException e) {
            log.warn("home card {} without its API: {}", what, e.getMessage());
            return Card.failure();
        }
    }

    static String label(JsonNode row) {
        String ref = row.path("indicatorRef").asString("");
        String text = row.path("indicator").asString("");
        if (text.isBlank()) {
            text = row.path("criterion").asString("");
        }
        return (ref + " " + text).strip();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asInt()));
        return values;
    }

    private static @Nullable Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
