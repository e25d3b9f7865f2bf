package id.zi.evidence.item;

/**
 * The request cannot apply to the evidence as it stands: the same bytes are there already, the item is
 * accepted, or a version is no longer current. {@code existingId} names the item that holds the same bytes.
 */
public class EvidenceConflict extends RuntimeException {

    private final String existingId;

    public EvidenceConflict(String message, String existingId) {
        super(message);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
