package id.zi.portal.unit;

import id.zi.portal.gateway.ApiResponse;
import id.zi.portal.gateway.GatewayUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a file to an API through the gateway as {@code multipart/form-data}, the fields first and the file
 * last (the order the evidence API reads as a stream), with the user's token. The file is copied from the
 * browser's request to the API's as it arrives: the portal never holds it, in memory or on disk. The length
 * is sent when the file's is known, so the body is not chunked.
 */
@Component
public class MultipartUploads {

    private final RestClient http;
    private final JsonMapper json;

    MultipartUploads(RestClient.Builder builder, JsonMapper json, @Value("${zi.gateway-url}") String gatewayUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build());
        // a large video on a slow office line takes minutes; the API answers once the last byte is stored
        requests.setReadTimeout(Duration.ofMinutes(30));
        this.http = builder.clone().baseUrl(gatewayUrl).requestFactory(requests).build();
        this.json = json;
    }

    /** The file to send: its name, type as the browser named it, bytes, and length (-1 when unknown). */
    public record FilePart(String fileName, @Nullable String contentType, InputStream content, long length) {
    }

    /**
     * @param fields  form fields in order, each value once per entry (repeatable fields repeat)
     * @param headers extra headers such as If-Match
     */
    public ApiResponse post(@Nullable OAuth2AuthorizedClient client, String path, List<Map.Entry<String, String>> fields, FilePart file,
            Map<String, String> headers) {
        String boundary = "zi-portal-" + UUID.randomUUID();
        byte[] head = head(boundary, fields, file);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            return http.post().uri(path).headers(h -> {
                if (client != null) {
                    h.setBearerAuth(client.getAccessToken().getTokenValue());
                }
                h.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                h.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
                if (file.length() >= 0) {
                    h.setContentLength(head.length + file.length() + tail.length);
                }
                headers.forEach(h::set);
            }).body(out -> {
                out.write(head);
                file.content().transferTo(out);
                out.write(tail);
            }).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                byte[] bytes = response.getBody().readAllBytes();
                if (status >= 500 && status != 503) {
                    throw new GatewayUnavailableException("POST " + path + " answered " + status);
                }
                return new ApiResponse(status, HttpHeaders.readOnlyHttpHeaders(response.getHeaders()), parse(bytes));
            });
        } catch (RestClientException e) {
            if (e.getCause() instanceof GatewayUnavailableException unavailable) {
                throw unavailable;
            }
            throw new GatewayUnavailableException("POST " + path + " failed: " + e.getMessage(), e);
        }
    }

    /** Every field part, then the file part's header: what goes before the file's bytes. */
    static byte[] head(String boundary, List<Map.Entry<String, String>> fields, FilePart file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(field.getKey()) + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
            write(out, field.getValue());
            write(out, "\r\n");
        }
        String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream" : file.contentType();
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted(file.fileName()) + "\"\r\n"
                + "Content-Type: " + type.replaceAll("[\r\n]", "") + "\r\n\r\n");
        return out.toByteArray();
    }

    /** A name inside a quoted header parameter: no quote, backslash or line break may end it early. */
    private static String quoted(String value) {
        return value.replaceAll("[\"\\\\\r\n]", "_");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private @Nullable JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(bytes);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
