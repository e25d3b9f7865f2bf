package id.zi.monitoring.monev;

/** The state of one plan row at the monev: not started, in progress, done. */
public enum RowStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
