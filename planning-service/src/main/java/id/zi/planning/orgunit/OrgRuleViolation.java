package id.zi.planning.orgunit;

/** A change the org directory's rules forbid; names the input at fault. */
public class OrgRuleViolation extends RuntimeException {

    private final String field;

    public OrgRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
