package id.zi.evidence.storage;

/** The object store cannot be reached, or its circuit breaker is open: the caller answers 503 and stores nothing. */
public class StorageUnavailable extends RuntimeException {

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
