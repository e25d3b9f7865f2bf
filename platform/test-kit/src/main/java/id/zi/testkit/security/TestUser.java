package id.zi.testkit.security;

import java.util.Objects;
import java.util.Set;

/**
 * A user as the identity provider describes it in a token: realm roles, the unit where the user may write
 * and the subtree the user may see. The factories mirror the demo users of {@code docs/CONVENTIONS.md}, so a
 * test reads like the scenario it checks ("the Jambi operator may not see Magelang").
 */
public record TestUser(String username, Set<String> roles, String unitId, String unitPath, String scopePath) {

    public TestUser {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitPath, "unitPath");
        Objects.requireNonNull(scopePath, "scopePath");
    }

    private static final String MAGELANG_DPMPTSP = "/id/33/33.71/33.71.dpmptsp";

    /** {@code operator.magelang}: edits the plan and evidence of DPMPTSP Kota Magelang. */
    public static TestUser operatorMagelang() {
        return new TestUser("operator.magelang", Set.of("unit-operator"), "33.71.dpmptsp", MAGELANG_DPMPTSP,
                MAGELANG_DPMPTSP);
    }

    /** {@code kepala.magelang}: head of DPMPTSP Kota Magelang, approves and signs for that unit. */
    public static TestUser kepalaMagelang() {
        return new TestUser("kepala.magelang", Set.of("unit-head"), "33.71.dpmptsp", MAGELANG_DPMPTSP,
                MAGELANG_DPMPTSP);
    }

    /** {@code operator.jambi}: operator of DPMPTSP Provinsi Jambi, a unit outside Jawa Tengah. */
    public static TestUser operatorJambi() {
        return new TestUser("operator.jambi", Set.of("unit-operator"), "15.dpmptsp", "/id/15/15.dpmptsp",
                "/id/15/15.dpmptsp");
    }

    /** {@code inspektorat.magelang}: TPI evaluator of Kota Magelang; sees every unit of the city. */
    public static TestUser inspektoratMagelang() {
        return new TestUser("inspektorat.magelang", Set.of("tpi-evaluator"), "33.71.inspektorat",
                "/id/33/33.71/33.71.inspektorat", "/id/33/33.71");
    }

    /** {@code evaluator.jateng}: regional evaluator of Provinsi Jawa Tengah; sees the whole province. */
    public static TestUser evaluatorJateng() {
        return new TestUser("evaluator.jateng", Set.of("regional-evaluator"), "33", "/id/33", "/id/33");
    }

    /** {@code evaluator.nasional}: national evaluator (TPN); sees every unit. */
    public static TestUser evaluatorNasional() {
        return new TestUser("evaluator.nasional", Set.of("national-evaluator"), "id", "/id", "/id");
    }

    /** {@code admin}: platform administrator; sees every unit. */
    public static TestUser admin() {
        return new TestUser("admin", Set.of("platform-admin"), "id", "/id", "/id");
    }

    /** The same user holding other roles, e.g. to check that a missing role is refused. */
    public TestUser withRoles(String... otherRoles) {
        return new TestUser(username, Set.of(otherRoles), unitId, unitPath, scopePath);
    }
}
