package id.zi.platform.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.RetriableException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the events waiting in aggregate outboxes, then removes them. It runs on its own thread, never
 * on a request thread: while the broker is down a send blocks for {@code max.block.ms}, and the request
 * that wrote the event has long returned. A crash between the broker's acknowledgement and the removal
 * re-sends the same {@code ce_id}, which consumers dedupe; so delivery is at least once and never lost.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final String LEASE = "outboxLeaseUntil";
    private static final Duration LEASE_TIME = Duration.ofSeconds(60);
    /** Only documents with pending events carry this field, so a sparse index on it finds them without a scan. */
    private static final String PENDING_ID = OutboxDocuments.FIELD + ".id";

    private final MongoDatabase database;
    private final List<String> collections;
    private final Producer<String, byte[]> producer;
    private final Duration interval;
    private final Duration sendTimeout;
    private final List<OutboxListener> listeners;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean brokerReachable = true;

    public OutboxRelay(MongoDatabase database, List<String> collections, Producer<String, byte[]> producer, Duration interval,
            Duration sendTimeout, List<OutboxListener> listeners) {
        this.database = database;
        this.collections = List.copyOf(collections);
        this.producer = producer;
        this.interval = interval;
        this.sendTimeout = sendTimeout;
        this.listeners = List.copyOf(listeners);
    }

    /** Asks for a relay pass soon, e.g. right after a write, instead of waiting for the next tick. */
    public void wakeUp() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeUpPending.compareAndSet(false, true)) {
            current.execute(this::relaySafely);
        }
    }

    /**
     * Publishes everything pending now, in sequence order per aggregate. Each aggregate is leased while
     * its events are sent, so several instances of a service do not publish the same outbox at once.
     *
     * @return how many events were published and removed
     */
    public synchronized int relayOnce() {
        wakeUpPending.set(false);
        int relayed = 0;
        for (String name : collections) {
            MongoCollection<Document> collection = database.getCollection(name);
            List<Document> pending = collection.find(Filters.exists(PENDING_ID))
                    .projection(Projections.include(OutboxDocuments.FIELD, LEASE))
                    .limit(BATCH)
                    .into(new ArrayList<>());
            for (Document aggregate : pending) {
                Object id = aggregate.get("_id");
                if (!lease(collection, id)) {
                    continue;
                }
                try {
                    Outcome outcome = relayAggregate(collection, id, aggregate);
                    relayed += outcome.relayed();
                    if (outcome.brokerDown()) {
                        return relayed;
                    }
                } finally {
                    collection.updateOne(Filters.eq("_id", id), Updates.unset(LEASE));
                }
            }
        }
        return relayed;
    }

    private record Outcome(int relayed, boolean brokerDown) {
    }

    private Outcome relayAggregate(MongoCollection<Document> collection, Object id, Document aggregate) {
        List<PendingEvent> events = aggregate.getList(OutboxDocuments.FIELD, Document.class).stream()
                .map(OutboxDocuments::fromDocument)
                .sorted(Comparator.comparingLong(PendingEvent::sequence))
                .toList();
        int relayed = 0;
        for (PendingEvent event : events) {
            Sent sent = publish(event);
            if (sent != Sent.OK) {
                // Later events of this aggregate wait, so its order holds; other aggregates go on unless
                // the broker itself is out of reach.
                return new Outcome(relayed, sent == Sent.BROKER_DOWN);
            }
            collection.updateOne(Filters.eq("_id", id), Updates.pull(OutboxDocuments.FIELD, new Document("id", event.id())));
            listeners.forEach(listener -> listener.removed(event));
            relayed++;
        }
        return new Outcome(relayed, false);
    }

    private boolean lease(MongoCollection<Document> collection, Object id) {
        Date now = new Date();
        Date until = new Date(now.getTime() + LEASE_TIME.toMillis());
        return collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.or(Filters.exists(LEASE, false), Filters.lt(LEASE, now))),
                Updates.set(LEASE, until)).getModifiedCount() == 1;
    }

    private enum Sent { OK, BROKER_DOWN, REJECTED }

    private Sent publish(PendingEvent event) {
        try {
            producer.send(CloudEventHeaders.toRecord(event)).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!brokerReachable) {
                log.info("event broker reachable again; relaying the outbox");
                brokerReachable = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sent.BROKER_DOWN;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RetriableException) {
                return brokerDown(event, e.getCause());
            }
            // Not a passing fault (too large, not authorized, invalid topic): it stays in the outbox and
            // blocks only its own aggregate, and it is logged on every pass until someone acts.
            log.error("event {} ({}) rejected by the broker and kept in the outbox: {}", event.id(), event.type(), e.getCause().toString());
            return Sent.REJECTED;
        } catch (TimeoutException | RuntimeException e) {
            return brokerDown(event, e);
        }
        listeners.forEach(listener -> listener.published(event));
        return Sent.OK;
    }

    private Sent brokerDown(PendingEvent event, Throwable cause) {
        if (brokerReachable) {
            log.warn("event broker unreachable, {} stays in the outbox: {}", event.id(), cause.getMessage());
            brokerReachable = false;
        }
        return Sent.BROKER_DOWN;
    }

    private void relaySafely() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            // The database may be down; the next tick retries. Never let the scheduler die.
            log.warn("outbox relay pass failed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        try {
            for (String name : collections) {
                database.getCollection(name).createIndex(Indexes.ascending(PENDING_ID), new IndexOptions().sparse(true));
            }
        } catch (RuntimeException e) {
            // Only a speed-up: the relay works without it, and the database may come up after the service.
            log.warn("could not ensure the outbox index: {}", e.getMessage());
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::relaySafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(sendTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close(Duration.ofSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
