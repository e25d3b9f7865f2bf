package id.zi.survey.survey.web;

import id.zi.platform.problem.Problems;
import org.jspecify.annotations.Nullable;

/** The version a change was made against: the {@code If-Match} ETag, or the version in the body. */
public final class Versions {

    private Versions() {
    }

    public static @Nullable Long expected(@Nullable String ifMatch, @Nullable Long inBody) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return inBody;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw Problems.invalid("If-Match", "the ETag of the survey as read, e.g. \"3\"");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
