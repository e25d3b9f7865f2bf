package id.zi.evidence.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.zi.evidence.catalog.LkeCatalog;
import id.zi.evidence.plan.PlanCopy;
import id.zi.evidence.plan.PlanRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EvidenceRulesTest {

    static final LkeCatalog CATALOG = LkeCatalog.load(JsonMapper.builder().build());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final PlanCopy PLAN = new PlanCopy("u:2026", "u", "/id/u", 2026, 1, "DRAFT",
            List.of(new PlanRow("R1", 1, "A.I.1.i", "Tim Kerja", List.of(1), List.of("SK"))));

    static EvidenceRules.Metadata check(String date, Integer year, List<String> rows) {
        return EvidenceRules.check(new EvidenceDraft("SK", "SK Tim", null, date, year, rows, null), "u",
                id -> id.equals("u:2026") ? Optional.of(PLAN) : Optional.empty(), CATALOG, TODAY);
    }

    @Test
    void theQuarterFollowsTheEffectiveDateAndEarlierEvidenceCountsFromTheFirst() {
        assertThat(check("2026-03-31", 2026, List.of()).quarter()).isEqualTo(1);
        assertThat(check("2026-04-01", 2026, List.of()).quarter()).isEqualTo(2);
        assertThat(check("2026-11-23", null, List.of()).quarter()).isEqualTo(4);
        assertThat(check("2025-12-20", 2026, List.of("R1")).quarter()).as("an SK signed before the year").isEqualTo(1);
    }

    @Test
    void evidenceIsAboutThePastAndWithinItsPlanYear() {
        assertThatThrownBy(() -> check("2026-11-24", 2026, List.of())).hasMessageContaining("future");
        assertThatThrownBy(() -> check("2026-01-05", 2025, List.of())).isInstanceOfSatisfying(EvidenceRuleViolation.class,
                v -> assertThat(v.field()).isEqualTo("effectiveDate"));
    }

    @Test
    void linkedRowsMustExistInTheUnitsPlanOfThatYear() {
        assertThatThrownBy(() -> check("2026-01-05", 2026, List.of("R1", "R2"))).isInstanceOfSatisfying(EvidenceRuleViolation.class,
                v -> assertThat(v.field()).isEqualTo("planRows[1]"));
        assertThatThrownBy(() -> check("2025-01-05", 2025, List.of("R1"))).isInstanceOfSatisfying(EvidenceRuleViolation.class,
                v -> assertThat(v.field()).isEqualTo("planRows"));
        assertThat(check("2026-01-05", 2026, List.of("R1", "R1")).links().planRows()).as("duplicates collapse").containsExactly("R1");
    }

    @Test
    void fileNamesThatCouldNameAPathOrHideCharactersAreRefused() {
        for (String bad : List.of("../x.pdf", "a/b.pdf", "a\\b.pdf", ".htaccess", "..", "a\u0000.pdf", "a\nb.pdf", "sk\u202Efdp.exe", " ")) {
            assertThatThrownBy(() -> EvidenceRules.fileName(bad)).as(bad).isInstanceOfSatisfying(EvidenceRuleViolation.class,
                    v -> assertThat(v.field()).isEqualTo("file"));
        }
        assertThat(EvidenceRules.fileName("SK Tim Kerja ZI (final).pdf")).isEqualTo("SK Tim Kerja ZI (final).pdf");
    }
}
