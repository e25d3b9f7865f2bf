package id.zi.evidence;

import com.mongodb.client.MongoDatabase;
import id.zi.evidence.catalog.LkeCatalog;
import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.item.EvidenceLifecycle;
import id.zi.evidence.item.EvidenceQueries;
import id.zi.evidence.item.EvidenceStore;
import id.zi.evidence.limits.UploadLimits;
import id.zi.evidence.orgunit.OrgMoves;
import id.zi.evidence.plan.PlanProjection;
import id.zi.evidence.storage.EvidenceStorage;
import id.zi.evidence.storage.OrphanSweeper;
import id.zi.evidence.storage.UploadIntents;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxCollection;
import id.zi.platform.events.OutboxRelay;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.minio.MinioClient;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the evidence service. The store's circuit breaker and the upload bulkhead are built here from
 * {@code zi.evidence.*}, so their settings sit beside the limits they protect.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EvidenceConfiguration {

    @Bean
    OutboxCollection evidenceOutbox() {
        return new OutboxCollection(EvidenceStore.COLLECTION);
    }

    /** Keyed by unit id, so one unit's evidence events keep their order on one partition. */
    @Bean
    NewTopic evidenceTopic(@Value("${zi.events.partitions}") int partitions) {
        return TopicBuilder.name("zi.evidence.evidence.v1").partitions(partitions).build();
    }

    @Bean
    LkeCatalog lkeCatalog(JsonMapper json) {
        return LkeCatalog.load(json);
    }

    @Bean
    EvidenceStore evidenceStore(MongoDatabase database, JsonMapper json) {
        return new EvidenceStore(database, json);
    }

    @Bean
    EvidenceQueries evidenceQueries(EvidenceStore store) {
        return new EvidenceQueries(store);
    }

    @Bean
    PlanProjection planProjection(MongoDatabase database, ProcessedEvents processed, JsonMapper json) {
        return new PlanProjection(database, processed, json);
    }

    @Bean
    OrgMoves orgMoves(EvidenceStore store, PlanProjection plans, ProcessedEvents processed, JsonMapper json) {
        return new OrgMoves(store, plans, processed, json);
    }

    @Bean
    UploadLimits uploadLimits(MongoDatabase database, @Value("${zi.evidence.max-file-size}") DataSize maxFileSize,
            @Value("${zi.evidence.unit-quota}") DataSize quota) {
        return new UploadLimits(database, maxFileSize.toBytes(), quota.toBytes());
    }

    @Bean
    UploadIntents uploadIntents(MongoDatabase database, Clock clock) {
        return new UploadIntents(database, clock);
    }

    /** Opens after half of the last few calls failed; while open, uploads are refused at once with 503. */
    @Bean
    CircuitBreaker storageBreaker(@Value("${zi.evidence.breaker.wait-in-open}") Duration waitInOpen,
            ObjectProvider<MeterRegistry> meters) {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(4).failureRateThreshold(50)
                .waitDurationInOpenState(waitInOpen).permittedNumberOfCallsInHalfOpenState(2)
                .build());
        meters.ifAvailable(meterRegistry -> TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meterRegistry));
        return registry.circuitBreaker("evidence-storage");
    }

    /** Bounds concurrent uploads: each holds one multipart part in memory and a connection to the store. */
    @Bean
    Bulkhead uploadBulkhead(@Value("${zi.evidence.max-concurrent-uploads}") int maxConcurrent, ObjectProvider<MeterRegistry> meters) {
        BulkheadRegistry registry = BulkheadRegistry.of(BulkheadConfig.custom().maxConcurrentCalls(maxConcurrent)
                .maxWaitDuration(Duration.ZERO).build());
        meters.ifAvailable(meterRegistry -> TaggedBulkheadMetrics.ofBulkheadRegistry(registry).bindTo(meterRegistry));
        return registry.bulkhead("evidence-uploads");
    }

    @Bean
    EvidenceStorage evidenceStorage(MinioClient client, @Value("${zi.evidence.bucket}") String bucket, CircuitBreaker storageBreaker,
            @Value("${zi.evidence.part-size}") DataSize partSize) {
        return new EvidenceStorage(client, bucket, storageBreaker, partSize.toBytes());
    }

    @Bean
    EvidenceLifecycle evidenceLifecycle(EvidenceStore store, EvidenceStorage storage, UploadIntents intents, UploadLimits limits,
            PlanProjection plans, LkeCatalog catalog, EventFactory events, OutboxRelay relay, Bulkhead uploadBulkhead, Clock clock) {
        return new EvidenceLifecycle(store, storage, intents, limits, plans, catalog, events, relay, uploadBulkhead, clock);
    }

    @Bean
    OrphanSweeper orphanSweeper(UploadIntents intents, EvidenceStorage storage, EvidenceStore store,
            @Value("${zi.evidence.abandoned-after}") Duration abandonedAfter) {
        return new OrphanSweeper(intents, storage, store::describesObject, abandonedAfter);
    }

    @Bean
    Housekeeping evidenceHousekeeping(OrphanSweeper sweeper, EvidenceStore store, EvidenceLifecycle lifecycle) {
        return new Housekeeping(sweeper, store, lifecycle);
    }

    /** Finishes what a failure left behind: objects of dead uploads, and objects of deleted evidence. */
    static class Housekeeping {

        private final OrphanSweeper sweeper;
        private final EvidenceStore store;
        private final EvidenceLifecycle lifecycle;

        Housekeeping(OrphanSweeper sweeper, EvidenceStore store, EvidenceLifecycle lifecycle) {
            this.sweeper = sweeper;
            this.store = store;
            this.lifecycle = lifecycle;
        }

        @Scheduled(initialDelayString = "${zi.evidence.sweep-interval}", fixedDelayString = "${zi.evidence.sweep-interval}")
        void run() {
            sweeper.sweep();
            for (EvidenceItem deleted : store.deletedWithObjects(100)) {
                if (!lifecycle.removeObjects(deleted)) {
                    return;
                }
            }
        }
    }
}
