package id.zi.survey.survey;

import id.zi.survey.index.InvalidSurveyInput;
import org.jspecify.annotations.Nullable;

/**
 * Checks free text typed by a unit or a respondent: stripped, bounded, and free of control and
 * direction-override characters that would garble a poster, a report or a spreadsheet.
 */
public final class Texts {

    private Texts() {
    }

    public static String required(String field, @Nullable String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidSurveyInput(field, "required");
        }
        return text;
    }

    public static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw new InvalidSurveyInput(field, "at most " + max + " characters, not " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                throw new InvalidSurveyInput(field, "contains a control character at position " + (i + 1));
            }
        }
        return text;
    }
}
