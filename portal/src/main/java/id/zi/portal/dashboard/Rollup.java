package id.zi.portal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A roll-up as the page shows it: {@code GET /api/monitoring/rollups} read into records with the figures already
 * written in the reader's language. The raw numbers the charts need stay beside the written ones.
 */
public record Rollup(String orgPath, int year, @Nullable String period, Summary summary, List<Child> children) {

    /** Plan statuses in the order a plan goes through them; {@code NONE}: units without a plan of the year. */
    static final List<String> PLAN_STATUSES = List.of("NONE", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED");

    public record Child(String orgPath, String id, String name, @Nullable String kind, Summary summary) {

        /** A unit is the bottom of the tree: its link opens its own detail rather than another level. */
        public boolean unit() {
            return "UNIT".equals(kind);
        }
    }

    public record Summary(int units, String unitsText, List<StatusCount> planStatus, Coverage coverage, Realisation realisation, Scores self,
            Scores tpi, Index ikm, Index ipak, Index ipkp) {

        public int plans() {
            return planStatus.stream().filter(s -> !s.status().equals("NONE")).mapToInt(StatusCount::count).sum();
        }

        public @Nullable String planStatusOf(String status) {
            return planStatus.stream().filter(s -> s.status().equals(status)).map(StatusCount::text).findFirst().orElse(null);
        }
    }

    public record StatusCount(String status, int count, String text) {
    }

    public record Coverage(int units, String required, String accepted, String pending, String returned, String missing, String share,
            @Nullable Double shareValue) {
    }

    public record Realisation(int units, int approved, String pooled, String meanOfUnits, @Nullable Double pooledValue) {
    }

    /** LKE totals of one side (SELF or TPI): units with a score, their mean, readiness and the distribution in bins of 10. */
    public record Scores(int units, String mean, @Nullable Double meanValue, int wbkReady, int wbbmReady, List<Bin> bins) {
    }

    public record Bin(int from, int to, int units) {

        /** 0–10, …, 90–100: the last bin includes 100. */
        public String label() {
            return from + "–" + to;
        }
    }

    /** IKM, IPAK or IPKP: pooled from all responses and the plain mean of the units' own values, both shown. */
    public record Index(int units, String respondents, String pooled, String meanOfUnits, @Nullable Double pooledValue, List<String> policies) {
    }

    static Rollup of(JsonNode body, Numbers numbers) {
        List<Child> children = new ArrayList<>();
        for (JsonNode child : body.path("children")) {
            String id = child.path("id").asString();
            children.add(new Child(child.path("orgPath").asString(), id, text(child.path("name"), id), text(child.path("kind"), null),
                    summary(child.path("summary"), numbers)));
        }
        return new Rollup(body.path("orgPath").asString(), body.path("year").asInt(), text(body.path("period"), null),
                summary(body.path("summary"), numbers), List.copyOf(children));
    }

    static Summary summary(JsonNode summary, Numbers numbers) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        PLAN_STATUSES.forEach(status -> statuses.put(status, 0));
        summary.path("planStatus").properties().forEach(entry -> statuses.put(entry.getKey(), entry.getValue().asInt()));
        List<StatusCount> planStatus = new ArrayList<>();
        statuses.forEach((status, count) -> planStatus.add(new StatusCount(status, count, numbers.count(count))));

        JsonNode coverage = summary.path("evidenceCoverage");
        Double share = number(coverage.path("share"));
        Coverage coverageView = new Coverage(coverage.path("units").asInt(), numbers.count(coverage.path("required").asLong()),
                numbers.count(coverage.path("accepted").asLong()), numbers.count(coverage.path("pending").asLong()),
                numbers.count(coverage.path("returned").asLong()), numbers.count(coverage.path("missing").asLong()), numbers.share(share), share);

        JsonNode monev = summary.path("monevRealisation");
        Double pooled = number(monev.path("pooled"));
        Realisation realisation = new Realisation(monev.path("units").asInt(), monev.path("approved").asInt(), numbers.percent(pooled),
                numbers.percent(number(monev.path("meanOfUnits"))), pooled);

        int units = summary.path("units").asInt();
        return new Summary(units, numbers.count(units), List.copyOf(planStatus), coverageView, realisation,
                scores(summary.path("lke").path("self"), numbers), scores(summary.path("lke").path("tpi"), numbers),
                index(summary.path("ikm"), "weightPolicies", numbers), index(summary.path("ipak"), "scalePolicies", numbers),
                index(summary.path("ipkp"), "scalePolicies", numbers));
    }

    private static Scores scores(JsonNode scores, Numbers numbers) {
        List<Bin> bins = new ArrayList<>();
        for (JsonNode bin : scores.path("bins")) {
            bins.add(new Bin(bin.path("from").asInt(), bin.path("to").asInt(), bin.path("units").asInt()));
        }
        Double mean = number(scores.path("mean"));
        return new Scores(scores.path("units").asInt(), numbers.decimal(mean), mean, scores.path("wbkReady").asInt(),
                scores.path("wbbmReady").asInt(), List.copyOf(bins));
    }

    private static Index index(JsonNode index, String policiesField, Numbers numbers) {
        List<String> policies = new ArrayList<>();
        index.path(policiesField).forEach(policy -> policies.add(policy.asString()));
        Double pooled = number(index.path("pooled"));
        return new Index(index.path("units").asInt(), numbers.count(index.path("respondents").asLong()), numbers.decimal(pooled),
                numbers.decimal(number(index.path("meanOfUnits"))), pooled, List.copyOf(policies));
    }

    static @Nullable Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static @Nullable String text(JsonNode node, @Nullable String otherwise) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : otherwise;
    }
}
