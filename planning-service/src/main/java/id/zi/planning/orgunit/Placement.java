package id.zi.planning.orgunit;

import java.time.LocalDate;

/**
 * Where a unit sat in the tree during a period. A move closes the current placement the day before it
 * takes effect, so roll-ups of closed periods keep counting the unit under its old parent.
 *
 * @param to last day of the placement; {@code null} while it is current
 */
public record Placement(String parentId, String path, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
