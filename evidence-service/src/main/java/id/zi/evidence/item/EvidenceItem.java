package id.zi.evidence.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One piece of evidence of a unit: what it proves (links to plan rows and LKE questions), the date it is
 * about, its versions (each its own object in the store, never overwritten), which version is current,
 * the TPI's review of it, and the audit trail of every action on it.
 *
 * @param effectiveDate the date the evidence is about (an SK's date, a meeting's); decides its quarter
 * @param quarter       1-4 within {@code year}; evidence dated before the year counts from the first quarter
 * @param version       optimistic-concurrency version, the ETag
 * @param sequence      the ce_sequence of its latest event
 */
public record EvidenceItem(String id, String unitId, String orgPath, int year, int quarter, EvidenceKind kind, String title,
        String description, LocalDate effectiveDate, Links links, List<FileVersion> versions, int currentVersion, Review review,
        boolean deleted, Instant createdAt, String createdBy, Instant updatedAt, List<AuditEntry> audit, long version, long sequence) {

    public EvidenceItem {
        versions = List.copyOf(versions);
        audit = audit == null ? List.of() : List.copyOf(audit);
    }

    public FileVersion current() {
        return file(currentVersion).orElseThrow();
    }

    public Optional<FileVersion> file(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public long storedBytes() {
        return versions.stream().mapToLong(FileVersion::size).sum();
    }

    /** The plan rows (of the unit's plan for {@code year}) and LKE questions one file serves. */
    public record Links(List<String> planRows, List<String> lkeQuestions) {

        public Links {
            planRows = planRows == null ? List.of() : List.copyOf(planRows);
            lkeQuestions = lkeQuestions == null ? List.of() : List.copyOf(lkeQuestions);
        }
    }

    /** One uploaded file; its object key is {@code <unit>/<year>/<evidence-id>/<number>}. */
    public record FileVersion(int number, String bucket, String key, String sha256, long size, String contentType, String fileName,
            Instant uploadedAt, String uploadedBy, String note) {
    }

    /** The review of {@code version}; {@code reason} is mandatory for a rejection or a request for changes. */
    public record Review(ReviewState state, Integer version, String reason, String by, Instant at) {

        static Review pending() {
            return new Review(ReviewState.PENDING, null, null, null, null);
        }
    }

    /** Who did what when, with the fields it changed before and after. */
    public record AuditEntry(Instant at, String by, String action, Map<String, Object> before, Map<String, Object> after) {
    }
}
