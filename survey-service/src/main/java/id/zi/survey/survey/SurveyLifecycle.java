package id.zi.survey.survey;

import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import id.zi.survey.index.InvalidSurveyInput;
import id.zi.survey.period.PeriodKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything that changes a survey: creation, its settings and instrument versions, the public link, the
 * population and the improvement plan of a period. Only the operator or head of the survey's unit changes
 * it; anyone whose scope holds the unit reads it.
 */
public class SurveyLifecycle {

    public static final String UNIT_OPERATOR = "unit-operator";
    public static final String UNIT_HEAD = "unit-head";
    static final long MAX_POPULATION = 100_000_000L;
    static final int MAX_FOLLOW_UP_ITEMS = 30;

    /** How many responses a survey has; a scale cannot change under answers given on the old one. */
    public interface ResponseCount {
        long of(String unitId, String surveyId);
    }

    private final SurveyStore store;
    private final SurveyLinks links;
    private final ResponseCount responses;
    private final Clock clock;

    public SurveyLifecycle(SurveyStore store, SurveyLinks links, ResponseCount responses, Clock clock) {
        this.store = store;
        this.links = links;
        this.responses = responses;
        this.clock = clock;
    }

    public Optional<Survey> get(Caller caller, String id) {
        return store.find(caller.readScope(), id);
    }

    public Survey create(Caller caller, SurveyDraft draft) {
        if (caller.unitId() == null || caller.writeScope() == null || !writer(caller)) {
            throw Problems.forbidden("Only a unit's operator or head creates its surveys");
        }
        SurveyRules.Settings settings = SurveyRules.forCreation(draft);
        store.findByServiceType(caller.unitId(), settings.instrument(), settings.serviceType().code()).ifPresent(existing -> {
            throw duplicate(existing);
        });
        Instant now = clock.instant();
        String id = newId();
        String publicId = links.issue(id, now);
        Survey survey = new Survey(id, caller.unitId(), caller.writeScope().rootPath(), settings.instrument(), settings.serviceType(),
                settings.title(), settings.periodicity(), settings.weightPolicy(), settings.scalePolicy(), publicId,
                List.of(new InstrumentVersion(1, settings.elements(), settings.highestAnswer(), now)), Map.of(), Map.of(), now,
                caller.username(), now, caller.username(), 1);
        if (!store.insert(caller.writeScope(), survey)) {
            throw duplicate(store.findByServiceType(caller.unitId(), settings.instrument(), settings.serviceType().code()).orElse(survey));
        }
        return survey;
    }

    /** New settings; a change of what respondents are asked starts the next instrument version. */
    public Survey update(Caller caller, String id, @Nullable Long expectedVersion, SurveyDraft changes) {
        Survey survey = writable(caller, id);
        requireVersion(survey, expectedVersion);
        SurveyRules.Settings settings = SurveyRules.forChange(survey, changes);
        Instant now = clock.instant();
        InstrumentVersion asked = new InstrumentVersion(survey.current().version() + 1, settings.elements(), settings.highestAnswer(), now);
        List<InstrumentVersion> versions = new ArrayList<>(survey.versions());
        if (!asked.asksTheSameAs(survey.current())) {
            if (asked.highestAnswer() != survey.current().highestAnswer() && responses.of(survey.unitId(), survey.id()) > 0) {
                throw new SurveyConflict("Survey " + id + " has answers on a scale of 1–" + survey.current().highestAnswer()
                        + "; answers on another scale cannot be pooled with them, so create a new survey for a scale of 1–"
                        + asked.highestAnswer(), null);
            }
            versions.add(asked);
        }
        if (!settings.serviceType().code().equals(survey.serviceType().code())) {
            store.findByServiceType(survey.unitId(), survey.instrument(), settings.serviceType().code()).ifPresent(existing -> {
                throw duplicate(existing);
            });
        }
        Survey changed = new Survey(survey.id(), survey.unitId(), survey.orgPath(), survey.instrument(), settings.serviceType(),
                settings.title(), settings.periodicity(), settings.weightPolicy(), settings.scalePolicy(), survey.publicId(), versions,
                survey.populations(), survey.followUps(), survey.createdAt(), survey.createdBy(), now, caller.username(), survey.version() + 1);
        save(survey, changed);
        return changed;
    }

    /** Replaces the public link: the old one answers 410 Gone from now on, the poster must be printed again. */
    public Survey revokeLink(Caller caller, String id, @Nullable Long expectedVersion) {
        Survey survey = writable(caller, id);
        requireVersion(survey, expectedVersion);
        Instant now = clock.instant();
        Survey changed = survey.withPublicId(links.issue(survey.id(), now), now, caller.username());
        save(survey, changed);
        return changed;
    }

