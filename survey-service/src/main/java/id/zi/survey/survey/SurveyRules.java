package id.zi.survey.survey;

import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.index.ScalePolicy;
import id.zi.survey.index.SkmElement;
import id.zi.survey.index.SkmInstrument;
import id.zi.survey.index.WeightPolicy;
import id.zi.survey.period.Periodicity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What a survey may be: checks a draft and fills in the regulation's defaults, naming the field at fault. */
final class SurveyRules {

    static final int TITLE_MAX = 200;
    static final int SERVICE_NAME_MAX = 200;
    static final int QUESTION_MAX = 300;
    static final int LABEL_MAX = 60;
    static final int ANSWERS = 4;
    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** A survey's settings once checked; {@code elements} and {@code highestAnswer} make its instrument version. */
    record Settings(Instrument instrument, ServiceType serviceType, String title, Periodicity periodicity,
            @Nullable WeightPolicy weightPolicy, @Nullable ScalePolicy scalePolicy, List<SurveyElement> elements, int highestAnswer) {
    }

    private SurveyRules() {
    }

    static Settings forCreation(SurveyDraft draft) {
        Instrument instrument = named(Instrument.class, draft.instrument(), "instrument");
        if (instrument == null) {
            throw new InvalidSurveyInput("instrument", "required: one of " + allowed(Instrument.class));
        }
        ServiceType serviceType = serviceType(draft.serviceType());
        String title = Texts.optional("title", draft.title(), TITLE_MAX);
        Periodicity periodicity = orDefault(named(Periodicity.class, draft.periodicity(), "periodicity"), Periodicity.QUARTER);
        return settings(instrument, serviceType, title != null ? title : instrument.title() + " " + serviceType.name(), periodicity,
                draft.weightPolicy(), draft.scalePolicy(), draft.elements(), null);
    }

    /** The survey after {@code changes}; its instrument never changes. */
    static Settings forChange(Survey survey, SurveyDraft changes) {
        if (changes.instrument() != null && !changes.instrument().equals(survey.instrument().name())) {
            throw new InvalidSurveyInput("instrument", "a survey keeps its instrument " + survey.instrument()
                    + "; create another survey for " + changes.instrument());
        }
        ServiceType serviceType = changes.serviceType() != null ? serviceType(changes.serviceType()) : survey.serviceType();
        String title = changes.title() != null ? Texts.required("title", changes.title(), TITLE_MAX) : survey.title();
        Periodicity periodicity = orDefault(named(Periodicity.class, changes.periodicity(), "periodicity"), survey.periodicity());
        String weightPolicy = changes.weightPolicy() != null ? changes.weightPolicy()
                : survey.weightPolicy() == null ? null : survey.weightPolicy().name();
        String scalePolicy = changes.scalePolicy() != null ? changes.scalePolicy()
                : survey.scalePolicy() == null ? null : survey.scalePolicy().name();
        return settings(survey.instrument(), serviceType, title, periodicity, weightPolicy, scalePolicy, changes.elements(),
                survey.current().elements());
    }

