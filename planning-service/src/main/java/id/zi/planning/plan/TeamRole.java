package id.zi.planning.plan;

/** Roles in the Tim Kerja ZI as the SK names them. */
public enum TeamRole {
    KETUA, SEKRETARIS, KOORDINATOR_AREA, ANGGOTA, AGEN_PERUBAHAN
}