    /** The service users of the period, from which the minimum sample follows. */
    public Survey setPopulation(Caller caller, String id, PeriodKey period, @Nullable Long population, @Nullable Long expectedVersion) {
        Survey survey = writable(caller, id);
        requireVersion(survey, expectedVersion);
        requireReportable(survey, period);
        if (population == null) {
            throw new InvalidSurveyInput("population", "required: the number of service users in " + period);
        }
        if (population < 1 || population > MAX_POPULATION) {
            throw new InvalidSurveyInput("population", "a period serves between 1 and " + MAX_POPULATION + " users, not " + population);
        }
        Survey changed = survey.withPopulation(period.toString(), population, clock.instant(), caller.username());
        save(survey, changed);
        return changed;
    }

    /** The improvement plan of the period, replacing the one saved before; each item names an element of the survey. */
    public Survey setFollowUp(Caller caller, String id, PeriodKey period, @Nullable List<FollowUpInput> items, @Nullable Long expectedVersion) {
        Survey survey = writable(caller, id);
        requireVersion(survey, expectedVersion);
        requireReportable(survey, period);
        if (items == null) {
            throw new InvalidSurveyInput("items", "required: the improvement actions, [] for none");
        }
        if (items.size() > MAX_FOLLOW_UP_ITEMS) {
            throw new InvalidSurveyInput("items", "at most " + MAX_FOLLOW_UP_ITEMS + " actions, not " + items.size());
        }
        Set<String> codes = new HashSet<>();
        survey.versions().forEach(version -> codes.addAll(version.codes()));
        List<FollowUpItem> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "items[" + i + "]";
            FollowUpInput item = items.get(i);
            if (item == null) {
                throw new InvalidSurveyInput(field, "an action, not null");
            }
            String code = Texts.required(field + ".elementCode", item.elementCode(), 20);
            if (!codes.contains(code)) {
                throw new InvalidSurveyInput(field + ".elementCode", "survey " + id + " has no element " + code + "; it has "
                        + String.join(", ", survey.current().codes()));
            }
            LocalDate target = date(field + ".targetDate", item.targetDate());
            if (target.isBefore(period.from())) {
                throw new InvalidSurveyInput(field + ".targetDate", "an action for " + period + " is due after the period began, not " + target);
            }
            checked.add(new FollowUpItem(code, Texts.required(field + ".action", item.action(), 500),
                    Texts.required(field + ".pic", item.pic(), 120), target));
        }
        Survey changed = survey.withFollowUp(period.toString(), new FollowUp(checked, clock.instant(), caller.username()));
        save(survey, changed);
        return changed;
    }

    /** @param targetDate ISO date, e.g. 2026-06-30 */
    public record FollowUpInput(@Nullable String elementCode, @Nullable String action, @Nullable String pic, @Nullable String targetDate) {
    }

    /** The survey a public link names; 404 for a link never issued, 410 for one the unit revoked. */
    public Survey publicSurvey(String publicId) {
        String surveyId = links.surveyOf(publicId).orElseThrow(() -> Problems.notFound("Survey link", publicId));
        Survey survey = store.findById(surveyId).orElseThrow(() -> Problems.notFound("Survey link", publicId));
        if (!survey.publicId().equals(publicId)) {
            throw new LinkRevoked(publicId);
        }
        return survey;
    }

    /** The survey if the caller may change it: an operator or head of its unit. */
    public Survey writable(Caller caller, String id) {
        Survey survey = get(caller, id).orElseThrow(() -> Problems.notFound("Survey", id));
        if (!writer(caller) || !caller.canWrite(survey.orgPath())) {
            throw Problems.forbidden("Only the operator or head of unit " + survey.unitId() + " changes its surveys");
        }
        return survey;
    }

    /**
     * A unit reports in the periods it chose or longer ones made of them: a quarterly survey also closes its
     * semesters and its year, a yearly survey only its years.
     */
    public static void requireReportable(Survey survey, PeriodKey period) {
        if (!period.kind().coarserOrEqual(survey.periodicity())) {
            throw new InvalidSurveyInput("period", "survey " + survey.id() + " reports per " + survey.periodicity().name().toLowerCase()
                    + "; " + period + " is shorter");
        }
    }

    private static boolean writer(Caller caller) {
        return caller.hasRole(UNIT_OPERATOR) || caller.hasRole(UNIT_HEAD);
    }

    private static void requireVersion(Survey survey, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != survey.version()) {
            throw Problems.preconditionFailed("Survey " + survey.id() + " is at version " + survey.version() + ", not " + expectedVersion
                    + "; reload it and try again");
        }
    }

    private void save(Survey before, Survey after) {
        if (!store.update(after, before.version())) {
            throw Problems.preconditionFailed("Survey " + before.id() + " changed meanwhile; reload it and try again");
        }
    }

    private static SurveyConflict duplicate(Survey existing) {
        return new SurveyConflict("Unit " + existing.unitId() + " already runs " + existing.instrument() + " for service type "
                + existing.serviceType().code() + " (survey " + existing.id() + "); change that survey instead", existing.id());
    }

    private static LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidSurveyInput(field, "required: a date such as 2026-06-30");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidSurveyInput(field, "a date such as 2026-06-30, not '" + text + "'");
        }
    }

    /** Random, unguessable, and short enough to read out over the phone. */
    private static String newId() {
        return "sv-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
