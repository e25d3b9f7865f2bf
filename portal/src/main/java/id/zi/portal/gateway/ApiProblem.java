package id.zi.portal.gateway;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An RFC 9457 problem an API answered, as a page shows it: the detail, and each field at fault with its message
 * so the form can mark the field.
 */
public record ApiProblem(int status, String title, @Nullable String detail, @Nullable String field, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    static ApiProblem of(int status, @Nullable JsonNode body) {
        if (body == null || !body.isObject()) {
            return new ApiProblem(status, "HTTP " + status, null, null, List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        body.path("errors").forEach(error -> errors.add(new FieldError(error.path("field").asString(""), error.path("message").asString(""))));
        return new ApiProblem(status, body.path("title").asString("HTTP " + status), body.path("detail").asString(null),
                body.path("field").asString(null), List.copyOf(errors));
    }

    /** What to tell the user: the detail, else the title. */
    public String message() {
        return detail != null && !detail.isBlank() ? detail : title;
    }
}
