package id.zi.survey.response;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a respondent chose to say about themselves (PermenPANRB 14/2017, Lampiran III: jenis kelamin, usia,
 * pendidikan, pekerjaan, jenis layanan yang diterima); every field optional. Age is asked as a band and
 * nothing names the respondent, so a response cannot be traced back to a person.
 */
public record Profile(@Nullable String sex, @Nullable String ageBand, @Nullable String education, @Nullable String occupation,
        @Nullable String serviceReceived) {

    public static final Profile NONE = new Profile(null, null, null, null, null);

    /** The fields given, by name, in the order of the questionnaire. */
    public Map<String, String> given() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "sex", sex);
        put(fields, "ageBand", ageBand);
        put(fields, "education", education);
        put(fields, "occupation", occupation);
        put(fields, "serviceReceived", serviceReceived);
        return fields;
    }

    public boolean isEmpty() {
        return given().isEmpty();
    }

    private static void put(Map<String, String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
