package id.zi.planning.plan;

/** A step the plan's current status does not allow (submit a published plan, approve a draft, ...). */
public class PlanStateConflict extends RuntimeException {

    public PlanStateConflict(String message) {
        super(message);
    }
}
