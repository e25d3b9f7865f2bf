package id.zi.survey.survey;

import id.zi.survey.index.PerceptionInstrument;
import id.zi.survey.index.SkmInstrument;
import java.util.List;
import java.util.Map;

/**
 * The wording respondents read, in Bahasa Indonesia. SKM questions and answer labels follow the sample
 * questionnaire of PermenPANRB 14/2017 (Lampiran III), which asks U9 (sarana) as question 8 and U8
 * (pengaduan) as question 9: here each is keyed by its element code. SPAK and SPKP statements are those
 * of SE MenPANRB 04/2023 (Lampiran II), answered with stars.
 */
public final class Questionnaire {

    /** What an added element is answered with when the unit gives no labels: the regulation's four grades. */
    public static final List<String> GENERIC_LABELS = List.of("Tidak baik", "Kurang baik", "Baik", "Sangat baik");

    /** The SE's instruction above the statements. */
    public static final String STAR_INSTRUCTION = "Berilah nilai bintang antara 1 - %d pada setiap pernyataan, dimana semakin banyak "
            + "bintang menunjukkan bahwa Bapak/Ibu semakin setuju bahwa kualitas pelayanan pada unit layanan ini semakin baik.";

    private record Wording(String question, List<String> labels) {
    }

    private static final Map<String, Wording> SKM = Map.of(
            "U1", new Wording("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
                    List.of("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
            "U2", new Wording("Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
                    List.of("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah")),
            "U3", new Wording("Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
                    List.of("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat")),
            "U4", new Wording("Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
                    List.of("Sangat mahal", "Cukup mahal", "Murah", "Gratis")),
            "U5", new Wording("Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
                    + "pelayanan dengan hasil yang diberikan?", List.of("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
            "U6", new Wording("Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
                    List.of("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten")),
            "U7", new Wording("Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
                    List.of("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah")),
            "U8", new Wording("Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
                    List.of("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik")),
            "U9", new Wording("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
                    List.of("Buruk", "Cukup", "Baik", "Sangat baik")));

    private static final Map<String, String> STATEMENTS = Map.ofEntries(
            Map.entry("SPKP1", "Informasi pelayanan pada unit layanan ini tersedia melalui media elektronik maupun non elektronik"),
            Map.entry("SPKP2", "Persyaratan pelayanan yang diinformasikan sesuai dengan persyaratan yang ditetapkan unit layanan ini"),
            Map.entry("SPKP3", "Prosedur/alur pelayanan yang ditetapkan unit layanan ini mudah diikuti/dilakukan"),
            Map.entry("SPKP4", "Jangka waktu penyelesaian pelayanan yang diterima Bapak/Ibu sesuai dengan yang ditetapkan unit layanan ini"),
            Map.entry("SPKP5", "Tarif/biaya pelayanan yang dibayarkan pada unit layanan ini sesuai dengan tarif/biaya yang ditetapkan"),
            Map.entry("SPKP6", "Sarana prasarana pendukung pelayanan/sistem pelayanan online yang disediakan unit layanan ini memberikan "
                    + "kenyamanan/mudah digunakan"),
            Map.entry("SPKP7", "Petugas pelayanan/sistem pelayanan online pada unit layanan ini merespon keperluan Bapak/Ibu dengan cepat"),
            Map.entry("SPKP8", "Layanan konsultasi dan pengaduan yang disediakan unit layanan ini mudah digunakan/diakses"),
            Map.entry("SPAK1", "Tidak ada diskriminasi pelayanan pada unit layanan ini"),
            Map.entry("SPAK2", "Tidak ada pelayanan di luar prosedur/kecurangan pelayanan pada unit layanan ini"),
            Map.entry("SPAK3", "Tidak ada penerimaan imbalan uang/barang/fasilitas di luar ketentuan yang berlaku pada unit layanan ini"),
            Map.entry("SPAK4", "Tidak ada pungutan liar (pungli) pada unit layanan ini"),
            Map.entry("SPAK5", "Tidak ada percaloan/perantara tidak resmi pada unit layanan ini"));

    private Questionnaire() {
    }

    /** The regulation's elements, each with its question and labels, weighing 1/9. */
    public static List<SurveyElement> skm() {
        return SkmInstrument.permenpanrb14of2017().elements().stream()
                .map(element -> new SurveyElement(element.code(), element.name(), element.weight(), SKM.get(element.code()).question(),
                        SKM.get(element.code()).labels()))
                .toList();
    }

    /** The regulation's question for an element code, if the code is the regulation's. */
    static String skmQuestion(String code, String name) {
        Wording wording = SKM.get(code);
        return wording != null ? wording.question() : "Bagaimana pendapat Saudara tentang " + name.toLowerCase(java.util.Locale.ROOT) + "?";
    }

    static List<String> skmLabels(String code) {
        Wording wording = SKM.get(code);
        return wording != null ? wording.labels() : GENERIC_LABELS;
    }

    /** The statements of SPAK or SPKP, equally weighted, as the respondent reads them. */
    public static List<SurveyElement> perception(PerceptionInstrument instrument) {
        double weight = 1.0 / instrument.items().size();
        return instrument.items().stream()
                .map(item -> new SurveyElement(item.code(), item.statement(), weight, STATEMENTS.get(item.code()), List.of()))
                .toList();
    }
}
