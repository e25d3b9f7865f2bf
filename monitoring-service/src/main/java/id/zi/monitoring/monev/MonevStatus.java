package id.zi.monitoring.monev;

/** Where a monev stands: the unit fills it, submits it, the TPI returns it with notes or approves it. */
public enum MonevStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** The unit edits its rows and follow-ups only before submitting, or after the TPI returned the monev. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
