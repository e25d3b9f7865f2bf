package id.zi.planning.plan;

import java.time.LocalDate;

/**
 * The signature block of an approved plan: the head's decree and who signed it.
 *
 * @param rank the signatory's pangkat/golongan, e.g. "Pembina Tingkat I (IV/b)"
 * @param nip  the signatory's civil servant number, 18 digits
 */
public record Approval(String skNumber, LocalDate date, String signatoryName, String rank, String nip) {

    static Approval checked(Approval approval, LocalDate today) {
        if (approval == null) {
            throw new PlanRuleViolation("skNumber", "the approval block is required");
        }
        String sk = Checks.requiredText("skNumber", approval.skNumber, 100);
        if (approval.date == null) {
            throw new PlanRuleViolation("date", "is required");
        }
        if (approval.date.isAfter(today)) {
            throw new PlanRuleViolation("date", "an approval is not dated after today (" + today + ")");
        }
        return new Approval(sk, approval.date, Checks.requiredText("signatoryName", approval.signatoryName, 200),
                Checks.requiredText("rank", approval.rank, 100), Checks.nip("nip", approval.nip, true));
    }
}
