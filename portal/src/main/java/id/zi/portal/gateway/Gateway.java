package id.zi.portal.gateway;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the platform's APIs through the gateway, with the signed-in user's own access token (or none, for the
 * public APIs): the services decide what the user may see and do, the portal only shows it. A 4xx comes back
 * as an {@link ApiResponse} with its problem for the page to show; a 5xx or no answer within seconds is a
 * {@link GatewayUnavailableException}, so a page never hangs on a slow service.
 */
@Component
public class Gateway {

    private final RestClient http;
    private final JsonMapper json;

    Gateway(RestClient.Builder builder, JsonMapper json, @Value("${zi.gateway-url}") String gatewayUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = builder.baseUrl(gatewayUrl).requestFactory(requests).build();
        this.json = json;
    }

    /** GET {@code path} (e.g. {@code /api/planning/plans?unitId=…}); a 4xx answers with its problem. */
    public ApiResponse get(@Nullable OAuth2AuthorizedClient client, String path) {
        return exchange(client, HttpMethod.GET, path, null, Map.of());
    }

    /** GET {@code path} that must succeed: a 4xx is thrown as {@link ApiProblemException}. */
    public JsonNode read(@Nullable OAuth2AuthorizedClient client, String path) {
        ApiResponse response = get(client, path);
        if (!response.ok() || response.body() == null) {
            throw new ApiProblemException(response.problem() != null ? response.problem() : ApiProblem.of(response.status(), null));
        }
        return response.body();
    }

    /**
     * Sends {@code body} as JSON (null: no body) with extra {@code headers} (e.g. If-Match).
     */
    public ApiResponse exchange(@Nullable OAuth2AuthorizedClient client, HttpMethod method, String path, @Nullable Object body,
            Map<String, String> headers) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(path).headers(h -> {
                if (client != null) {
                    h.setBearerAuth(client.getAccessToken().getTokenValue());
                }
                h.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                headers.forEach(h::set);
            });
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.exchange((req, res) -> {
                int status = res.getStatusCode().value();
                byte[] bytes = res.getBody().readAllBytes();
                if (status >= 500) {
                    throw new GatewayUnavailableException(method + " " + path + " answered " + status);
                }
                JsonNode parsed = bytes.length == 0 ? null : parse(bytes);
                return new ApiResponse(status, HttpHeaders.readOnlyHttpHeaders(res.getHeaders()), parsed);
            });
        } catch (RestClientException e) {
            if (e.getCause() instanceof GatewayUnavailableException unavailable) {
                throw unavailable;
            }
            throw new GatewayUnavailableException(method + " " + path + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Streams a file (a PDF, a ZIP, an evidence file) from the API to {@code sink}, for a download the portal
     * passes through; 4xx answers with its problem and writes nothing.
     */
    public ApiResponse download(@Nullable OAuth2AuthorizedClient client, String path, Sink sink) {
        try {
            return http.get().uri(path).headers(h -> {
                if (client != null) {
                    h.setBearerAuth(client.getAccessToken().getTokenValue());
                }
            }).exchange((req, res) -> {
                int status = res.getStatusCode().value();
                if (status >= 500) {
                    throw new GatewayUnavailableException("GET " + path + " answered " + status);
                }
                if (status / 100 != 2) {
                    byte[] bytes = res.getBody().readAllBytes();
                    return new ApiResponse(status, HttpHeaders.readOnlyHttpHeaders(res.getHeaders()), bytes.length == 0 ? null : parse(bytes));
                }
                sink.accept(res.getHeaders(), res.getBody());
                return new ApiResponse(status, HttpHeaders.readOnlyHttpHeaders(res.getHeaders()), null);
            });
        } catch (RestClientException e) {
            throw new GatewayUnavailableException("GET " + path + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Streams a file of an API (a PDF, a spreadsheet, an evidence file) to the browser as it comes: its type, length
     * and file name from the API; {@code inline} lets the browser show a PDF or picture instead of saving it. A
     * refusal is thrown as {@link ApiProblemException}, so the page shows the problem.
     */
    public void streamTo(@Nullable OAuth2AuthorizedClient client, String path, HttpServletResponse response, boolean inline) {
        ApiResponse answer = download(client, path, (headers, body) -> {
            response.setContentType(headers.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : headers.getContentType().toString());
            if (headers.getContentLength() >= 0) {
                response.setContentLengthLong(headers.getContentLength());
            }
            String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
            if (disposition != null) {
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, inline ? disposition.replaceFirst("^attachment", "inline") : disposition);
            }
            response.setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = response.getOutputStream()) {
                body.transferTo(out);
            }
        });
        if (!answer.ok()) {
            throw new ApiProblemException(answer.problem() != null ? answer.problem() : ApiProblem.of(answer.status(), null));
        }
    }

    /** Where a download goes, given the API's headers (type, length, file name) first. */
    @FunctionalInterface
    public interface Sink {
        void accept(HttpHeaders headers, InputStream body) throws IOException;
    }

    private @Nullable JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
