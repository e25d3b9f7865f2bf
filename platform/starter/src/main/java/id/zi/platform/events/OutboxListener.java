package id.zi.platform.events;

/** Hears what the relay does; metrics use it, and tests use it to simulate a crash after publishing. */
public interface OutboxListener {

    /** The broker acknowledged the event; it is still in the outbox. */
    default void published(PendingEvent event) {
    }

    /** The event left the outbox: it will not be sent again. */
    default void removed(PendingEvent event) {
    }
}
