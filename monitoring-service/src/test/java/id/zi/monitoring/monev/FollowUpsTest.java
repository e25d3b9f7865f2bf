package id.zi.monitoring.monev;

import static id.zi.monitoring.monev.Monevs.AT;
import static id.zi.monitoring.monev.Monevs.draft;
import static id.zi.monitoring.monev.Monevs.recommend;
import static id.zi.monitoring.monev.Monevs.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A recommendation stays in every later monev until a later monev marking it done is approved. */
class FollowUpsTest {

    /** Q1 approved with one recommendation. */
    private static Monev q1WithRecommendation() {
        return Monevs.submitted(draft("2026-Q1", row("R1", 1)), List.of(), FollowUp.Status.OPEN)
                .approve(List.of(recommend("Susun SOP pengaduan")), "inspektorat.magelang", AT);
    }

    @Test
    void theNextPeriodFollowsUpTheRecommendationsOfTheLast() {
        Monev q1 = q1WithRecommendation();
        Monev q2 = draft("2026-Q2", row("R1", 1), row("R2", 4));

        List<FollowUps.Item> items = FollowUps.of(q2, List.of(q1, q2));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.recommendation().text()).isEqualTo("Susun SOP pengaduan");
            assertThat(item.recommendation().period()).isEqualTo("2026-Q1");
            assertThat(item.entry().status()).isEqualTo(FollowUp.Status.OPEN);
            assertThat(item.entry().note()).isNull();
            assertThat(item.earlier()).isEmpty();
        });
        assertThat(FollowUps.stillOpen(q2, items)).isEqualTo(1);
        assertThat(FollowUps.of(q1, List.of(q1, q2))).as("a monev does not follow up its own or later recommendations").isEmpty();
    }

    @Test
    void markedDoneInAMonevNotYetApprovedItStaysOpenForTheNextPeriod() {
        Monev q1 = q1WithRecommendation();
        String recommendation = q1.recommendations().get(0).id();
        Monev q2 = Monevs.submitted(draft("2026-Q2", row("R2", 4)), List.of(recommendation), FollowUp.Status.DONE);
        Monev q3 = draft("2026-Q3", row("R3", 7));

        List<FollowUps.Item> inQ3 = FollowUps.of(q3, List.of(q3, q2, q1));

        assertThat(inQ3).singleElement().satisfies(item -> assertThat(item.earlier()).singleElement().satisfies(earlier -> {
            assertThat(earlier.period()).isEqualTo("2026-Q2");
            assertThat(earlier.monevStatus()).isEqualTo(MonevStatus.SUBMITTED);
            assertThat(earlier.status()).isEqualTo(FollowUp.Status.DONE);
            assertThat(earlier.note()).isEqualTo("Ditindaklanjuti dengan SK baru");
        }));
        List<FollowUps.Item> inQ2 = FollowUps.of(q2, List.of(q1, q2, q3));
        assertThat(FollowUps.stillOpen(q2, inQ2)).as("done but not yet approved").isEqualTo(1);
        assertThat(FollowUps.closedBy(q2, inQ2)).isEmpty();
    }

    @Test
    void anApprovedMonevMarkingItDoneClosesItForEveryLaterPeriod() {
        Monev q1 = q1WithRecommendation();
        String recommendation = q1.recommendations().get(0).id();
        Monev q2 = Monevs.submitted(draft("2026-Q2", row("R2", 4)), List.of(recommendation), FollowUp.Status.DONE)
                .approve(List.of(recommend("Publikasikan maklumat pelayanan")), "inspektorat.magelang", AT);
        Monev q3 = draft("2026-Q3", row("R3", 7));

        List<FollowUps.Item> inQ2 = FollowUps.of(q2, List.of(q1, q2, q3));
        assertThat(FollowUps.closedBy(q2, inQ2)).containsExactly(recommendation);
        assertThat(FollowUps.stillOpen(q2, inQ2)).as("only the one given in Q2").isEqualTo(1);

        List<FollowUps.Item> inQ3 = FollowUps.of(q3, List.of(q1, q2, q3));
        assertThat(inQ3).extracting(item -> item.recommendation().text()).containsExactly("Publikasikan maklumat pelayanan");
    }

    @Test
    void leftOpenItCarriesOverIntoTheNextYearWithEveryEarlierReport() {
        Monev q4 = Monevs.submitted(draft("2025-Q4", row("R1", 10)), List.of(), FollowUp.Status.OPEN)
                .approve(List.of(recommend("Bentuk agen perubahan")), "inspektorat.magelang", AT);
        String recommendation = q4.recommendations().get(0).id();
        Monev q1 = Monevs.submitted(draft("2026-Q1", row("R1", 1)), List.of(recommendation), FollowUp.Status.OPEN)
                .approve(List.of(), "inspektorat.magelang", AT);
        Monev q2 = draft("2026-Q2", row("R2", 4));

        List<FollowUps.Item> inQ2 = FollowUps.of(q2, List.of(q2, q1, q4));

        assertThat(inQ2).singleElement().satisfies(item -> {
            assertThat(item.recommendation().period()).isEqualTo("2025-Q4");
            assertThat(item.earlier()).extracting(FollowUps.EarlierReport::period).containsExactly("2026-Q1");
        });
    }
}
