package id.zi.planning.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Tim Kerja ZI as appointed by its SK. */
public record ZiTeam(String skNumber, LocalDate skDate, List<TeamMember> members) {

    public static final int MAX_MEMBERS = 200;

    public ZiTeam {
        members = members == null ? List.of() : List.copyOf(members);
    }

    ZiTeam checked() {
        if (members.size() > MAX_MEMBERS) {
            throw new PlanRuleViolation("team.members", "at most " + MAX_MEMBERS + " members");
        }
        List<TeamMember> checked = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == null) {
                throw new PlanRuleViolation("team.members[" + i + "]", "is empty");
            }
            checked.add(members.get(i).checked("team.members[" + i + "]"));
        }
        if (checked.stream().filter(member -> member.role() == TeamRole.KETUA).count() > 1) {
            throw new PlanRuleViolation("team.members", "a team has one KETUA");
        }
        return new ZiTeam(Checks.optionalText("team.skNumber", skNumber, 100), skDate, checked);
    }

    void requireComplete() {
        if (skNumber == null) {
            throw new PlanRuleViolation("team.skNumber", "the SK Tim Kerja ZI is required before submitting");
        }
        if (skDate == null) {
            throw new PlanRuleViolation("team.skDate", "the date of the SK Tim Kerja ZI is required before submitting");
        }
        if (members.stream().noneMatch(member -> member.role() == TeamRole.KETUA)) {
            throw new PlanRuleViolation("team.members", "the team needs its KETUA before submitting");
        }
    }
}
