package id.zi.portal.unit;

import id.zi.portal.gateway.ApiProblem;
import id.zi.portal.web.PortalUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/** What the unit team's pages share: whose unit, how an API's answer is told after a redirect, JSON reading. */
public final class UnitPages {

    /** The evidence kinds the plan rows and uploads use, in the order a form offers them. */
    public static final List<String> EVIDENCE_KINDS = List.of("SK", "NOTULEN", "DAFTAR_HADIR", "FOTO", "LAPORAN", "SCREENSHOT", "SOP",
            "LAINNYA");

    private UnitPages() {
    }

    /**
     * The user's own unit: every unit page is about it. A user without one (an evaluator who typed the address)
     * gets the API's own answer for an empty unit, so this only refuses the obvious.
     */
    public static String unitOf(OidcUser user) {
        String unit = PortalUser.of(user).unitId();
        if (unit == null || unit.isBlank()) {
            throw new NoUnitException();
        }
        return unit;
    }

    /** A user without a unit on a unit page: answered with 403 by {@link UnitErrors}. */
    public static final class NoUnitException extends RuntimeException {
        NoUnitException() {
            super("no unit");
        }
    }

    /** A message for the page after a redirect: {@code kind} is success, warning or error; the text a message key or the API's words. */
    public record Notice(String kind, @Nullable String key, @Nullable String text, Map<String, String> fields) {
    }

    /** The fields the notice of the last step names, for the form to mark; empty without one. */
    public static Map<String, String> fieldsOf(org.springframework.ui.Model model) {
        return model.getAttribute("notice") instanceof Notice notice ? notice.fields() : Map.of();
    }

    public static void success(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("notice", new Notice("success", key, null, Map.of()));
    }

    public static void problem(RedirectAttributes redirect, ApiProblem problem) {
        redirect.addFlashAttribute("notice", notice(problem));
    }

    public static Notice notice(ApiProblem problem) {
        return new Notice("error", null, problem.message(), fields(problem));
    }

    /** The fields an API names as wrong, each with its message: {@code rows[1].realisation → "0-100"}. */
    public static Map<String, String> fields(ApiProblem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        problem.errors().forEach(error -> fields.putIfAbsent(error.field(), error.message()));
        if (problem.field() != null && !problem.field().isBlank()) {
            fields.putIfAbsent(problem.field(), problem.detail() != null ? problem.detail() : problem.title());
        }
        return fields;
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    public static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asInt()));
        return values;
    }

    public static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    /** How people name a plan row: its LKE reference and its indicator (or criterion). */
    public static String rowLabel(JsonNode row) {
        String ref = row.path("indicatorRef").asString("");
        String text = row.path("indicator").asString("");
        if (text.isBlank()) {
            text = row.path("criterion").asString("");
        }
        String label = (ref + " " + text).strip();
        return label.isEmpty() ? row.path("rowId").asString() : label;
    }
}
