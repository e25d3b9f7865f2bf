package id.zi.planning.orgunit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The payloads published on {@code zi.planning.orgunit.v1}; their JSON Schemas are in contracts/. */
public final class OrgUnitEvents {

    private OrgUnitEvents() {
    }

    public record Created(String unitId, String code, String name, OrgUnitKind kind, String parentId, String path, List<String> ancestors,
            String instansiId, Instant occurredAt) {
    }

    public record Renamed(String unitId, String path, List<String> ancestors, String oldName, String newName, Instant occurredAt) {
    }

    public record Moved(String unitId, String oldParentId, String newParentId, String oldPath, String newPath, List<String> ancestors,
            String instansiId, LocalDate effectiveFrom, Instant occurredAt) {
    }
}
