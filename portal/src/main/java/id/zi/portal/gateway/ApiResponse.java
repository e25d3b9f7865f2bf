package id.zi.portal.gateway;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** An API's answer: its status, headers (ETag, Location) and JSON body; a 4xx carries its problem. */
public record ApiResponse(int status, HttpHeaders headers, @Nullable JsonNode body) {

    public boolean ok() {
        return status / 100 == 2;
    }

    public @Nullable ApiProblem problem() {
        return ok() ? null : ApiProblem.of(status, body);
    }

    /** The ETag without quotes, e.g. {@code 3}: what an If-Match sends back. */
    public @Nullable String etag() {
        String etag = headers.getETag();
        return etag == null ? null : etag.replace("W/", "").replace("\"", "");
    }
}
