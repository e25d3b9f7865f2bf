package id.zi.portal.survey;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The public side of the survey API, read through the gateway without a token. Form definitions are kept
 * for a minute (the API says so too): every respondent at a counter would otherwise fetch the same form,
 * and all those reads would come from the portal's one address and spend its rate limit.
 */
@Component
class PublicSurveys {

    /** What the API said about a public link: the form, or the status that replaced it (404, 410). */
    record Form(JsonNode definition, int status) {

        boolean found() {
            return definition != null;
        }
    }

    private record Cached(Form form, Instant until) {
    }

    static final Duration KEEP = Duration.ofSeconds(60);
    private static final int MAX_CACHED = 10_000;

    private final RestClient http;
    private final Clock clock;
    private final Map<String, Cached> forms = new ConcurrentHashMap<>();

    PublicSurveys(RestClient.Builder builder, @Value("${zi.gateway-url}") String gatewayUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = builder.baseUrl(gatewayUrl).requestFactory(requests).build();
        this.clock = Clock.systemUTC();
    }

    Form form(String publicId) {
        Instant now = clock.instant();
        Cached cached = forms.get(publicId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.form();
        }
        Form form = http.get().uri("/api/surveys/public/{id}", publicId).exchange((request, response) -> {
            HttpStatusCode status = response.getStatusCode();
            if (status.is2xxSuccessful()) {
                return new Form(response.bodyTo(JsonNode.class), status.value());
            }
            return new Form(null, status.value());
        });
        if (form.status() == 200 || form.status() == 404 || form.status() == 410) {
            if (forms.size() > MAX_CACHED) {
                forms.clear();
            }
            forms.put(publicId, new Cached(form, now.plus(KEEP)));
        }
        return form;
    }

    /** Published results of a unit, or empty when the unit has none (or is unknown). */
    Optional<JsonNode> results(String path, Object... variables) {
        return http.get().uri(path, variables).exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
                ? Optional.ofNullable(response.bodyTo(JsonNode.class)) : Optional.empty());
    }
}
