package id.zi.evidence.item.web;

import id.zi.evidence.item.EvidenceItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evidence item as the API shows it; the audit trail has its own resource. */
public record EvidenceView(String id, String unitId, String orgPath, int year, int quarter, String kind, String title, String description,
        LocalDate effectiveDate, EvidenceItem.Links links, int currentVersion, List<FileView> versions, EvidenceItem.Review review,
        Instant createdAt, String createdBy, Instant updatedAt, long version) {

    /** @param href where the bytes are streamed from */
    public record FileView(int number, String fileName, long size, String contentType, String sha256, Instant uploadedAt, String uploadedBy,
            String note, String href) {
    }

    static EvidenceView of(EvidenceItem item) {
        List<FileView> files = item.versions().stream().map(v -> new FileView(v.number(), v.fileName(), v.size(), v.contentType(), v.sha256(),
                v.uploadedAt(), v.uploadedBy(), v.note(), "/api/evidence/items/" + item.id() + "/files/" + v.number())).toList();
        return new EvidenceView(item.id(), item.unitId(), item.orgPath(), item.year(), item.quarter(), item.kind().name(), item.title(),
                item.description(), item.effectiveDate(), item.links(), item.currentVersion(), files, item.review(), item.createdAt(),
                item.createdBy(), item.updatedAt(), item.version());
    }
}
