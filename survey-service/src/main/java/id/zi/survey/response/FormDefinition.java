package id.zi.survey.response;

import id.zi.survey.survey.InstrumentVersion;
import id.zi.survey.survey.Questionnaire;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyElement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public form as a phone renders it, in Bahasa Indonesia: who asks, about which service, every question
 * with its answers (the regulation's four labels, or stars), the optional profile, and how to send it.
 */
public record FormDefinition(String publicId, String heading, String instrument, int instrumentVersion, Unit unit, ServiceTypeView serviceType,
        String title, String introduction, Scale scale, List<Question> questions, List<ProfileField> profile, Submit submit) {

    public record Unit(String id, String name, @Nullable String parentName) {
    }

    public record ServiceTypeView(String code, String name) {
    }

    /** @param kind {@code CHOICE} (four labelled answers) or {@code STARS} */
    public record Scale(String kind, int lowest, int highest) {
    }

    public record Answer(int value, String label) {
    }

    public record Question(String code, String name, String text, boolean required, List<Answer> answers) {
    }

    public record ProfileField(String field, String label, boolean required, List<ProfileQuestions.Option> options,
            @Nullable Integer maxLength) {
    }

    /** @param idempotencyKeyHeader a new key per submission, the same one when a submission is retried */
    public record Submit(String method, String path, String idempotencyKeyHeader, String thanks) {
    }

    public static FormDefinition of(Survey survey, String unitName, @Nullable String parentName) {
        InstrumentVersion version = survey.current();
        boolean stars = !survey.instrument().isSkm();
        List<Question> questions = new ArrayList<>();
        for (SurveyElement element : version.elements()) {
            List<Answer> answers = new ArrayList<>();
            for (int value = 1; value <= version.highestAnswer(); value++) {
                answers.add(new Answer(value, stars ? value + " bintang" : element.labels().get(value - 1)));
            }
            questions.add(new Question(element.code(), element.name(), element.question(), true, answers));
        }
        List<ProfileField> profile = ProfileQuestions.ALL.stream()
                .map(question -> new ProfileField(question.field(), question.label(), false, question.options(),
                        question.freeText() ? question.maxLength() : null))
                .toList();
        String introduction = stars
                ? "Kami akan meminta pendapat Bapak/Ibu mengenai kualitas dan integritas pemberian pelayanan pada unit layanan ini. "
                        + Questionnaire.STAR_INSTRUCTION.formatted(version.highestAnswer())
                : "Dalam rangka meningkatkan kualitas pelayanan, kami mohon kesediaan Bapak/Ibu mengisi survei ini. Pilih satu jawaban "
                        + "untuk setiap pertanyaan. Jawaban Bapak/Ibu dijamin kerahasiaannya; identitas tidak diminta.";
        return new FormDefinition(survey.publicId(), survey.instrument().title(), survey.instrument().name(), version.version(),
                new Unit(survey.unitId(), unitName, parentName), new ServiceTypeView(survey.serviceType().code(), survey.serviceType().name()),
                survey.title(), introduction, new Scale(stars ? "STARS" : "CHOICE", 1, version.highestAnswer()), questions, profile,
                new Submit("POST", "/api/surveys/public/" + survey.publicId() + "/responses", IdempotencyKey.HEADER,
                        "Terima kasih atas penilaian yang telah Anda berikan. Masukan Anda sangat bermanfaat untuk kemajuan unit kami "
                                + "agar terus memperbaiki dan meningkatkan kualitas pelayanan bagi masyarakat."));
    }
}
