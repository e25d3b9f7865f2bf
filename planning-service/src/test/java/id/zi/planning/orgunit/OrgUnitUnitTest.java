package id.zi.planning.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrgUnitUnitTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final OrgUnit nation = OrgUnit.root("id", "ID", "Republik Indonesia", JAN);
    private final OrgUnit jateng = OrgUnit.under(nation, "33", "33", "Provinsi Jawa Tengah", OrgUnitKind.PROVINCE, JAN);
    private final OrgUnit magelang = OrgUnit.under(jateng, "33.71", "33.71", "Pemerintah Kota Magelang", OrgUnitKind.CITY, JAN);
    private final OrgUnit pekalongan = OrgUnit.under(jateng, "33.75", "33.75", "Pemerintah Kota Pekalongan", OrgUnitKind.CITY, JAN);
    private final OrgUnit dpmptsp = OrgUnit.under(magelang, "33.71.dpmptsp", null, "DPMPTSP Kota Magelang", OrgUnitKind.UNIT, JAN);

    @Test
    void aUnitCarriesItsPathAncestorsAndInstansi() {
        assertThat(dpmptsp.path()).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        assertThat(dpmptsp.ancestors()).containsExactly("id", "33", "33.71");
        assertThat(dpmptsp.instansiId()).isEqualTo("33.71");
        assertThat(magelang.instansiId()).isEqualTo("33.71");
    }

    @Test
    void theTreeHasAShape() {
        assertThatThrownBy(() -> OrgUnit.under(nation, "x", null, "Kota X", OrgUnitKind.CITY, JAN))
                .isInstanceOf(OrgRuleViolation.class).hasMessageContaining("CITY cannot be placed under a NATIONAL");
        assertThatThrownBy(() -> OrgUnit.under(dpmptsp, "insp", null, "Inspektorat", OrgUnitKind.INSPECTORATE, JAN))
                .isInstanceOf(OrgRuleViolation.class);
        assertThatThrownBy(() -> OrgUnit.under(magelang, "Bad Id", null, "x", OrgUnitKind.UNIT, JAN))
                .isInstanceOf(OrgRuleViolation.class).extracting("field").isEqualTo("id");
        assertThatThrownBy(() -> OrgUnit.under(magelang, "ok", null, "  ", OrgUnitKind.UNIT, JAN))
                .isInstanceOf(OrgRuleViolation.class).extracting("field").isEqualTo("name");
    }

    @Test
    void aMoveKeepsClosedPeriodsUnderTheOldParent() {
        OrgUnit moved = dpmptsp.moveTo(pekalongan, LocalDate.of(2026, 7, 1), TODAY);

        assertThat(moved.path()).isEqualTo("/id/33/33.75/33.71.dpmptsp");
        assertThat(moved.instansiId()).isEqualTo("33.75");
        assertThat(moved.version()).isEqualTo(dpmptsp.version() + 1);
        assertThat(moved.sequence()).isEqualTo(dpmptsp.sequence() + 1);
        assertThat(moved.pathOn(LocalDate.of(2026, 3, 31))).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        assertThat(moved.pathOn(LocalDate.of(2026, 6, 30))).isEqualTo("/id/33/33.71/33.71.dpmptsp");
        assertThat(moved.pathOn(LocalDate.of(2026, 7, 1))).isEqualTo("/id/33/33.75/33.71.dpmptsp");
    }

    @Test
    void aUnitCannotMoveUnderItselfOrBeforeItsPlacementBegan() {
        assertThatThrownBy(() -> magelang.moveTo(magelang, LocalDate.of(2026, 7, 1), TODAY)).isInstanceOf(OrgRuleViolation.class);
        OrgUnit below = OrgUnit.under(dpmptsp, "33.71.dpmptsp.upt", null, "UPT", OrgUnitKind.UNIT, JAN);
        assertThatThrownBy(() -> dpmptsp.moveTo(below, LocalDate.of(2026, 7, 1), TODAY)).hasMessageContaining("its own descendants");
        assertThatThrownBy(() -> dpmptsp.moveTo(pekalongan, JAN.minusDays(1), TODAY)).extracting("field").isEqualTo("effectiveFrom");
    }

    @Test
    void aMoveNeverTakesEffectInTheFutureBecauseThePathScopesAccess() {
        assertThatThrownBy(() -> dpmptsp.moveTo(pekalongan, TODAY.plusDays(1), TODAY)).extracting("field").isEqualTo("effectiveFrom");
    }

    @Test
    void aMoveOnTheDayThePlacementBeganLeavesNoEmptyPeriod() {
        OrgUnit moved = dpmptsp.moveTo(pekalongan, JAN, TODAY);

        assertThat(moved.placements()).hasSize(1);
        assertThat(moved.placements().get(0).path()).isEqualTo("/id/33/33.75/33.71.dpmptsp");
        assertThat(moved.placements().get(0).from()).isEqualTo(JAN);
    }

    @Test
    void descendantsFollowAMovedAncestor() {
        OrgUnit upt = OrgUnit.under(dpmptsp, "33.71.dpmptsp.upt", null, "UPT", OrgUnitKind.UNIT, JAN);
        OrgUnit moved = dpmptsp.moveTo(pekalongan, LocalDate.of(2026, 7, 1), TODAY);

        OrgUnit followed = upt.followParent(moved, LocalDate.of(2026, 7, 1));

        assertThat(followed.path()).isEqualTo("/id/33/33.75/33.71.dpmptsp/33.71.dpmptsp.upt");
        assertThat(followed.ancestors()).containsExactly("id", "33", "33.75", "33.71.dpmptsp");
        assertThat(followed.pathOn(LocalDate.of(2026, 2, 1))).isEqualTo(upt.path());
        assertThat(followed.followParent(moved, LocalDate.of(2026, 7, 1))).isSameAs(followed);
    }

    @Test
    void slugsAreSafeIds() {
        assertThat(OrgDirectory.slug("Dinas Penanaman Modal & PTSP (Kota Magelang)")).isEqualTo("dinas-penanaman-modal-ptsp-kota-magelang");
        assertThat(OrgDirectory.slug("Ánçhor")).isEqualTo("anchor");
    }
}
