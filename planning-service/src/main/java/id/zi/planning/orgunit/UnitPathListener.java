package id.zi.planning.orgunit;

/**
 * Hears that a unit's path changed (it moved, or followed a moved ancestor). Whatever else this service
 * keeps by org path (work plans) follows at once, so scope never lags behind the directory.
 */
public interface UnitPathListener {

    void pathChanged(String unitId, String newPath);
}
