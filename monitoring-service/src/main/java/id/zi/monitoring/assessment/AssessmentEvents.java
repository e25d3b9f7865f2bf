package id.zi.monitoring.assessment;

import id.zi.monitoring.lke.LkeScore;
import id.zi.monitoring.lke.Readiness;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The payloads of {@code zi.monitoring.assessment.v1}: {@code scored} after every save of a side, with the
 * breakdown a roll-up needs (total, pengungkit, hasil, the six areas, both verdicts), and
 * {@code readiness-changed} when a side's Menuju WBK or WBBM eligibility changes. Numbers are unrounded.
 */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    public record Area(int area, String name, BigDecimal score, BigDecimal weight) {
    }

    /**
     * @param subject the node or question measured, the area number for AREA; absent for PREDIKAT_WBK
     */
    public record Failure(String condition, @Nullable String subject, @Nullable BigDecimal value, @Nullable BigDecimal minimum, String message) {

        static Failure of(Readiness.Failure failure) {
            return new Failure(failure.condition().name(), failure.subject(), failure.value(), failure.minimum(), failure.message());
        }
    }

    public record Verdict(boolean eligible, List<Failure> failures) {

        static Verdict of(Readiness.Verdict verdict) {
            return new Verdict(verdict.eligible(), verdict.failures().stream().map(Failure::of).toList());
        }
    }

    /** A verdict that changed, or did not, with this save. */
    public record Change(boolean eligible, boolean previouslyEligible, List<Failure> failures) {
    }

    public record Scored(String assessmentId, String unitId, String orgPath, List<String> ancestors, int year, String catalogId,
            int catalogVersion, String side, BigDecimal total, BigDecimal pengungkit, BigDecimal pemenuhan, BigDecimal reform, BigDecimal hasil,
            List<Area> areas, int answered, int unanswered, boolean hasWbk, Verdict wbk, Verdict wbbm, Instant occurredAt) {

        static Scored of(Assessment assessment, Side side, LkeScore score, Readiness.Verdict wbk, Readiness.Verdict wbbm, boolean hasWbk,
                Instant at) {
            List<Area> areas = score.areas().values().stream().map(area -> new Area(area.area(), area.name(), area.score(), area.weight()))
                    .toList();
            return new Scored(assessment.id(), assessment.unitId(), assessment.orgPath(), AssessmentEvents.ancestors(assessment.orgPath()), assessment.year(),
                    assessment.catalogId(), assessment.catalogVersion(), side.name(), score.total(), score.pengungkit(), score.pemenuhan(),
                    score.reform(), score.hasil(), areas, score.questions().size() - score.unanswered().size(), score.unanswered().size(), hasWbk,
                    Verdict.of(wbk), Verdict.of(wbbm), at);
        }
    }

    public record ReadinessChanged(String assessmentId, String unitId, String orgPath, List<String> ancestors, int year, String catalogId,
            String side, BigDecimal total, boolean hasWbk, Change wbk, Change wbbm, Instant occurredAt) {

        static ReadinessChanged of(Assessment assessment, Side side, LkeScore score, Readiness.Verdict wbk, Readiness.Verdict wbbm,
                boolean hasWbk, Sheet before, Instant at) {
            return new ReadinessChanged(assessment.id(), assessment.unitId(), assessment.orgPath(), AssessmentEvents.ancestors(assessment.orgPath()),
                    assessment.year(), assessment.catalogId(), side.name(), score.total(), hasWbk,
                    new Change(wbk.eligible(), before.wbkEligible(), Verdict.of(wbk).failures()),
                    new Change(wbbm.eligible(), before.wbbmEligible(), Verdict.of(wbbm).failures()), at);
        }
    }

    /** The ids above the unit, root first. */
    static List<String> ancestors(String orgPath) {
        List<String> segments = Arrays.stream(orgPath.split("/")).filter(s -> !s.isEmpty()).toList();
        return segments.subList(0, segments.size() - 1);
    }
}
