package id.zi.planning.orgunit.web;

import id.zi.planning.orgunit.OrgUnit;
import id.zi.planning.orgunit.OrgUnitKind;
import id.zi.planning.orgunit.Placement;
import java.util.List;

/** A node as the API shows it. */
record OrgUnitView(String id, String code, String name, OrgUnitKind kind, String parentId, String path, List<String> ancestors,
        String instansiId, long version, List<Placement> placements) {

    static OrgUnitView of(OrgUnit unit) {
        return new OrgUnitView(unit.id(), unit.code(), unit.name(), unit.kind(), unit.parentId(), unit.path(), unit.ancestors(),
                unit.instansiId(), unit.version(), unit.placements());
    }
}
