package id.zi.evidence.item;

/** Where the TPI's review of the current version stands. A new version starts again at PENDING. */
public enum ReviewState {
    PENDING,
    ACCEPTED,
    REJECTED,
    CHANGES_REQUESTED
}
