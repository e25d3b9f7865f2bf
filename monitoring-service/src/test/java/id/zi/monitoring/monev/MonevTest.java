package id.zi.monitoring.monev;

import static id.zi.monitoring.monev.Monevs.AT;
import static id.zi.monitoring.monev.Monevs.draft;
import static id.zi.monitoring.monev.Monevs.recommend;
import static id.zi.monitoring.monev.Monevs.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The monev's own rules: what the unit may report, what submission needs, and who may take which step when. */
class MonevTest {

    @Test
    void aNewMonevIsADraftOfItsRowsWithNothingReported() {
        Monev monev = draft("2026-Q1", row("R1", 1), row("R2", 2, 3));

        assertThat(monev.id()).isEqualTo("33.71.dpmptsp:2026-Q1");
        assertThat(monev.status()).isEqualTo(MonevStatus.DRAFT);
        assertThat(monev.rows()).extracting(MonevRow::status).containsOnly(RowStatus.NOT_STARTED);
        assertThat(monev.summary()).isEqualTo(new Monev.Summary(2, 0, 0, 2, 0));
        assertThat(monev.sequence()).isEqualTo(1);
    }

    @Test
    void reportsReplaceTheirRowsAndAddUpToTheSummary() {
        Monev monev = draft("2026-Q1", row("R1", 1), row("R2", 2), row("R3", 3));

        Monev edited = monev.edit(List.of(new Monev.RowReport("R1", RowStatus.DONE, 100, null),
                new Monev.RowReport("R3", RowStatus.IN_PROGRESS, 40, "  Menunggu tanda tangan Kepala  ")), List.of(), List.of(),
                "operator.magelang", AT);

        assertThat(edited.row("R1").orElseThrow().status()).isEqualTo(RowStatus.DONE);
        assertThat(edited.row("R2").orElseThrow().status()).as("a row not named keeps its report").isEqualTo(RowStatus.NOT_STARTED);
        assertThat(edited.row("R3").orElseThrow().obstacles()).isEqualTo("Menunggu tanda tangan Kepala");
        assertThat(edited.summary()).isEqualTo(new Monev.Summary(3, 1, 1, 1, 140));
        assertThat(edited.summary().averageRealisation()).isEqualTo(140 / 3.0);
        assertThat(edited.version()).isEqualTo(monev.version() + 1);
        assertThat(edited.sequence()).as("an edit publishes no event").isEqualTo(monev.sequence());
    }

    @Test
    void everyBadReportIsNamedByItsField() {
        Monev monev = draft("2026-Q1", row("R1", 1), row("R2", 2));

        assertThatThrownBy(() -> monev.edit(List.of(
                new Monev.RowReport("R9", RowStatus.DONE, 100, null),
                new Monev.RowReport("R1", RowStatus.DONE, 80, null),
                new Monev.RowReport("R2", RowStatus.NOT_STARTED, 10, "x".repeat(2001)),
                new Monev.RowReport("R1", RowStatus.DONE, 100, null)),
                List.of(new Monev.FollowUpReport("rec-unknown", FollowUp.Status.DONE, "catatan")), List.of(), "operator.magelang", AT))
                .isInstanceOfSatisfying(MonevRuleViolation.class, violation -> assertThat(violation.faults())
                        .extracting(MonevRuleViolation.Fault::field)
                        .containsExactly("rows[0].rowId", "rows[1].realisation", "rows[2].realisation", "rows[2].obstacles",
                                "rows[3].rowId", "followUps[0].recommendationId"));
    }

