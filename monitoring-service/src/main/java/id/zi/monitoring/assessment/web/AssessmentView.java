package id.zi.monitoring.assessment.web;

import id.zi.monitoring.assessment.AnswerEntry;
import id.zi.monitoring.assessment.Assessment;
import id.zi.monitoring.assessment.AssessmentLifecycle;
import id.zi.monitoring.assessment.Sheet;
import id.zi.monitoring.assessment.Side;
import id.zi.monitoring.evidence.EvidenceLink;
import id.zi.monitoring.lke.AnswerScale;
import id.zi.monitoring.lke.LkeCatalog;
import id.zi.monitoring.lke.LkeQuestion;
import id.zi.monitoring.lke.LkeScore;
import id.zi.monitoring.lke.web.ScoreResponse;
import id.zi.monitoring.survey.SurveyIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit's assessment as both sides read it: every catalog question with the unit's entry and the TPI's side
 * by side, and each side's score and Menuju WBK/WBBM verdicts in the calculator's shape. Numbers are unrounded.
 *
 * @param version changes with every save of either side; each side's own {@code version} is what its If-Match takes
 */
record AssessmentView(String id, String unitId, String orgPath, int year, ScoreResponse.CatalogView catalog, long version,
        @Nullable Instant createdAt, @Nullable Instant updatedAt, SideView self, SideView tpi, List<QuestionView> questions) {

    /**
     * @param score the side scored as the public calculator scores it, with both verdicts and every failure named
     */
    record SideView(String side, long version, boolean hasWbk, @Nullable String updatedBy, @Nullable Instant updatedAt, int answered,
            ScoreResponse score) {
    }

    /**
     * @param node    the sub-area (or hasil criterion) the question scores in
     * @param options the choices of a choice question
     * @param inputs  the counts a percentage question takes
     * @param index   the survey index an index question takes (IPAK, IPKP)
     * @param criteria the regulation's words for when each option applies, as the LKE prints them
     * @param fromSurveys for an index question, the index of the unit's published survey results of the year, which
     *                a side that enters no value takes; absent while none is published
     */
    record QuestionView(String id, String text, String answerType, String node, @Nullable List<String> options,
            @Nullable List<LkeQuestion.Input> inputs, @Nullable String index, @Nullable SurveyIndex fromSurveys,
            List<LkeQuestion.Criterion> criteria, EntryView self, EntryView tpi) {
    }

    /**
     * @param answer the option's code, the index, or the counts; absent when unanswered
     * @param value  what the answer is worth in [0, 1]; 0 when unanswered
     * @param source ENTERED when the side gave the answer, SURVEYS when an index comes from the published survey
     *               results; absent when unanswered
     */
    record EntryView(@Nullable Object answer, @Nullable String policy, double value, boolean answered, @Nullable String source,
            @Nullable String notes, List<EvidenceRef> evidence, @Nullable String updatedBy, @Nullable Instant updatedAt) {
    }

    /** @param available false when the evidence was deleted since it was linked */
    record EvidenceRef(String id, @Nullable String kind, @Nullable String title, @Nullable String reviewState, boolean available) {
    }

    static AssessmentView of(Assessment assessment, AssessmentLifecycle lifecycle) {
        LkeCatalog catalog = lifecycle.scorer().catalog();
        Map<String, SurveyIndex> fromSurveys = lifecycle.surveyIndices(assessment.unitId(), assessment.year());
        AssessmentLifecycle.Scoring self = lifecycle.score(assessment.self(), fromSurveys);
        AssessmentLifecycle.Scoring tpi = lifecycle.score(assessment.tpi(), fromSurveys);
        Map<String, EvidenceLink> evidence = lifecycle.evidenceOf(assessment.unitId(), assessment.year());
        List<QuestionView> questions = new ArrayList<>();
        for (LkeQuestion question : catalog.questions()) {
            List<String> options = question.scale() instanceof AnswerScale.Choice choice
                    ? choice.options().stream().map(AnswerScale.ChoiceOption::label).toList() : null;
            questions.add(new QuestionView(question.id(), question.text(), question.answerType(), catalog.nodeOf(question).id(), options,
                    question.inputs().isEmpty() ? null : question.inputs(), question.index(), fromSurveys.get(question.id()), question.criteria(),
                    entry(assessment.self(), self.score(), question, evidence, fromSurveys.get(question.id())),
                    entry(assessment.tpi(), tpi.score(), question, evidence, fromSurveys.get(question.id()))));
        }
        return new AssessmentView(assessment.id(), assessment.unitId(), assessment.orgPath(), assessment.year(),
                new ScoreResponse.CatalogView(catalog.id(), catalog.version(), catalog.regulation()), assessment.version(),
                assessment.createdAt(), assessment.updatedAt(), side(Side.SELF, assessment.self(), self, lifecycle),
                side(Side.TPI, assessment.tpi(), tpi, lifecycle), questions);
    }

    static SideView side(Side side, Sheet sheet, AssessmentLifecycle.Scoring scoring, AssessmentLifecycle lifecycle) {
        LkeScore score = scoring.score();
        return new SideView(side.name(), sheet.version(), sheet.hasWbk(), sheet.updatedBy(), sheet.updatedAt(),
                score.questions().size() - score.unanswered().size(),
                ScoreResponse.of(score, scoring.wbk(), scoring.wbbm(), lifecycle.readiness(), lifecycle.scorer(), sheet.hasWbk()));
    }

    private static EntryView entry(Sheet sheet, LkeScore score, LkeQuestion question, Map<String, EvidenceLink> evidence,
            @Nullable SurveyIndex fromSurveys) {
        LkeScore.QuestionScore scored = score.question(question.id());
        AnswerEntry entry = sheet.entry(question.id()).orElse(null);
        boolean entered = entry != null && entry.answer() != null;
        boolean surveyed = !entered && fromSurveys != null;
        if (entry == null && !surveyed) {
            return new EntryView(null, null, 0, false, null, null, List.of(), null, null);
        }
        List<EvidenceRef> refs = entry == null ? List.of() : entry.evidence().stream().map(id -> {
            EvidenceLink link = evidence.get(id);
            return link == null ? new EvidenceRef(id, null, null, null, false)
                    : new EvidenceRef(id, link.kind(), link.title(), link.reviewState(), true);
        }).toList();
        Object answer = surveyed ? fromSurveys.value() : entry.shown();
        String policy = surveyed ? fromSurveys.policy() : entry.policy() == null ? null : entry.policy().name();
        return new EntryView(answer, policy, scored.value().doubleValue(), scored.answered(), entered ? "ENTERED" : surveyed ? "SURVEYS" : null,
                entry == null ? null : entry.notes(), refs, entry == null ? null : entry.updatedBy(), entry == null ? null : entry.updatedAt());
    }
}
