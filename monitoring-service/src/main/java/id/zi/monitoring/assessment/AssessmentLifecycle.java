package id.zi.monitoring.assessment;

import id.zi.monitoring.evidence.EvidenceLink;
import id.zi.monitoring.evidence.EvidenceProjection;
import id.zi.monitoring.lke.Answer;
import id.zi.monitoring.lke.AnswerScale;
import id.zi.monitoring.lke.InvalidAnswer;
import id.zi.monitoring.lke.InvalidAnswersException;
import id.zi.monitoring.lke.LkeQuestion;
import id.zi.monitoring.lke.LkeScore;
import id.zi.monitoring.lke.LkeScorer;
import id.zi.monitoring.lke.Readiness;
import id.zi.monitoring.orgunit.OrgUnitProjection;
import id.zi.monitoring.plan.PlanCopy;
import id.zi.monitoring.survey.SurveyIndex;
import id.zi.monitoring.survey.SurveyIndicesListener;
import id.zi.monitoring.survey.SurveyResultProjection;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxRelay;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Reads and saves the two sides of a unit's LKE assessment. The unit's operator or head answers the self side,
 * a TPI evaluator whose scope holds the unit the TPI side; every save is checked and scored with the service's
 * one {@link LkeScorer} and {@link Readiness}, and its events are written in the same single-document update.
 */
public class AssessmentLifecycle implements SurveyIndicesListener {

    public static final String UNIT_OPERATOR = "unit-operator";
    public static final String UNIT_HEAD = "unit-head";
    public static final String TPI_EVALUATOR = "tpi-evaluator";
    static final int MAX_TEXT = 2000;
    static final int MAX_EVIDENCE = 20;
    private static final int MAX_ATTEMPTS = 5;

    /**
     * What a save changes for one question.
     *
     * @param remove   the question's entry goes (answer, notes and evidence)
     * @param answer   null: the entry holds no answer (notes or evidence only)
     * @param policy   for a survey index: NATIVE_4, RATIO_6_TO_4 or LINEAR_6_TO_4
     */
    public record EntryInput(String questionId, boolean remove, @Nullable Answer answer, @Nullable String policy, @Nullable String notes,
            List<String> evidence) {
    }

    /** @param hasWbk null keeps what the side held */
    public record Changes(List<EntryInput> entries, @Nullable Boolean hasWbk) {
    }

    /** A side scored and judged. */
    public record Scoring(LkeScore score, Readiness.Verdict wbk, Readiness.Verdict wbbm) {
    }

    private final AssessmentStore store;
    private final LkeScorer scorer;
    private final Readiness readiness;
    private final EvidenceProjection evidence;
    private final OrgUnitProjection units;
    private final SurveyResultProjection surveys;
    private final EventFactory events;
    private final OutboxRelay relay;
    private final Clock clock;

