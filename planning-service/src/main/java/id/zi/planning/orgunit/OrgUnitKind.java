package id.zi.planning.orgunit;

import java.util.EnumSet;
import java.util.Set;

/** What a node of the org directory is; which kinds may sit under which is the tree's only shape rule. */
public enum OrgUnitKind {
    NATIONAL,
    PROVINCE,
    REGENCY,
    CITY,
    MINISTRY,
    /** An OPD or satker: the unit that builds its Zona Integritas. */
    UNIT,
    /** The instansi's APIP, whose TPI reviews the units. */
    INSPECTORATE;

    /** A government (pemda or ministry): the instansi its units and inspectorate belong to. */
    public boolean isInstansi() {
        return this == PROVINCE || this == REGENCY || this == CITY || this == MINISTRY;
    }

    public Set<OrgUnitKind> allowedParents() {
        return switch (this) {
            case NATIONAL -> EnumSet.noneOf(OrgUnitKind.class);
            case PROVINCE, MINISTRY -> EnumSet.of(NATIONAL);
            case REGENCY, CITY -> EnumSet.of(PROVINCE);
            case UNIT -> EnumSet.of(PROVINCE, REGENCY, CITY, MINISTRY, UNIT);
            case INSPECTORATE -> EnumSet.of(PROVINCE, REGENCY, CITY, MINISTRY);
        };
    }
}
