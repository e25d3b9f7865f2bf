package id.zi.evidence.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The payload of every event on {@code zi.evidence.evidence.v1} (uploaded, revised, updated, reviewed,
 * deleted); their JSON Schemas are in contracts/. Each carries the unit's place in the tree, the year and
 * quarter, what the evidence proves and the reference to its current object (never the bytes), so coverage
 * and roll-ups need no lookups.
 */
public final class EvidenceEvents {

    private EvidenceEvents() {
    }

    /** Where the bytes are: the object key is {@code <unit>/<year>/<evidence-id>/<version>}. */
    public record ObjectRef(String bucket, String key, int version, String sha256, long size, String contentType) {

        static ObjectRef of(EvidenceItem.FileVersion file) {
            return new ObjectRef(file.bucket(), file.key(), file.number(), file.sha256(), file.size(), file.contentType());
        }
    }

    /**
     * @param reviewedVersion     on {@code reviewed}: the version the decision is about
     * @param previousReviewState on {@code reviewed}, and on {@code revised}/{@code updated} when they reset the review
     * @param reason              on {@code reviewed}: why it was rejected or needs changes
     * @param previousVersion     on {@code revised}: the version that was current before
     */
    public record Payload(String evidenceId, String unitId, String orgPath, List<String> ancestors, int year, int quarter, String kind,
            String title, LocalDate effectiveDate, String planId, List<String> planRows, List<String> lkeQuestions, ObjectRef object,
            int versionCount, String reviewState, Integer reviewedVersion, String previousReviewState, String reason, Integer previousVersion,
            Instant occurredAt) {

        static Payload of(EvidenceItem item, Instant at) {
            return new Payload(item.id(), item.unitId(), item.orgPath(), EvidenceEvents.ancestors(item.orgPath()), item.year(), item.quarter(),
                    item.kind().name(), item.title(), item.effectiveDate(), item.unitId() + ":" + item.year(), item.links().planRows(),
                    item.links().lkeQuestions(), ObjectRef.of(item.current()), item.versions().size(), item.review().state().name(), null,
                    null, null, null, at);
        }

        Payload reviewed(int version, ReviewState previous, String why) {
            return new Payload(evidenceId, unitId, orgPath, ancestors, year, quarter, kind, title, effectiveDate, planId, planRows,
                    lkeQuestions, object, versionCount, reviewState, version, previous.name(), why, previousVersion, occurredAt);
        }

        Payload previously(ReviewState previousReview, Integer previousFile) {
            return new Payload(evidenceId, unitId, orgPath, ancestors, year, quarter, kind, title, effectiveDate, planId, planRows,
                    lkeQuestions, object, versionCount, reviewState, reviewedVersion, previousReview == null ? null : previousReview.name(),
                    reason, previousFile, occurredAt);
        }
    }

    /** The ids above the unit, root first: {@code /id/33/33.71/33.71.dpmptsp} → {@code [id, 33, 33.71]}. */
    static List<String> ancestors(String orgPath) {
        List<String> segments = Arrays.stream(orgPath.split("/")).filter(s -> !s.isEmpty()).toList();
        return segments.subList(0, segments.size() - 1);
    }
}
