package id.zi.planning.plan;

/** Input the work plan's rules reject; names the field at fault, e.g. {@code rows[3].schedule}. */
public class PlanRuleViolation extends RuntimeException {

    private final String field;

    public PlanRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
