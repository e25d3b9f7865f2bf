package id.zi.survey.response;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The respondent profile's questions and answer options, in Bahasa Indonesia. Sex, education and occupation
 * follow the sample questionnaire of PermenPANRB 14/2017 (with the DIII its publication format counts); age
 * is asked in bands instead of years so that no response narrows down to a person.
 */
public final class ProfileQuestions {

    public record Option(String code, String label) {
    }

    /** @param options empty for free text */
    public record Question(String field, String label, List<Option> options, int maxLength) {

        public boolean freeText() {
            return options.isEmpty();
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(option -> option.code().equals(code)).findFirst();
        }
    }

    public static final int SERVICE_RECEIVED_MAX = 100;

    public static final List<Question> ALL = List.of(
            new Question("sex", "Jenis kelamin", List.of(new Option("L", "Laki-laki"), new Option("P", "Perempuan")), 0),
            new Question("ageBand", "Usia", List.of(new Option("UNDER_20", "Di bawah 20 tahun"), new Option("20_29", "20–29 tahun"),
                    new Option("30_39", "30–39 tahun"), new Option("40_49", "40–49 tahun"), new Option("50_59", "50–59 tahun"),
                    new Option("60_PLUS", "60 tahun ke atas")), 0),
            new Question("education", "Pendidikan terakhir", List.of(new Option("SD", "SD atau sederajat"),
                    new Option("SMP", "SMP atau sederajat"), new Option("SMA", "SMA/SMK atau sederajat"), new Option("DIPLOMA", "D1/D2/D3"),
                    new Option("S1", "D4/S1"), new Option("S2", "S2"), new Option("S3", "S3")), 0),
            new Question("occupation", "Pekerjaan utama", List.of(new Option("PNS", "PNS"), new Option("TNI", "TNI"),
                    new Option("POLRI", "POLRI"), new Option("SWASTA", "Pegawai swasta"), new Option("WIRAUSAHA", "Wirausaha"),
                    new Option("LAINNYA", "Lainnya")), 0),
            new Question("serviceReceived", "Jenis layanan yang diterima", List.of(), SERVICE_RECEIVED_MAX));

    private static final Map<String, Question> BY_FIELD = Map.of("sex", ALL.get(0), "ageBand", ALL.get(1), "education", ALL.get(2),
            "occupation", ALL.get(3), "serviceReceived", ALL.get(4));

    private ProfileQuestions() {
    }

    public static Optional<Question> of(String field) {
        return Optional.ofNullable(BY_FIELD.get(field));
    }

    /** The label of an answer code, or the text itself for free text. */
    public static String label(String field, String code) {
        return of(field).flatMap(question -> question.option(code)).map(Option::label).orElse(code);
    }
}
