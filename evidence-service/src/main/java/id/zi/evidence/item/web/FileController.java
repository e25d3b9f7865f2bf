package id.zi.evidence.item.web;

import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.EvidenceLifecycle;
import id.zi.evidence.storage.EvidenceStorage;
import id.zi.evidence.storage.UploadRejected;
import id.zi.platform.problem.Problems;
import io.minio.GetObjectResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import id.zi.platform.scope.Callers;

/**
 * An evidence file's bytes: streamed through the service (what the portal uses, and what works where the
 * store is not reachable from outside), or as a short-lived presigned link straight to the store. Version
 * {@code current} names the current one.
 */
@RestController
class FileController {

    private final EvidenceLifecycle lifecycle;
    private final EvidenceStorage storage;
    private final Duration linkLifetime;
    private final Clock clock;

    FileController(EvidenceLifecycle lifecycle, EvidenceStorage storage, @Value("${zi.evidence.link-lifetime:5m}") Duration linkLifetime,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.storage = storage;
        this.linkLifetime = linkLifetime;
        this.clock = clock;
    }

    record Link(String url, Instant expiresAt, String fileName, String sha256) {
    }

    @GetMapping("/api/evidence/items/{id}/files/{version}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id, @PathVariable String version) throws UploadRejected {
        EvidenceItem.FileVersion file = file(id, version);
        GetObjectResponse object = storage.open(file.key());
        StreamingResponseBody body = out -> {
            try (InputStream in = object) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .eTag("\"" + file.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file))
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(file.sha256())) + ":")
                .body(body);
    }

    @GetMapping("/api/evidence/items/{id}/files/{version}/link")
    Link link(@PathVariable String id, @PathVariable String version) throws UploadRejected {
        EvidenceItem.FileVersion file = file(id, version);
        String url = storage.presignedDownload(file.key(), linkLifetime, disposition(file), file.contentType());
        return new Link(url, clock.instant().plus(linkLifetime), file.fileName(), file.sha256());
    }

    private EvidenceItem.FileVersion file(String id, String version) {
        EvidenceItem item = lifecycle.get(Callers.current(), id).orElseThrow(() -> Problems.notFound("Evidence", id));
        if (version.equals("current")) {
            return item.current();
        }
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw Problems.invalid("version", "a version number or 'current'");
        }
        return item.file(number).orElseThrow(() -> Problems.notFound("Version " + number + " of evidence", id));
    }

    private static String disposition(EvidenceItem.FileVersion file) {
        return ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString();
    }
}