    public AssessmentLifecycle(AssessmentStore store, LkeScorer scorer, Readiness readiness, EvidenceProjection evidence,
            OrgUnitProjection units, SurveyResultProjection surveys, EventFactory events, OutboxRelay relay, Clock clock) {
        this.store = store;
        this.scorer = scorer;
        this.readiness = readiness;
        this.evidence = evidence;
        this.units = units;
        this.surveys = surveys;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    public LkeScorer scorer() {
        return scorer;
    }

    public Readiness readiness() {
        return readiness;
    }

    /** The unit's assessment of {@code year}; an empty one (version 0) while nobody has saved it. 404 outside the caller's scope. */
    public Assessment read(Caller caller, String unitId, int year) {
        checkYear(year);
        return store.find(caller.readScope(), Assessment.idOf(unitId, year)).orElseGet(() -> {
            String orgPath = orgPathOf(caller, unitId);
            if (orgPath == null || !caller.canSee(orgPath)) {
                throw Problems.notFound("Unit", unitId);
            }
            return Assessment.empty(unitId, orgPath, year, scorer.catalog().id(), scorer.catalog().version());
        });
    }

    /**
     * Scores a side. An index question (IPAK, IPKP) the side gave no value for takes the unit's published survey
     * results of the year; a value the side entered wins (e.g. the TPI's from an independent survey).
     *
     * @param fromSurveys by question id, as {@link #surveyIndices} gives them
     */
    public Scoring score(Sheet sheet, Map<String, SurveyIndex> fromSurveys) {
        Map<String, Answer> answers = new LinkedHashMap<>(sheet.answers());
        fromSurveys.forEach((questionId, index) -> answers.putIfAbsent(questionId, new Answer.Index(BigDecimal.valueOf(index.value()))));
        LkeScore score = scorer.score(answers);
        return new Scoring(score, readiness.wbk(score), readiness.wbbm(score, sheet.hasWbk()));
    }

    public Scoring score(Assessment assessment, Side side) {
        return score(assessment.sheet(side), surveyIndices(assessment.unitId(), assessment.year()));
    }

    /** The unit's IPAK and IPKP of {@code year} from its published SPAK and SPKP results, by the catalog question that takes each. */
    public Map<String, SurveyIndex> surveyIndices(String unitId, int year) {
        Map<String, SurveyIndex> byIndex = surveys.indices(unitId, year);
        Map<String, SurveyIndex> byQuestion = new LinkedHashMap<>();
        if (byIndex.isEmpty()) {
            return byQuestion;
        }
        for (LkeQuestion question : scorer.catalog().questions()) {
            SurveyIndex index = question.index() == null ? null : byIndex.get(question.index());
            if (index != null) {
                byQuestion.put(question.id(), index);
            }
        }
        return byQuestion;
    }

    /**
     * The unit's survey results of {@code year} changed: each side that takes an index from them is scored again,
     * with a {@code scored} event (and {@code readiness-changed} when a verdict moved) when its score changed. The
     * sides' own versions stay: nothing a user entered changed.
     */
    @Override
    public void changed(String unitId, int year) {
        String id = Assessment.idOf(unitId, year);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Assessment read = store.findById(id).orElse(null);
            if (read == null) {
                return;
            }
            Map<String, SurveyIndex> fromSurveys = surveyIndices(unitId, year);
            Instant now = clock.instant();
            Assessment next = read;
            List<PendingEvent> pending = new ArrayList<>();
            for (Side side : Side.values()) {
                Sheet before = next.sheet(side);
                if (before.version() == 0) {
                    continue;
                }
                Scoring scoring = score(before, fromSurveys);
                Sheet.Scored scored = scored(scoring);
                if (before.scored() != null && same(before.scored(), scored)) {
                    continue;
                }
                Sheet after = new Sheet(before.entries(), before.hasWbk(), scored, before.version(), before.updatedBy(), before.updatedAt());
                boolean readinessChanged = scoring.wbk().eligible() != before.wbkEligible() || scoring.wbbm().eligible() != before.wbbmEligible();
                long sequence = next.sequence();
                next = next.with(side, after, now, readinessChanged ? 2 : 1);
                pending.add(event("scored", next, sequence + 1, AssessmentEvents.Scored.of(next, side, scoring.score(), scoring.wbk(),
                        scoring.wbbm(), before.hasWbk(), now)));
                if (readinessChanged) {
                    pending.add(event("readiness-changed", next, sequence + 2, AssessmentEvents.ReadinessChanged.of(next, side,
                            scoring.score(), scoring.wbk(), scoring.wbbm(), before.hasWbk(), before, now)));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            // Assessment.with counts one more version per side changed; one write stores them all
            Assessment stored = new Assessment(next.id(), next.unitId(), next.orgPath(), next.year(), next.catalogId(), next.catalogVersion(),
                    next.self(), next.tpi(), next.createdAt(), now, read.version() + 1, next.sequence());
            if (store.update(stored, read, pending)) {
                relay.wakeUp();
                return;
            }
        }
        throw new IllegalStateException("assessment " + id + " kept changing while it was rescored from new survey results");
    }

    private static Sheet.Scored scored(Scoring scoring) {
        return new Sheet.Scored(scoring.score().total(), scoring.score().pengungkit(), scoring.score().hasil(), scoring.wbk().eligible(),
                scoring.wbbm().eligible());
    }

    private static boolean same(Sheet.Scored a, Sheet.Scored b) {
        return a.total().compareTo(b.total()) == 0 && a.pengungkit().compareTo(b.pengungkit()) == 0 && a.hasil().compareTo(b.hasil()) == 0
                && a.wbkEligible() == b.wbkEligible() && a.wbbmEligible() == b.wbbmEligible();
    }

    /** The live evidence of the unit's plan year by id: what answers may link to. */
    public Map<String, EvidenceLink> evidenceOf(String unitId, int year) {
        Map<String, EvidenceLink> byId = new LinkedHashMap<>();
        evidence.ofPlan(PlanCopy.idOf(unitId, year)).forEach(link -> byId.put(link.id(), link));
        return byId;
    }

    /**
     * Saves {@code side}'s changes if the side is still at {@code expectedVersion} (0 before its first save),
     * rescored, with a {@code scored} event and, when a verdict changed, a {@code readiness-changed} event.
     */
    public Assessment save(Caller caller, String unitId, int year, Side side, @Nullable Long expectedVersion, Changes changes) {
        Assessment found = read(caller, unitId, year);
        authorize(caller, found, side);
        if (expectedVersion == null) {
            ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_REQUIRED, "version-required", "Version required",
                    "Send the " + side.path() + " side's version as read (" + side.path() + ".version, 0 before its first save) in If-Match");
            problem.setProperty("field", "If-Match");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        Assessment read = found;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (!read.catalogId().equals(scorer.catalog().id())) {
                throw Problems.conflict("Assessment " + read.id() + " is answered on LKE " + read.catalogId() + "; this service scores LKE "
                        + scorer.catalog().id());
            }
            Sheet before = read.sheet(side);
            if (before.version() != expectedVersion) {
                throw Problems.preconditionFailed("The " + side.path() + " side of assessment " + read.id() + " is at version " + before.version()
                        + ", not " + expectedVersion + "; reload it and try again");
            }
            Instant now = clock.instant();
            List<AnswerEntry> entries = merge(read, before, changes.entries(), caller.username(), now);
            boolean hasWbk = changes.hasWbk() != null ? changes.hasWbk() : before.hasWbk();
            Sheet provisional = new Sheet(entries, hasWbk, null, before.version() + 1, caller.username(), now);
            Scoring scoring = score(provisional, surveyIndices(unitId, year));
            Sheet after = new Sheet(entries, hasWbk, scored(scoring), before.version() + 1, caller.username(), now);
            boolean readinessChanged = scoring.wbk().eligible() != before.wbkEligible() || scoring.wbbm().eligible() != before.wbbmEligible();
            Assessment next = read.with(side, after, now, readinessChanged ? 2 : 1);
            List<PendingEvent> pending = new ArrayList<>();
            pending.add(event("scored", next, read.sequence() + 1, AssessmentEvents.Scored.of(next, side, scoring.score(), scoring.wbk(),
                    scoring.wbbm(), hasWbk, now)));
            if (readinessChanged) {
                pending.add(event("readiness-changed", next, read.sequence() + 2, AssessmentEvents.ReadinessChanged.of(next, side,
                        scoring.score(), scoring.wbk(), scoring.wbbm(), hasWbk, before, now)));
            }
            boolean saved = read.version() == 0 ? store.insert(caller.readScope(), next, pending) : store.update(next, read, pending);
            if (saved) {
                relay.wakeUp();
                return next;
            }
            // The other side (or a second tab) saved meanwhile: start again from what is stored now.
            read = read(caller, unitId, year);
        }
        throw Problems.preconditionFailed("Assessment " + found.id() + " keeps changing; reload it and try again");
    }

    /** Files the assessments of a moved subtree under their new paths, so the new instansi's TPI sees them. */
    public void moved(String oldPath, String newPath) {
        for (Assessment assessment : store.under(oldPath)) {
            store.update(assessment.movedTo(newPath + assessment.orgPath().substring(oldPath.length())), assessment, List.of());
        }
    }

    private List<AnswerEntry> merge(Assessment assessment, Sheet before, List<EntryInput> inputs, String by, Instant at) {
        List<InvalidAnswer> errors = new ArrayList<>();
        Map<String, AnswerEntry> entries = new LinkedHashMap<>();
        before.entries().forEach(entry -> entries.put(entry.questionId(), entry));
        Map<String, EvidenceLink> known = null;
        for (EntryInput input : inputs) {
            String field = "answers." + input.questionId();
            LkeQuestion question = scorer.catalog().question(input.questionId()).orElse(null);
            if (question == null) {
                errors.add(scorer.unknownQuestion(input.questionId()));
                continue;
            }
            if (input.remove()) {
                entries.remove(question.id());
                continue;
            }
            int errorsBefore = errors.size();
            Answer answer = input.answer();
            if (answer != null) {
                for (InvalidAnswer error : scorer.check(Map.of(question.id(), answer))) {
                    errors.add(new InvalidAnswer(field + ".answer" + error.field().substring(field.length()), error.message()));
                }
                if (answer instanceof Answer.Option option && question.scale() instanceof AnswerScale.Choice choice) {
                    answer = choice.find(option.text()).map(found -> (Answer) new Answer.Option(found.code())).orElse(answer);
                }
            }
            IndexPolicy policy = policy(question, answer, input.policy(), field, errors);
            String notes = text(field + ".notes", input.notes(), errors);
            if (input.evidence().size() > MAX_EVIDENCE) {
                errors.add(new InvalidAnswer(field + ".evidence", "at most " + MAX_EVIDENCE + " evidence items per answer"));
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < input.evidence().size(); i++) {
                    String evidenceId = input.evidence().get(i);
                    if (known == null) {
                        known = evidenceOf(assessment.unitId(), assessment.year());
                    }
                    if (evidenceId == null || !known.containsKey(evidenceId)) {
                        errors.add(new InvalidAnswer(field + ".evidence[" + i + "]", evidenceId + " is not evidence of unit " + assessment.unitId()
                                + " for " + assessment.year() + " (evidence shows here a moment after its upload; deleted evidence does not)"));
                    } else if (!seen.add(evidenceId)) {
                        errors.add(new InvalidAnswer(field + ".evidence[" + i + "]", evidenceId + " is linked twice"));
                    }
                }
            }
            if (errors.size() == errorsBefore) {
                entries.put(question.id(), AnswerEntry.of(question.id(), answer, policy, notes, input.evidence(), by, at));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        // Catalog order, so both sides read alike whatever order the answers came in.
        List<AnswerEntry> ordered = new ArrayList<>();
        for (LkeQuestion question : scorer.catalog().questions()) {
            AnswerEntry entry = entries.get(question.id());
            if (entry != null) {
                ordered.add(entry);
            }
        }
        return ordered;
    }

    /** A survey index says how it reached the 4-point scale; nothing else takes a policy. */
    private static @Nullable IndexPolicy policy(LkeQuestion question, @Nullable Answer answer, @Nullable String text, String field,
            List<InvalidAnswer> errors) {
        if (question.index() == null) {
            if (text != null) {
                errors.add(new InvalidAnswer(field + ".policy", "only a survey index (IPAK, IPKP) takes a policy; " + question.id() + " is not one"));
            }
            return null;
        }
        if (text == null) {
            if (answer != null) {
                errors.add(new InvalidAnswer(field + ".policy", "say how the " + question.index() + " was brought to the 4-point scale: one of "
                        + Arrays.toString(IndexPolicy.values())));
            }
            return null;
        }
        try {
            return IndexPolicy.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidAnswer(field + ".policy", "one of " + Arrays.toString(IndexPolicy.values())));
            return null;
        }
    }

    private static @Nullable String text(String field, @Nullable String value, List<InvalidAnswer> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            errors.add(new InvalidAnswer(field, "at most " + MAX_TEXT + " characters, not " + stripped.length()));
            return null;
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new InvalidAnswer(field, "must not contain control characters"));
            return null;
        }
        return stripped;
    }

    private void authorize(Caller caller, Assessment assessment, Side side) {
        if (side == Side.SELF) {
            if (!(caller.hasRole(UNIT_OPERATOR) || caller.hasRole(UNIT_HEAD)) || !caller.canWrite(assessment.orgPath())) {
                throw Problems.forbidden("Only the operator or head of unit " + assessment.unitId() + " answers its self-assessment");
            }
        } else if (!caller.hasRole(TPI_EVALUATOR)) {
            throw Problems.forbidden("Only a TPI evaluator of unit " + assessment.unitId() + "'s instansi answers the TPI side");
        }
    }

    /** The unit's path: the caller's own unit from the token, any other from monitoring's copy of the directory. */
    private @Nullable String orgPathOf(Caller caller, String unitId) {
        if (unitId.equals(caller.unitId()) && caller.writeScope() != null && caller.writeScope().rootId().equals(unitId)) {
            return caller.writeScope().rootPath();
        }
        return units.find(unitId).map(unit -> unit.getString("path")).orElse(null);
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw Problems.invalid("year", "a year from 2000 to 2100, not " + year);
        }
    }

    private PendingEvent event(String name, Assessment assessment, long sequence, Object payload) {
        return events.create("assessment", name, assessment.id(), assessment.unitId(), assessment.orgPath(), sequence, payload);
    }
}