    @Test
    void submittingNeedsTheObstaclesOfEveryRowNotDoneAndANoteOnEveryFollowUp() {
        Monev monev = draft("2026-Q2", row("R1", 4), row("R2", 5)).edit(List.of(new Monev.RowReport("R1", RowStatus.DONE, 100, null),
                new Monev.RowReport("R2", RowStatus.IN_PROGRESS, 50, null)), List.of(), List.of("rec-1"), "operator.magelang", AT);

        assertThatThrownBy(() -> monev.submit(List.of("rec-1"), "operator.magelang", AT))
                .isInstanceOfSatisfying(MonevRuleViolation.class, violation -> assertThat(violation.faults())
                        .extracting(MonevRuleViolation.Fault::field).containsExactly("rows[1].obstacles", "followUps[0].note"));

        Monev complete = monev.edit(List.of(new Monev.RowReport("R2", RowStatus.IN_PROGRESS, 50, "Anggaran baru cair Juni")),
                List.of(new Monev.FollowUpReport("rec-1", FollowUp.Status.OPEN, "Sedang disusun")), List.of("rec-1"), "operator.magelang", AT);
        Monev submitted = complete.submit(List.of("rec-1"), "kepala.magelang", AT);
        assertThat(submitted.status()).isEqualTo(MonevStatus.SUBMITTED);
        assertThat(submitted.sequence()).isEqualTo(monev.sequence() + 1);
        assertThat(submitted.history()).extracting(HistoryEntry::action).containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void theTpiReturnsWithNotesAndRecommendationsAndTheUnitResubmits() {
        Monev submitted = Monevs.submitted(draft("2026-Q1", row("R1", 1)), List.of(), FollowUp.Status.OPEN);

        assertThatThrownBy(() -> submitted.returnToUnit("  ", List.of(), "inspektorat.magelang", AT))
                .isInstanceOfSatisfying(MonevRuleViolation.class, violation -> assertThat(violation.faults().get(0).field()).isEqualTo("notes"));
        assertThatThrownBy(() -> submitted.returnToUnit("Lengkapi bukti", List.of(new Monev.RecommendationDraft("Unggah SK", "R7")),
                "inspektorat.magelang", AT)).isInstanceOfSatisfying(MonevRuleViolation.class,
                        violation -> assertThat(violation.faults().get(0).field()).isEqualTo("recommendations[0].rowId"));

        Monev returned = submitted.returnToUnit("Bukti SK belum diunggah", List.of(new Monev.RecommendationDraft("Unggah SK Tim Kerja", "R1")),
                "inspektorat.magelang", AT);
        assertThat(returned.status()).isEqualTo(MonevStatus.RETURNED);
        assertThat(returned.returnNotes()).isEqualTo("Bukti SK belum diunggah");
        assertThat(returned.recommendations()).singleElement().satisfies(given -> {
            assertThat(given.period()).isEqualTo("2026-Q1");
            assertThat(given.rowId()).isEqualTo("R1");
            assertThat(given.id()).startsWith("rec-");
        });

        Monev approved = returned.submit(List.of(), "operator.magelang", AT)
                .approve(List.of(recommend("Pertahankan rapat bulanan")), "inspektorat.magelang", AT);
        assertThat(approved.status()).isEqualTo(MonevStatus.APPROVED);
        assertThat(approved.recommendations()).hasSize(2);
        assertThat(approved.history()).extracting(HistoryEntry::action).containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED",
                "APPROVED");
    }

    @Test
    void eachStepRefusesAMonevInTheWrongStateNamingIt() {
        Monev monev = draft("2026-Q1", row("R1", 1));
        Monev approved = Monevs.submitted(monev, List.of(), FollowUp.Status.OPEN).approve(List.of(), "inspektorat.magelang", AT);

        assertThatThrownBy(() -> monev.approve(List.of(), "inspektorat.magelang", AT)).isInstanceOf(MonevConflict.class)
                .hasMessageContaining("is DRAFT");
        assertThatThrownBy(() -> monev.returnToUnit("x", List.of(), "inspektorat.magelang", AT)).isInstanceOf(MonevConflict.class);
        assertThatThrownBy(() -> approved.edit(List.of(), List.of(), List.of(), "operator.magelang", AT)).isInstanceOf(MonevConflict.class)
                .hasMessageContaining("is APPROVED");
        assertThatThrownBy(() -> approved.submit(List.of(), "operator.magelang", AT)).isInstanceOf(MonevConflict.class);
    }
}
