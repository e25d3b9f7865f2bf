package id.zi.monitoring.rollup;

import id.zi.monitoring.rollup.Facts.Coverage;
import id.zi.monitoring.rollup.Facts.Element;
import id.zi.monitoring.rollup.Facts.Lke;
import id.zi.monitoring.rollup.Facts.Monev;
import id.zi.monitoring.rollup.Facts.Placement;
import id.zi.monitoring.rollup.Facts.Plan;
import id.zi.monitoring.rollup.Facts.Survey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * A unit as the index holds it: its name and kind from the org directory, and its facts split by the place in
 * the tree each counts at.
 *
 * @param path      where the unit is now (null until the directory announced it)
 * @param planYears the years the unit has a plan for, wherever it counts
 */
record UnitEntry(String id, String name, String kind, String path, List<Placement> placements, Set<Integer> planYears) {

    static UnitEntry parse(Document document) {
        String id = document.getString("_id");
        Document org = document.get("org", Document.class);
        String name = org == null ? null : org.getString("name");
        String kind = org == null ? null : org.getString("kind");
        String current = org == null ? null : org.getString("path");
        Map<String, Builder> places = new LinkedHashMap<>();
        if (current != null) {
            places.put(current, new Builder());
        }
        Set<Integer> planYears = new HashSet<>();
        Document evidence = document.get("evidence", Document.class);
        Document plans = document.get("plans", Document.class);
        if (plans != null) {
            for (String yearKey : plans.keySet()) {
                Document plan = plans.get(yearKey, Document.class);
                Document status = plan.get("status", Document.class);
                if (status == null) {
                    continue; // rows without a status event yet: no plan to count
                }
                int year = Integer.parseInt(yearKey);
                Document rows = plan.get("rows", Document.class);
                Coverage coverage = coverage(rows == null ? List.of() : rows.getList("rows", Document.class, List.of()),
                        evidence == null ? null : evidence.get(yearKey, Document.class));
                planYears.add(year);
                place(places, status, current).plans.add(new Plan(year, status.getString("value"), coverage));
            }
        }
        Document monevs = document.get("monev", Document.class);
        if (monevs != null) {
            for (String period : monevs.keySet()) {
                Document monev = monevs.get(period, Document.class);
                place(places, monev, current).monevs.add(new Monev(period, monev.getInteger("year", 0), monev.getString("periodEnd"),
                        monev.getString("status"), number(monev, "numerator"), number(monev, "denominator")));
            }
        }
        Document lke = document.get("lke", Document.class);
        if (lke != null) {
            for (String yearKey : lke.keySet()) {
                Document sides = lke.get(yearKey, Document.class);
                for (String side : sides.keySet()) {
                    Document fact = sides.get(side, Document.class);
                    place(places, fact, current).lke.add(new Lke(Integer.parseInt(yearKey), side, fact.get("total", Number.class).doubleValue(),
                            fact.getBoolean("wbk", false), fact.getBoolean("wbbm", false)));
                }
            }
        }
        Document surveys = document.get("surveys", Document.class);
        if (surveys != null) {
            for (String key : surveys.keySet()) {
                Document result = surveys.get(key, Document.class);
                List<Element> elements = new ArrayList<>();
                for (Document element : result.getList("elements", Document.class, List.of())) {
                    elements.add(new Element(element.getString("code"), element.get("weight", Number.class).doubleValue(),
                            number(element, "sum"), number(element, "answers"), element.get("converted", Number.class).doubleValue()));
                }
                place(places, result, current).surveys.add(new Survey(result.getString("period"), result.getInteger("year", 0),
                        result.getString("instrument"), result.getInteger("respondents", 0), List.copyOf(elements),
                        result.get("index", Number.class).doubleValue(), result.getString("policy")));
            }
        }
        boolean hasFacts = places.values().stream().anyMatch(Builder::hasFacts);
        boolean subject = "UNIT".equals(kind) || hasFacts;
        List<Placement> placements = new ArrayList<>();
        places.forEach((path, builder) -> placements.add(new Placement(id, path, path.equals(current), subject, List.copyOf(builder.plans),
                List.copyOf(builder.monevs), List.copyOf(builder.lke), List.copyOf(builder.surveys))));
        return new UnitEntry(id, name, kind, current, List.copyOf(placements), Set.copyOf(planYears));
    }

    /**
     * The coverage of a plan year's evidence requirements (one per evidence kind a row asks for), each counted once
     * in its best state among the live evidence of that kind linked to the row.
     */
    static Coverage coverage(List<Document> rows, Document evidence) {
        List<Document> items = new ArrayList<>();
        if (evidence != null) {
            for (String key : evidence.keySet()) {
                Document item = evidence.get(key, Document.class);
                if (!item.getBoolean("deleted", false)) {
                    items.add(item);
                }
            }
        }
        int required = 0;
        int accepted = 0;
        int pending = 0;
        int returned = 0;
        for (Document row : rows) {
            String rowId = row.getString("rowId");
            for (String kind : row.getList("kinds", String.class, List.of())) {
                required++;
                int best = 0; // 3 accepted, 2 pending, 1 returned
                for (Document item : items) {
                    if (kind.equals(item.getString("kind")) && item.getList("rows", String.class, List.of()).contains(rowId)) {
                        best = Math.max(best, rank(item.getString("state")));
                    }
                }
                switch (best) {
                    case 3 -> accepted++;
                    case 2 -> pending++;
                    case 1 -> returned++;
                    default -> {
                    }
                }
            }
        }
        return new Coverage(required, accepted, pending, returned, required - accepted - pending - returned);
    }

    private static int rank(String state) {
        return switch (state == null ? "" : state) {
            case "ACCEPTED" -> 3;
            case "PENDING" -> 2;
            case "REJECTED", "CHANGES_REQUESTED" -> 1;
            default -> 0;
        };
    }

    /** The place a fact counts at: the path stamped on it, or the unit's current one for a fact without. */
    private static Builder place(Map<String, Builder> places, Document fact, String current) {
        String path = fact.getString("path");
        if (path == null) {
            path = current != null ? current : "/-";
        }
        return places.computeIfAbsent(path, p -> new Builder());
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    private static final class Builder {

        final List<Plan> plans = new ArrayList<>();
        final List<Monev> monevs = new ArrayList<>();
        final List<Lke> lke = new ArrayList<>();
        final List<Survey> surveys = new ArrayList<>();

        boolean hasFacts() {
            return !plans.isEmpty() || !monevs.isEmpty() || !lke.isEmpty() || !surveys.isEmpty();
        }
    }
}
