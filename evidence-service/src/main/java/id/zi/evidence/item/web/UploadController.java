package id.zi.evidence.item.web;

import id.zi.evidence.item.EvidenceDraft;
import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.EvidenceLifecycle;
import id.zi.evidence.item.EvidenceRuleViolation;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.platform.scope.Callers;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads, read from the request as a stream: the form fields first, then one file, which flows through
 * to the object store without being held in memory or on disk here. Spring's own multipart handling is
 * off in this service, since it would buffer the whole request before the controller runs.
 */
@RestController
class UploadController {

    private static final Set<String> FIELDS = Set.of("kind", "title", "description", "effectiveDate", "year", "planRows", "lkeQuestions",
            "note");
    private static final int MAX_FIELD = 4000;

    private final EvidenceLifecycle lifecycle;

    UploadController(EvidenceLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * A new evidence item: fields {@code kind}, {@code title}, {@code effectiveDate}, optional {@code description},
     * {@code year}, {@code planRows} and {@code lkeQuestions} (each repeatable), then the part {@code file}.
     */
    @PostMapping("/api/evidence/uploads")
    ResponseEntity<EvidenceView> upload(HttpServletRequest request) {
        Caller caller = Callers.current();
        EvidenceItem item = receive(request, (fields, file) -> lifecycle.upload(caller, draft(fields), file));
        return ResponseEntity.created(URI.create("/api/evidence/items/" + item.id())).eTag(Long.toString(item.version()))
                .body(EvidenceView.of(item));
    }

    /** A new version of an item's file: optional field {@code note}, then the part {@code file}. */
    @PostMapping("/api/evidence/items/{id}/files")
    ResponseEntity<EvidenceView> revise(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        Caller caller = Callers.current();
        Long expected = EvidenceController.version(ifMatch, null);
        EvidenceItem item = receive(request, (fields, file) -> lifecycle.revise(caller, id, expected, single(fields, "note"), file));
        return ResponseEntity.created(URI.create("/api/evidence/items/" + item.id() + "/files/" + item.currentVersion()))
                .eTag(Long.toString(item.version())).body(EvidenceView.of(item));
    }

    private static EvidenceItem receive(HttpServletRequest request,
            BiFunction<Map<String, List<String>>, EvidenceLifecycle.IncomingFile, EvidenceItem> handler) {
        if (request.getContentType() == null || !request.getContentType().toLowerCase().startsWith("multipart/form-data")) {
            throw Problems.invalid("file", "send multipart/form-data with the fields first and the file last, in the part 'file'");
        }
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        Map<String, List<String>> fields = new HashMap<>();
        try {
            FileItemInputIterator parts = upload.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (part.isFormField()) {
                    field(fields, part);
                    continue;
                }
                if (!"file".equals(part.getFieldName())) {
                    throw Problems.invalid(part.getFieldName(), "the file goes in the part named 'file'");
                }
                return handler.apply(fields, new Part(part, parts));
            }
        } catch (FileUploadException e) {
            throw Problems.invalid("file", "the multipart body could not be read: " + e.getMessage());
        } catch (IOException e) {
            throw Problems.invalid("file", "the upload was interrupted: " + e.getMessage());
        }
        throw Problems.invalid("file", "no file was sent: add the part 'file' after the other fields");
    }

    private static void field(Map<String, List<String>> fields, FileItemInput part) throws IOException {
        String name = part.getFieldName();
        if (!FIELDS.contains(name)) {
            throw Problems.invalid(name, "unknown field; the fields are " + FIELDS);
        }
        byte[] value;
        try (InputStream in = part.getInputStream()) {
            value = in.readNBytes(MAX_FIELD + 1);
        }
        if (value.length > MAX_FIELD) {
            throw Problems.invalid(name, "at most " + MAX_FIELD + " bytes");
        }
        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(new String(value, StandardCharsets.UTF_8));
    }

    private static EvidenceDraft draft(Map<String, List<String>> fields) {
        String year = single(fields, "year");
        Integer parsedYear = null;
        if (year != null && !year.isBlank()) {
            try {
                parsedYear = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                throw new EvidenceRuleViolation("year", "a year such as 2026");
            }
        }
        return new EvidenceDraft(single(fields, "kind"), single(fields, "title"), single(fields, "description"), single(fields, "effectiveDate"),
                parsedYear, many(fields, "planRows"), many(fields, "lkeQuestions"));
    }

    private static String single(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new EvidenceRuleViolation(name, "send " + name + " once");
        }
        return values.getFirst();
    }

    /** Repeated fields, or one field with comma-separated values (what a plain HTML form or curl sends easily). */
    private static List<String> many(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        if (values == null) {
            return null;
        }
        List<String> all = new ArrayList<>();
        for (String value : values) {
            for (String one : value.split(",")) {
                if (!one.isBlank()) {
                    all.add(one.strip());
                }
            }
        }
        return all;
    }

    private record Part(FileItemInput part, FileItemInputIterator rest) implements EvidenceLifecycle.IncomingFile {

        @Override
        public String name() {
            return part.getName();
        }

        @Override
        public InputStream stream() {
            try {
                return part.getInputStream();
            } catch (IOException e) {
                throw Problems.invalid("file", "the file could not be read: " + e.getMessage());
            }
        }

        @Override
        public void requireEnd() throws IOException {
            if (rest.hasNext()) {
                throw new EvidenceRuleViolation("file", "send the fields before the file, and one file per request; nothing was kept");
            }
        }
    }
}
