package id.zi.monitoring.rollup;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import tools.jackson.databind.json.JsonMapper;

/** Wires the unit facts read model, its change slots and generation, and the in-memory index over it. */
@Configuration(proxyBeanMethods = false)
class RollupConfiguration {

    @Bean
    RollupControl rollupControl(MongoDatabase database) {
        return new RollupControl(database);
    }

    @Bean
    FactChanges factChanges(MongoDatabase database, Clock clock) {
        return new FactChanges(database, clock);
    }

    @Bean
    UnitFactsProjection unitFactsProjection(MongoDatabase database, FactChanges changes, RollupControl control, JsonMapper json, Clock clock) {
        return new UnitFactsProjection(database, changes, control, json, clock);
    }

    @Bean
    RollupIndex rollupIndex(MongoDatabase database, FactChanges changes, RollupControl control, UnitFactsProjection projection,
            @Value("${zi.monitoring.rollup.refresh-interval:1s}") Duration interval) {
        return new RollupIndex(database, changes, control, projection, interval);
    }

    /**
     * The facts consumer commits its offsets once per poll instead of once per record: a commit is a broker round
     * trip, and a crash that replays the last poll changes nothing here (every fact is sequence-guarded).
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> rollupFactsCommitPerPoll() {
        return container -> {
            if (UnitFactsProjection.LISTENER_ID.equals(container.getListenerId())) {
                container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
            }
        };
    }
}
