package id.zi.survey.index;

import java.util.List;

/**
 * The two perception surveys of SE MenPANRB 04/2023 (Lampiran II), each statement keyed by code. Their
 * indices (IPKP, IPAK) are the "hasil" part of the LKE: pelayanan publik prima and birokrasi bersih.
 */
public enum PerceptionInstrument {

    /** Survei Persepsi Kualitas Pelayanan: eight statements, reported as IPKP. */
    SPKP(List.of(
            new Item("SPKP1", "Informasi pelayanan tersedia melalui media elektronik maupun non elektronik"),
            new Item("SPKP2", "Persyaratan pelayanan sesuai dengan yang ditetapkan"),
            new Item("SPKP3", "Prosedur/alur pelayanan mudah diikuti"),
            new Item("SPKP4", "Jangka waktu penyelesaian sesuai dengan yang ditetapkan"),
            new Item("SPKP5", "Tarif/biaya pelayanan sesuai dengan yang ditetapkan"),
            new Item("SPKP6", "Sarana prasarana/sistem pelayanan online nyaman dan mudah digunakan"),
            new Item("SPKP7", "Petugas/sistem pelayanan online merespon dengan cepat"),
            new Item("SPKP8", "Layanan konsultasi dan pengaduan mudah digunakan"))),

    /** Survei Persepsi Anti Korupsi: five statements, reported as IPAK. */
    SPAK(List.of(
            new Item("SPAK1", "Tidak ada diskriminasi pelayanan"),
            new Item("SPAK2", "Tidak ada pelayanan di luar prosedur/kecurangan pelayanan"),
            new Item("SPAK3", "Tidak ada penerimaan imbalan di luar ketentuan"),
            new Item("SPAK4", "Tidak ada pungutan liar"),
            new Item("SPAK5", "Tidak ada percaloan/perantara tidak resmi")));

    public record Item(String code, String statement) {
    }

    private final List<Item> items;

    PerceptionInstrument(List<Item> items) {
        this.items = items;
    }

    public List<Item> items() {
        return items;
    }

    public List<String> codes() {
        return items.stream().map(Item::code).toList();
    }
}
