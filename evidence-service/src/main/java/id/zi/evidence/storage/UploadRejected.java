package id.zi.evidence.storage;

import java.io.IOException;

/**
 * The uploaded bytes break a rule (empty, too large, not an allowed type). It is an {@link IOException}
 * so the guarded stream can raise it from inside the storage client's read loop, which then abandons the
 * object; the rejection is found again in the cause chain and answered as the client's error.
 */
public class UploadRejected extends IOException {

    public enum Reason { EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, NAME_MISMATCH, INCOMPLETE }

    private final Reason reason;
    private final String field;

    public UploadRejected(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    /** The rejection somewhere in {@code failure}'s causes, if it is one. */
    public static UploadRejected in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UploadRejected rejected) {
                return rejected;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed instanceof UploadRejected rejected) {
                    return rejected;
                }
            }
        }
        return null;
    }
}
