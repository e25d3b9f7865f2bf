package id.zi.planning.plan;

/**
 * One member of the Tim Kerja ZI.
 *
 * @param nip  the civil servant number (18 digits), when the member has one
 * @param area the area (1-6) an area coordinator leads; optional for other members
 */
public record TeamMember(String name, String nip, TeamRole role, Integer area) {

    TeamMember checked(String field) {
        String checkedName = Checks.requiredText(field + ".name", name, 200);
        String checkedNip = Checks.nip(field + ".nip", nip, false);
        if (role == null) {
            throw new PlanRuleViolation(field + ".role", "is required");
        }
        if (role == TeamRole.KOORDINATOR_AREA || area != null) {
            Checks.area(field + ".area", area);
        }
        return new TeamMember(checkedName, checkedNip, role, area);
    }
}
