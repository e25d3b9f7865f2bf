package id.zi.survey.response;

import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.survey.InstrumentVersion;
import id.zi.survey.survey.SurveyElement;
import id.zi.survey.survey.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a respondent may send: an answer to every question of the version they were shown, each a whole
 * number on its scale, and a profile of known fields with known options. Every refusal names the field
 * ({@code answers.U3}, {@code profile.ageBand}) so the form can point at it.
 */
public final class ResponseRules {

    public record Checked(Map<String, Integer> answers, Profile profile) {
    }

    private ResponseRules() {
    }

    public static Checked check(InstrumentVersion version, @Nullable JsonNode answers, @Nullable JsonNode profile) {
        return new Checked(answers(version, answers), profile(profile));
    }

    static Map<String, Integer> answers(InstrumentVersion version, @Nullable JsonNode answers) {
        if (answers == null || answers.isNull() || answers.isMissingNode()) {
            throw new InvalidSurveyInput("answers", "required: an answer per question, keyed by its code, e.g. {\"U1\": 4, …}");
        }
        if (!answers.isObject()) {
            throw new InvalidSurveyInput("answers", "an object of answers keyed by question code, e.g. {\"U1\": 4, …}");
        }
        answers.propertyNames().forEach(code -> {
            if (version.element(code).isEmpty()) {
                throw new InvalidSurveyInput("answers." + code, "this survey has no question " + code + "; its questions are "
                        + String.join(", ", version.codes()));
            }
        });
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (SurveyElement element : version.elements()) {
            String field = "answers." + element.code();
            JsonNode answer = answers.get(element.code());
            if (answer == null || answer.isNull()) {
                throw new InvalidSurveyInput(field, "required: answer " + element.code() + " (" + element.name() + ")");
            }
            if (!answer.isNumber() || answer.asDouble() != Math.rint(answer.asDouble()) || answer.asDouble() < 1
                    || answer.asDouble() > version.highestAnswer()) {
                throw new InvalidSurveyInput(field, "a whole number from 1 to " + version.highestAnswer() + ", not " + answer);
            }
            checked.put(element.code(), answer.asInt());
        }
        return checked;
    }

    static Profile profile(@Nullable JsonNode profile) {
        if (profile == null || profile.isNull() || profile.isMissingNode()) {
            return Profile.NONE;
        }
        if (!profile.isObject()) {
            throw new InvalidSurveyInput("profile", "an object such as {\"sex\": \"P\", \"ageBand\": \"30_39\"}, or nothing");
        }
        Map<String, String> given = new LinkedHashMap<>();
        profile.properties().forEach(entry -> {
            String field = "profile." + entry.getKey();
            ProfileQuestions.Question question = ProfileQuestions.of(entry.getKey()).orElseThrow(() -> new InvalidSurveyInput(field,
                    "unknown profile field; the profile has " + String.join(", ", ProfileQuestions.ALL.stream().map(ProfileQuestions.Question::field).toList())));
            JsonNode value = entry.getValue();
            if (value == null || value.isNull()) {
                return;
            }
            if (!value.isString()) {
                throw new InvalidSurveyInput(field, question.freeText() ? "text" : "one of " + codes(question));
            }
            if (question.freeText()) {
                String text = Texts.optional(field, value.asString(), question.maxLength());
                if (text != null) {
                    given.put(entry.getKey(), text);
                }
                return;
            }
            String code = value.asString().strip();
            if (code.isEmpty()) {
                return;
            }
            if (question.option(code).isEmpty()) {
                throw new InvalidSurveyInput(field, "one of " + codes(question) + ", not '" + code + "'");
            }
            given.put(entry.getKey(), code);
        });
        return new Profile(given.get("sex"), given.get("ageBand"), given.get("education"), given.get("occupation"), given.get("serviceReceived"));
    }

    private static String codes(ProfileQuestions.Question question) {
        return String.join(", ", question.options().stream().map(ProfileQuestions.Option::code).toList());
    }
}
