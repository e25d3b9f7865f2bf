package id.zi.monitoring.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A unit's LKE assessment of one year on one catalog: the unit's own answers and the TPI's, side by side.
 *
 * @param id             {@code <unitId>:<year>}: one assessment per unit and year
 * @param catalogId      the LKE catalog it is answered on, e.g. {@code permenpanrb-90-2021}; an old assessment keeps its catalog
 * @param version        changes with every save of either side
 * @param sequence       the ce_sequence of its latest event
 */
public record Assessment(String id, String unitId, String orgPath, int year, String catalogId, int catalogVersion, Sheet self, Sheet tpi,
        @Nullable Instant createdAt, @Nullable Instant updatedAt, long version, long sequence) {

    public static String idOf(String unitId, int year) {
        return unitId + ":" + year;
    }

    /** Nothing answered yet on either side: what a unit sees before its first save. */
    static Assessment empty(String unitId, String orgPath, int year, String catalogId, int catalogVersion) {
        return new Assessment(idOf(unitId, year), unitId, orgPath, year, catalogId, catalogVersion, Sheet.empty(), Sheet.empty(), null, null,
                0, 0);
    }

    public Sheet sheet(Side side) {
        return side == Side.SELF ? self : tpi;
    }

    /** This assessment with {@code side} replaced by {@code sheet}, and {@code events} more events in its sequence. */
    Assessment with(Side side, Sheet sheet, Instant at, int events) {
        return new Assessment(id, unitId, orgPath, year, catalogId, catalogVersion, side == Side.SELF ? sheet : self,
                side == Side.TPI ? sheet : tpi, createdAt == null ? at : createdAt, at, version + 1, sequence + events);
    }

    /** The same assessment filed under another org path, when its unit moved in the tree. */
    Assessment movedTo(String newPath) {
        return new Assessment(id, unitId, newPath, year, catalogId, catalogVersion, self, tpi, createdAt, updatedAt, version + 1, sequence);
    }
}
