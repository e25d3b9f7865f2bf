package id.zi.planning.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The field-level checks the plan's parts share; each failure names its field. */
final class Checks {

    static final Pattern NIP = Pattern.compile("[0-9]{18}");

    private Checks() {
    }

    /** Trimmed text of at most {@code max} printable characters (line breaks allowed); null or blank stays null. */
    static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new PlanRuleViolation(field, "at most " + max + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new PlanRuleViolation(field, "control characters are not allowed");
        }
        return trimmed;
    }

    static String requiredText(String field, String value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            throw new PlanRuleViolation(field, "is required");
        }
        return text;
    }

    /** A list of non-blank texts; null means empty. */
    static List<String> texts(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            throw new PlanRuleViolation(field, "at most " + maxItems + " entries");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            checked.add(requiredText(field + "[" + i + "]", values.get(i), maxLength));
        }
        return List.copyOf(checked);
    }

    static String nip(String field, String value, boolean required) {
        String text = optionalText(field, value, 18);
        if (text == null) {
            if (required) {
                throw new PlanRuleViolation(field, "is required");
            }
            return null;
        }
        String digits = text.replace(" ", "");
        if (!NIP.matcher(digits).matches()) {
            throw new PlanRuleViolation(field, "a NIP is 18 digits");
        }
        return digits;
    }

    static void area(String field, Integer area) {
        if (area == null || area < 1 || area > 6) {
            throw new PlanRuleViolation(field, "an area of the komponen pengungkit is 1-6");
        }
    }
}
