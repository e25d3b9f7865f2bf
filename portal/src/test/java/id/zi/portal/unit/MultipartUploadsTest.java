package id.zi.portal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.zi.portal.gateway.ApiResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The upload as the evidence API receives it: fields first, the file last, its length known, the API's problem passed back. */
class MultipartUploadsTest {

    private HttpServer api;
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<String> contentLength = new AtomicReference<>();
    private final AtomicReference<String> ifMatch = new AtomicReference<>();
    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private volatile int answer = 201;
    private volatile String answerBody = "{\"id\": \"ev-1\", \"review\": {\"state\": \"PENDING\"}}";

    @BeforeEach
    void start() throws IOException {
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/api/evidence/uploads", exchange -> {
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            contentLength.set(exchange.getRequestHeaders().getFirst("Content-Length"));
            ifMatch.set(exchange.getRequestHeaders().getFirst("If-Match"));
            try (InputStream body = exchange.getRequestBody()) {
                received.set(body.readAllBytes());
            }
            byte[] reply = answerBody.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer == 201 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        api.start();
    }

    @AfterEach
    void stop() {
        api.stop(0);
    }

    private MultipartUploads uploads() {
        return new MultipartUploads(RestClient.builder(), Templates.JSON, "http://127.0.0.1:" + api.getAddress().getPort());
    }

    @Test
    void theFieldsGoFirstAndTheFileLastWithItsLength() {
        byte[] pdf = "%PDF-1.4 bukti dukung".getBytes(StandardCharsets.US_ASCII);
        ApiResponse response = uploads().post(null, "/api/evidence/uploads",
                List.of(new SimpleEntry<>("kind", "SK"), new SimpleEntry<>("title", "SK Tim Kerja \"ZI\""), new SimpleEntry<>("planRows", "R1")),
                new MultipartUploads.FilePart("SK tim.pdf", "application/pdf", new ByteArrayInputStream(pdf), pdf.length), Map.of("If-Match", "\"2\""));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("id").asString()).isEqualTo("ev-1");
        assertThat(contentType.get()).matches("multipart/form-data; ?boundary=zi-portal-[0-9a-f-]+");
        assertThat(ifMatch.get()).isEqualTo("\"2\"");
        String body = new String(received.get(), StandardCharsets.UTF_8);
        assertThat(Long.parseLong(contentLength.get())).as("sent with its length, not chunked").isEqualTo(received.get().length);
        String boundary = contentType.get().substring(contentType.get().indexOf("boundary=") + 9);
        assertThat(body).startsWith("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"")
                .contains("name=\"title\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSK Tim Kerja \"ZI\"\r\n")
                .contains("name=\"file\"; filename=\"SK tim.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 bukti dukung\r\n--" + boundary + "--\r\n");
        assertThat(body.indexOf("name=\"planRows\"")).isLessThan(body.indexOf("name=\"file\""));
    }

    @Test
    void aRefusalComesBackWithTheApisProblem() {
        answer = 415;
        answerBody = "{\"title\": \"Unsupported Media Type\", \"detail\": \"application/x-dosexec is not allowed\", \"field\": \"file\"}";
        byte[] exe = {'M', 'Z', 0, 1};
        ApiResponse response = uploads().post(null, "/api/evidence/uploads", List.of(new SimpleEntry<>("kind", "SK")),
                new MultipartUploads.FilePart("Lampiran\"\r\n.pdf", null, new ByteArrayInputStream(exe), -1), Map.of());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.problem().message()).isEqualTo("application/x-dosexec is not allowed");
        assertThat(UnitPages.fields(response.problem())).containsEntry("file", "application/x-dosexec is not allowed");
        assertThat(new String(received.get(), StandardCharsets.ISO_8859_1))
                .as("a name cannot break out of its header").contains("filename=\"Lampiran___.pdf\"\r\nContent-Type: application/octet-stream\r\n");
    }
}
