package id.zi.monitoring.monev;

import java.util.List;

/**
 * Input the monev rules refuse, each fault naming its field ({@code rows[2].realisation}, {@code period}), so
 * a form can point at every one of them at once.
 */
public class MonevRuleViolation extends RuntimeException {

    public record Fault(String field, String message) {
    }

    private final List<Fault> faults;

    public MonevRuleViolation(String field, String message) {
        this(List.of(new Fault(field, message)));
    }

    public MonevRuleViolation(List<Fault> faults) {
        super(faults.isEmpty() ? "invalid monev input" : faults.get(0).field() + ": " + faults.get(0).message());
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a violation names at least one fault");
        }
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
