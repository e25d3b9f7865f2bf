package id.zi.portal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import id.zi.portal.home.UnitStanding;
import id.zi.portal.home.UnitStanding.Card;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Di mana posisi kami?" on the home page: each figure links to its page, and a failed API leaves a notice in its card only. */
class HomeStandingPageTest {

    @Test
    void everyCardShowsItsFigureAndAFailedOneSaysSo() {
        UnitStanding.Standing standing = new UnitStanding.Standing(
                new Card<>(new UnitStanding.Plans(2026, 2024, null, new UnitStanding.PlanLine(2024, "DRAFT", 1, 66)), false),
                new Card<>(new UnitStanding.Due(2024, 4, List.of(new UnitStanding.DueRow("R40", "A.VI.1.i Standar pelayanan", List.of(10), "Kabid"))), false),
                new Card<>(new UnitStanding.Coverage(2024, 66, 0, 150, 3, 1, 2, 144), false),
                new Card<>(new UnitStanding.Monev(2024, List.of(new UnitStanding.MonevLine("33.71.dpmptsp:2024-Q1", "2024-Q1", "SUBMITTED", 20, 20, 100)),
                        List.of("2024-Q2", "2024-Q3", "2024-Q4")), false),
                new Card<>(null, true),
                new Card<>(new UnitStanding.Lke(2024, 12.5, 10, false, List.of(new UnitStanding.Failure("TOTAL", null, 12.5, 75.0),
                        new UnitStanding.Failure("AREA", "3", 1.0, 60.0))), false));
        Map<String, Object> model = new HashMap<>();
        model.put("standing", standing);
        model.put("roles", List.of("unit-operator"));
        model.put("units", List.of());

        String page = Templates.render("home", Locale.of("id"), Templates.OPERATOR, model);

        assertThat(page).doesNotContain("??").contains("Di mana posisi kami?", "Belum ada rencana tahun 2026.", "/rencana/2024",
                "2024: Draf", "/rencana/2024/baris/R40", "R40: A.VI.1.i Standar pelayanan", "TW 4 tahun 2024", ">144<", "2 ditolak atau perlu perbaikan",
                "/bukti?tahun=2024&amp;status=REJECTED", "2024-Q2, 2024-Q3, 2024-Q4", "Diajukan", "Belum memenuhi syarat Menuju WBK",
                "Nilai total LKE</span><span>: 12,50 &lt; 75,00", "Nilai area</span><span> 3", "id=\"cakupan\"", "class=\"peran\"");
        assertThat(PlanPagesTestSupport.count(page, "Belum dapat dimuat.")).as("only the survey card failed").isEqualTo(1);
        assertThat(Templates.render("home", Locale.ENGLISH, Templates.OPERATOR, model)).doesNotContain("??").contains("Where do we stand?");
    }

    /** Counting without depending on another package's test. */
    static final class PlanPagesTestSupport {
        static int count(String text, String part) {
            int count = 0;
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
                count++;
            }
            return count;
        }
    }
}
