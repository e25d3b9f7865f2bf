package id.zi.planning.plan;

/** Where a work plan stands in its yearly cycle. */
public enum PlanStatus {
    /** Being written by the unit team. */
    DRAFT,
    /** Handed in for review and the head's signature; frozen while it waits. */
    SUBMITTED,
    /** Sent back by the TPI with notes; the team reworks it. */
    RETURNED,
    /** Signed by the head of the unit. */
    APPROVED,
    /** Approved and made public (the unit's website). */
    PUBLISHED;

    /** Content the team may still change in place, without opening a new revision. */
    boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Signed content: a change must open a new revision so the signed one stays as it was. */
    boolean isSigned() {
        return this == APPROVED || this == PUBLISHED;
    }
}
