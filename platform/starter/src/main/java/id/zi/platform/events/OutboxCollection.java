package id.zi.platform.events;

/** Declares a MongoDB collection whose documents carry an outbox; a service registers one bean per aggregate collection. */
public record OutboxCollection(String name) {
}