    private static Settings settings(Instrument instrument, ServiceType serviceType, String title, Periodicity periodicity,
            @Nullable String weightPolicyName, @Nullable String scalePolicyName, @Nullable List<SurveyDraft.ElementInput> elementInputs,
            @Nullable List<SurveyElement> keptElements) {
        if (instrument.isSkm()) {
            if (scalePolicyName != null) {
                throw new InvalidSurveyInput("scalePolicy", "the SKM is answered 1–4 and needs no scale policy; it is for SPAK and SPKP");
            }
            WeightPolicy weightPolicy = orDefault(named(WeightPolicy.class, weightPolicyName, "weightPolicy"), WeightPolicy.EXACT);
            List<SurveyElement> elements = elementInputs != null ? adapted(elementInputs)
                    : keptElements != null ? keptElements : Questionnaire.skm();
            SkmInstrument skm = new SkmInstrument(elements.stream().map(e -> new SkmElement(e.code(), e.name(), e.weight())).toList());
            if (weightPolicy != WeightPolicy.EXACT && (elements.size() != 9 || !skm.equallyWeighted())) {
                throw new InvalidSurveyInput("weightPolicy", weightPolicy + " reproduces the printed weight of nine equally weighted "
                        + "elements; this survey has " + elements.size() + (skm.equallyWeighted() ? "" : " unequally weighted") + " elements: use EXACT");
            }
            return new Settings(instrument, serviceType, title, periodicity, weightPolicy, null, elements, ANSWERS);
        }
        if (elementInputs != null) {
            throw new InvalidSurveyInput("elements", "the statements of " + instrument + " are those of SE MenPANRB 04/2023 and cannot be adapted");
        }
        if (weightPolicyName != null) {
            throw new InvalidSurveyInput("weightPolicy", instrument + " weighs its statements equally; weightPolicy is for the SKM");
        }
        // Stars as the SE asks them, converted by ratio: the LKE takes index ÷ 4 of its weight, so under RATIO_6_TO_4
        // a unit earns the share of the stars it was given (6 of 6 stars is the full value, 3 of 6 half of it).
        ScalePolicy scalePolicy = orDefault(named(ScalePolicy.class, scalePolicyName, "scalePolicy"), ScalePolicy.RATIO_6_TO_4);
        return new Settings(instrument, serviceType, title, periodicity, null, scalePolicy, Questionnaire.perception(instrument.perception()),
                scalePolicy.highestAnswer());
    }

    private static List<SurveyElement> adapted(List<SurveyDraft.ElementInput> inputs) {
        List<SkmInstrument.Definition> definitions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            SurveyDraft.ElementInput input = inputs.get(i);
            if (input == null) {
                throw new InvalidSurveyInput("elements[" + i + "]", "an element, not null");
            }
            String code = Texts.required("elements[" + i + "].code", input.code(), 20);
            definitions.add(new SkmInstrument.Definition(code, Texts.optional("elements[" + i + "].name", input.name(), 120), input.weight()));
        }
        SkmInstrument instrument;
        try {
            instrument = SkmInstrument.adapted(definitions);
        } catch (InvalidSurveyInput e) {
            // the index rules name the calculator's field; a survey calls it elements
            throw new InvalidSurveyInput(e.field().replaceFirst("^adaptedElements", "elements"), e.getMessage());
        }
        List<SurveyElement> elements = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            SurveyDraft.ElementInput input = inputs.get(i);
            SkmElement element = instrument.elements().get(i);
            String question = Texts.optional("elements[" + i + "].question", input.question(), QUESTION_MAX);
            elements.add(new SurveyElement(element.code(), element.name(), element.weight(),
                    question != null ? question : Questionnaire.skmQuestion(element.code(), element.name()),
                    input.labels() != null ? labels(i, input.labels()) : Questionnaire.skmLabels(element.code())));
        }
        return elements;
    }

    private static List<String> labels(int index, List<String> labels) {
        String field = "elements[" + index + "].labels";
        if (labels.size() != ANSWERS) {
            throw new InvalidSurveyInput(field, "four answers, for 1 (worst) to 4 (best); not " + labels.size());
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            checked.add(Texts.required(field + "[" + i + "]", labels.get(i), LABEL_MAX));
        }
        return checked;
    }

    private static ServiceType serviceType(@Nullable ServiceType given) {
        if (given == null) {
            throw new InvalidSurveyInput("serviceType", "required: the jenis layanan, e.g. {\"code\": \"PB-UMKU\", \"name\": \"Perizinan Berusaha\"}");
        }
        String code = Texts.required("serviceType.code", given.code(), 40);
        if (!SERVICE_CODE.matcher(code).matches()) {
            throw new InvalidSurveyInput("serviceType.code", "letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. PB-UMKU");
        }
        return new ServiceType(code, Texts.required("serviceType.name", given.name(), SERVICE_NAME_MAX));
    }

    static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String name, String field) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidSurveyInput(field, "unknown " + field + " '" + name + "'; one of " + allowed(type));
        }
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static <T> T orDefault(@Nullable T value, T fallback) {
        return value != null ? value : fallback;
    }
}
