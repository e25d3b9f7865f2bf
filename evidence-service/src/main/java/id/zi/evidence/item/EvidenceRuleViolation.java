package id.zi.evidence.item;

/** Input the evidence rules reject; names the field at fault, e.g. {@code planRows[1]}. */
public class EvidenceRuleViolation extends RuntimeException {

    private final String field;

    public EvidenceRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
