package id.zi.evidence.item;

/** The kinds of bukti fisik; the same names the rencana aksi uses for the evidence a row expects. */
public enum EvidenceKind {
    SK,
    NOTULEN,
    DAFTAR_HADIR,
    FOTO,
    LAPORAN,
    SCREENSHOT,
    SOP,
    LAINNYA
}
