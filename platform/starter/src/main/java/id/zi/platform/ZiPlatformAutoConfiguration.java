package id.zi.platform;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxCollection;
import id.zi.platform.events.OutboxListener;
import id.zi.platform.events.OutboxRelay;
import id.zi.platform.events.PendingEvent;
import id.zi.platform.mongo.MongoPingHealthIndicator;
import id.zi.platform.problem.ProblemResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minio.MinioClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the platform's cross-cutting pieces into a service: its database, events and outbox relay,
 * idempotent consumers with a dead-letter topic, problem responses, object storage and health.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
public class ZiPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        @ConditionalOnMissingBean
        ProblemResponses problemResponses() {
            return new ProblemResponses();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(MongoClient.class)
    static class Mongo {

        /** The service's own database: the one named in its connection string, else its application name. */
        @Bean
        @ConditionalOnMissingBean
        MongoDatabase ziDatabase(MongoClient client, Environment environment) {
            String uri = environment.getProperty("spring.mongodb.uri");
            String name = uri == null ? null : new ConnectionString(uri).getDatabase();
            return client.getDatabase(name != null ? name : environment.getProperty("spring.application.name", "zi"));
        }

        @Bean(name = "mongoHealthIndicator")
        MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
            return new MongoPingHealthIndicator(database);
        }

        @Bean
        @ConditionalOnMissingBean
        ProcessedEvents processedEvents(MongoDatabase database, Clock clock) {
            return new ProcessedEvents(database, clock);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaTemplate.class)
    static class Events {

        /** The service's event source: {@code planning-service} publishes as {@code /zi/planning}. */
        @Bean
        @ConditionalOnMissingBean
        EventFactory eventFactory(Environment environment, JsonMapper json, Clock clock) {
            String service = environment.getProperty("zi.events.service",
                    environment.getProperty("spring.application.name", "zi").replaceFirst("-service$", ""));
            return new EventFactory(service, json, clock);
        }

        @Bean
        @ConditionalOnBean(OutboxCollection.class)
        OutboxRelay outboxRelay(MongoDatabase database, List<OutboxCollection> collections, KafkaProperties kafka,
                ObjectProvider<OutboxListener> listeners, ObjectProvider<MeterRegistry> meters,
                @Value("${zi.events.relay-interval}") Duration interval, @Value("${zi.events.send-timeout}") Duration sendTimeout) {
            Map<String, Object> properties = kafka.buildProducerProperties();
            properties.put("enable.idempotence", true);
            properties.put("acks", "all");
            properties.put("client.id", "outbox-relay-" + database.getName());
            KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
            List<OutboxListener> all = new java.util.ArrayList<>(listeners.orderedStream().toList());
            MeterRegistry registry = meters.getIfAvailable();
            if (registry != null) {
                Counter published = Counter.builder("zi.outbox.published").description("events the broker acknowledged").register(registry);
                all.add(new OutboxListener() {
                    @Override
                    public void published(PendingEvent event) {
                        published.increment();
                    }
                });
            }
            return new OutboxRelay(database, collections.stream().map(OutboxCollection::name).toList(), producer, interval, sendTimeout, all);
        }

        /**
         * Blocking retries keep a unit's events in order. While the cause is infrastructure (the database
         * is down) the record is retried without end, so no event is lost to an outage; a record that
         * cannot be processed for any other reason goes to {@code <topic>.dlt} with the failure in its
         * headers after a few seconds, and the partition moves on.
         */
        @Bean
        @ConditionalOnMissingBean
        CommonErrorHandler ziKafkaErrorHandler(KafkaProperties kafka) {
            Map<String, Object> properties = kafka.buildProducerProperties();
            KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(properties));
            DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                    (record, exception) -> new TopicPartition(record.topic() + ".dlt", -1));
            DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, limitedBackOff());
            handler.setBackOffFunction((record, exception) -> isInfrastructure(exception) ? untilItReturns() : limitedBackOff());
            handler.addNotRetryableExceptions(IllegalArgumentException.class);
            return handler;
        }

        private static ExponentialBackOff limitedBackOff() {
            ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
            backOff.setMaxElapsedTime(5_000);
            return backOff;
        }

        private static ExponentialBackOff untilItReturns() {
            ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
            backOff.setMaxInterval(30_000);
            backOff.setMaxElapsedTime(Long.MAX_VALUE);
            return backOff;
        }

        static boolean isInfrastructure(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof com.mongodb.MongoException && !(cause instanceof com.mongodb.MongoWriteException)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MinioClient.class)
    @ConditionalOnProperty("zi.storage.endpoint")
    static class Storage {

        /** Path-style addressing, so the same client works with MinIO, s3proxy and any S3 service. */
        @Bean
        @ConditionalOnMissingBean
        MinioClient minioClient(@Value("${zi.storage.endpoint}") String endpoint, @Value("${zi.storage.access-key}") String accessKey,
                @Value("${zi.storage.secret-key}") String secretKey, @Value("${zi.storage.region:us-east-1}") String region) {
            return MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).region(region).build();
        }
    }
}
