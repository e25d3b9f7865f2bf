package id.zi.planning.orgunit;

import com.mongodb.client.MongoDatabase;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxCollection;
import id.zi.platform.events.OutboxRelay;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OrgUnitConfiguration {

    @Bean
    OutboxCollection orgUnitOutbox() {
        return new OutboxCollection(OrgUnits.COLLECTION);
    }

    /** Keyed by unit id, so partitions spread units across consumers while each unit's events keep their order. */
    @Bean
    NewTopic orgUnitTopic(@Value("${zi.events.partitions}") int partitions) {
        return TopicBuilder.name("zi.planning.orgunit.v1").partitions(partitions).build();
    }

    @Bean
    OrgUnits orgUnits(MongoDatabase database) {
        return new OrgUnits(database);
    }

    @Bean
    OrgDirectory orgDirectory(OrgUnits units, EventFactory events, OutboxRelay relay, Clock clock,
            ObjectProvider<UnitPathListener> pathListeners) {
        return new OrgDirectory(units, events, relay, clock, pathListeners.orderedStream().toList());
    }

    /** Finishes any move a stopped process left half-done before the service takes requests. */
    @Bean
    ApplicationRunner orgPathRepair(OrgDirectory directory) {
        return (ApplicationArguments args) -> directory.repairPaths();
    }
}
