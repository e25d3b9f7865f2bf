package id.zi.platform.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
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
    /**
     * Leases live in their own small collection, one document per aggregate being relayed, removed when its pass
     * ends: a lease is a conditional upsert, and the embedded MongoDB-protocol server answers a filter with more
     * than {@code _id} by scanning, which here scans a handful of leases instead of every aggregate.
     */
    static final String LEASES = "outbox_leases";
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
    private final String owner = UUID.randomUUID().toString();
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
                    .projection(Projections.include(OutboxDocuments.FIELD))
                    .limit(BATCH)
                    .into(new ArrayList<>());
            List<Leased> leased = new ArrayList<>();
            try {
                for (Document aggregate : pending) {
                    Object id = aggregate.get("_id");
                    if (lease(name, id)) {
                        leased.add(new Leased(id, aggregate.getList(OutboxDocuments.FIELD, Document.class).stream()
                                .map(OutboxDocuments::fromDocument)
                                .sorted(Comparator.comparingLong(PendingEvent::sequence))
                                .toList()));
                    }
                }
                Outcome outcome = relay(collection, leased);
                relayed += outcome.relayed();
                if (outcome.brokerDown()) {
                    return relayed;
                }
                if (pending.size() == BATCH) {
                    // more are waiting: the next pass starts at once instead of after the interval
                    wakeUp();
                }
            } finally {
                MongoCollection<Document> leases = database.getCollection(LEASES);
                for (Leased aggregate : leased) {
                    leases.deleteOne(Filters.and(Filters.eq("_id", leaseId(name, aggregate.id())), Filters.eq("owner", owner)));
                }
            }
        }
        return relayed;
    }

    private record Leased(Object id, List<PendingEvent> events) {
    }

    private record Outcome(int relayed, boolean brokerDown) {
    }

    /**
     * The first event is sent and awaited alone, as a probe: while the broker is down a pass costs one send
     * timeout, not one per event. Then every event of the batch is sent without waiting and the
     * acknowledgements are collected afterwards, so a pass costs about one round trip instead of one per
     * event. One unit's events share a partition and the idempotent producer keeps them in order; an
     * aggregate's events are removed only up to its first unacknowledged one.
     */
    private Outcome relay(MongoCollection<Document> collection, List<Leased> leased) {
        if (leased.isEmpty()) {
            return new Outcome(0, false);
        }
        Leased first = leased.getFirst();
        Sent probe = await(first.events().getFirst(), send(first.events().getFirst()));
        if (probe == Sent.BROKER_DOWN) {
            return new Outcome(0, true);
        }
        List<List<Future<RecordMetadata>>> sends = new ArrayList<>();
        for (int a = 0; a < leased.size(); a++) {
            List<Future<RecordMetadata>> ofAggregate = new ArrayList<>();
            List<PendingEvent> events = leased.get(a).events();
            for (int e = a == 0 ? 1 : 0; e < events.size() && !(a == 0 && probe != Sent.OK); e++) {
                ofAggregate.add(send(events.get(e)));
            }
            sends.add(ofAggregate);
        }
        int relayed = 0;
        boolean brokerDown = false;
        for (int a = 0; a < leased.size(); a++) {
            Leased aggregate = leased.get(a);
            List<Future<RecordMetadata>> futures = sends.get(a);
            int offset = a == 0 ? 1 : 0;
            if (a == 0) {
                if (probe != Sent.OK) {
                    continue;
                }
                removed(collection, aggregate.id(), aggregate.events().getFirst());
                relayed++;
            }
            for (int i = 0; i < futures.size(); i++) {
                PendingEvent event = aggregate.events().get(i + offset);
                Sent sent = await(event, futures.get(i));
                if (sent != Sent.OK) {
                    // Later events of this aggregate wait for the next pass, so its order holds.
                    brokerDown |= sent == Sent.BROKER_DOWN;
                    break;
                }
                removed(collection, aggregate.id(), event);
                relayed++;
            }
        }
        return new Outcome(relayed, brokerDown);
    }

    private void removed(MongoCollection<Document> collection, Object id, PendingEvent event) {
        collection.updateOne(Filters.eq("_id", id), Updates.pull(OutboxDocuments.FIELD, new Document("id", event.id())));
        listeners.forEach(listener -> listener.removed(event));
    }

    /**
     * Takes the aggregate's lease unless another relay holds an unexpired one: the upsert inserts a missing lease,
     * takes over an expired one, and fails on the unique {@code _id} while a live one exists.
     */
    private boolean lease(String collection, Object id) {
        Date now = new Date();
        Date until = new Date(now.getTime() + LEASE_TIME.toMillis());
        try {
            database.getCollection(LEASES).updateOne(Filters.and(Filters.eq("_id", leaseId(collection, id)), Filters.lt("until", now)),
                    Updates.combine(Updates.set("until", until), Updates.set("owner", owner)), new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static String leaseId(String collection, Object id) {
        return collection + "/" + id;
    }

    private enum Sent { OK, BROKER_DOWN, REJECTED }

    /** Hands the event to the producer; a producer that cannot even take it answers with a failed future. */
    private Future<RecordMetadata> send(PendingEvent event) {
        try {
            return producer.send(CloudEventHeaders.toRecord(event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Sent await(PendingEvent event, Future<RecordMetadata> sending) {
        try {
            sending.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!brokerReachable) {
                log.info("event broker reachable again; relaying the outbox");
                brokerReachable = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sent.BROKER_DOWN;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RetriableException || e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
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
