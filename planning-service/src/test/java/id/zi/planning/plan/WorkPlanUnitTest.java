package id.zi.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WorkPlanUnitTest {

    private static final LkeIndicators LKE = LkeIndicators.load(JsonMapper.builder().build());
    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Approval SIGNED = new Approval("800/012/DPMPTSP/2026", TODAY, "Kepala DPMPTSP", "Pembina Tingkat I (IV/b)",
            "197001012000031001");

    static ActionRow row(String id, int area, String ref, List<Integer> months) {
        return new ActionRow(id, area, ref, "Indikator " + area, "Target area " + area, List.of("Langkah 1"), List.of("SK", "NOTULEN"),
                months, "Koordinator area " + area, "Laporan", 1_000_000L);
    }

    static WorkPlanContent complete(ActionRow... rows) {
        ZiTeam team = new ZiTeam("800/001/2026", LocalDate.of(2026, 1, 2), List.of(new TeamMember("Kepala", null, TeamRole.KETUA, null),
                new TeamMember("Koordinator", "198501012010011002", TeamRole.KOORDINATOR_AREA, 1)));
        return new WorkPlanContent(List.of("PermenPANRB 90/2021"), "Membangun ZI menuju WBK", List.of("SK Tim Kerja ZI"), team,
                LocalDate.of(2026, 1, 3), 40, List.of(rows));
    }

    private WorkPlan draft(WorkPlanContent content) {
        return WorkPlan.draft("33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", 2026, 2026, content, LKE, "operator.magelang", NOW);
    }

    @Test
    void aNewPlanIsADraftOfRevisionOneIdentifiedByUnitAndYear() {
        WorkPlan plan = draft(null);
        assertThat(plan.id()).isEqualTo("33.71.dpmptsp:2026");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.revision()).isEqualTo(1);
        assertThat(plan.version()).isEqualTo(1);
        assertThatThrownBy(() -> WorkPlan.draft("u", "/id/u", 2028, 2026, null, LKE, "x", NOW)).extracting("field").isEqualTo("year");
        assertThatThrownBy(() -> WorkPlan.draft("u", "/id/u", 2009, 2026, null, LKE, "x", NOW)).extracting("field").isEqualTo("year");
    }

    @Test
    void rowsAreNormalizedAndGetStableIds() {
        ActionRow unnamed = new ActionRow(null, 2, null, "SOP kegiatan utama", null, List.of(), List.of("SOP", "SOP", "FOTO"),
                List.of(12, 3, 3), null, null, null);
        WorkPlan plan = draft(complete(row("R1", 1, "A.I.1.i", List.of(1)), unnamed));
        ActionRow named = plan.content().rows().get(1);
        assertThat(named.rowId()).isEqualTo("R2");
        assertThat(named.schedule()).containsExactly(3, 12);
        assertThat(named.evidenceKinds()).containsExactly("SOP", "FOTO");
    }

    @Test
    void eachBadValueNamesItsField() {
        assertField(complete(row("R1", 1, null, List.of(1)), row("R2", 2, null, List.of(0))), "rows[1].schedule");
        assertField(complete(row("R1", 7, null, List.of(1))), "rows[0].area");
        assertField(complete(row("R1", 2, "A.I.1.i", List.of(1))), "rows[0].indicatorRef");
        assertField(complete(row("R1", 1, "A.I.9", List.of(1))), "rows[0].indicatorRef");
        assertField(complete(row("R1", 1, null, List.of(1)), row("R1", 1, null, List.of(2))), "rows[1].rowId");
        assertField(complete(new ActionRow("R1", 1, null, " ", null, null, null, null, null, null, null)), "rows[0].indicator");
        assertField(complete(new ActionRow("R1", 1, "A.I.1", null, null, null, List.of("VIDEO"), null, null, null, null)),
                "rows[0].evidenceKinds[0]");
        assertField(complete(new ActionRow("R1", 1, "A.I.1", null, null, null, null, null, null, null, -1L)), "rows[0].budget");
        WorkPlanContent badNip = new WorkPlanContent(null, null, null,
                new ZiTeam(null, null, List.of(new TeamMember("A", "123", TeamRole.ANGGOTA, null))), null, null, null);
        assertField(badNip, "team.members[0].nip");
        WorkPlanContent coordinatorWithoutArea = new WorkPlanContent(null, null, null,
                new ZiTeam(null, null, List.of(new TeamMember("A", null, TeamRole.KOORDINATOR_AREA, null))), null, null, null);
        assertField(coordinatorWithoutArea, "team.members[0].area");
    }

    private void assertField(WorkPlanContent content, String field) {
        assertThatThrownBy(() -> draft(content)).isInstanceOf(PlanRuleViolation.class).extracting("field").isEqualTo(field);
    }

    @Test
    void onlyACompletePlanCanBeSubmitted() {
        assertThatThrownBy(() -> draft(null).submit("op", NOW)).extracting("field").isEqualTo("legalBasis");
        ActionRow noPic = new ActionRow("R1", 1, "A.I.1.i", null, "target", List.of("langkah"), List.of("SK"), List.of(1), null, null, null);
        assertThatThrownBy(() -> draft(complete(noPic)).submit("op", NOW)).extracting("field").isEqualTo("rows[0].pic");
        assertThat(draft(complete(row("R1", 1, "A.I.1.i", List.of(1)))).submit("op", NOW).status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void theLifecycleGoesThroughReviewSignatureAndPublication() {
        WorkPlan submitted = draft(complete(row("R1", 1, "A.I.1.i", List.of(1)))).submit("op", NOW);
        assertThatThrownBy(() -> submitted.edit(complete(), LKE, "op", NOW)).isInstanceOf(PlanStateConflict.class);
        assertThatThrownBy(() -> submitted.publish("kepala", NOW)).isInstanceOf(PlanStateConflict.class);
        assertThatThrownBy(() -> submitted.returnForRework(" ", "tpi", NOW)).extracting("field").isEqualTo("notes");

        WorkPlan returned = submitted.returnForRework("Lengkapi jadwal", "tpi", NOW);
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.returnNotes()).isEqualTo("Lengkapi jadwal");
        assertThatThrownBy(() -> returned.approve(SIGNED, TODAY, "kepala", NOW)).isInstanceOf(PlanStateConflict.class);

        WorkPlan approved = returned.submit("op", NOW).approve(SIGNED, TODAY, "kepala", NOW);
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.returnNotes()).isNull();
        WorkPlan published = approved.publish("kepala", NOW);
        assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(published.version()).isEqualTo(6);
    }

    @Test
    void anApprovalNeedsTheWholeSignatureBlock() {
        WorkPlan submitted = draft(complete(row("R1", 1, "A.I.1.i", List.of(1)))).submit("op", NOW);
        Approval shortNip = new Approval("800/1", TODAY, "Kepala", "IV/b", "19700101");
        assertThatThrownBy(() -> submitted.approve(shortNip, TODAY, "kepala", NOW)).extracting("field").isEqualTo("nip");
        Approval noRank = new Approval("800/1", TODAY, "Kepala", null, "197001012000031001");
        assertThatThrownBy(() -> submitted.approve(noRank, TODAY, "kepala", NOW)).extracting("field").isEqualTo("rank");
        Approval tomorrow = new Approval("800/1", TODAY.plusDays(1), "Kepala", "IV/b", "197001012000031001");
        assertThatThrownBy(() -> submitted.approve(tomorrow, TODAY, "kepala", NOW)).extracting("field").isEqualTo("date");
    }

    @Test
    void aChangeAfterSignatureOpensTheNextRevisionAndKeepsTheSignedOne() {
        WorkPlan published = draft(complete(row("R1", 1, "A.I.1.i", List.of(1)))).submit("op", NOW).approve(SIGNED, TODAY, "kepala", NOW)
                .publish("kepala", NOW);
        List<ActionRow> rows = new ArrayList<>(published.content().rows());
        rows.add(row("R2", 6, "A.I.6", List.of(3, 6, 9, 12)));
        WorkPlan revised = published.edit(complete(rows.toArray(ActionRow[]::new)), LKE, "op", NOW);

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(revised.approval()).isNull();
        assertThat(revised.history()).hasSize(1);
        PlanRevision kept = revised.history().get(0);
        assertThat(kept.revision()).isEqualTo(1);
        assertThat(kept.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(kept.approval()).isEqualTo(SIGNED);
        assertThat(kept.content().rows()).hasSize(1);
        assertThat(revised.content().rows()).hasSize(2);

        WorkPlan editedAgain = revised.edit(complete(row("R1", 1, "A.I.1.i", List.of(2))), LKE, "op", NOW);
        assertThat(editedAgain.revision()).as("a draft changes in place").isEqualTo(2);
        assertThat(editedAgain.history()).hasSize(1);
    }
}
