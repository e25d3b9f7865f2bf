package id.zi.planning.orgunit;

import com.mongodb.client.MongoDatabase;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxCollection;
import id.zi.platform.events.OutboxRelay;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrgUnitConfiguration {

    @Bean
    OutboxCollection orgUnitOutbox() {
        return new OutboxCollection(OrgUnits.COLLECTION);
    }

    @Bean
    OrgUnits orgUnits(MongoDatabase database) {
        return new OrgUnits(database);
    }

    @Bean
    OrgDirectory orgDirectory(OrgUnits units, EventFactory events, OutboxRelay relay, Clock clock) {
        return new OrgDirectory(units, events, relay, clock);
    }

    /** Finishes any move a stopped process left half-done before the service takes requests. */
    @Bean
    ApplicationRunner orgPathRepair(OrgDirectory directory) {
        return (ApplicationArguments args) -> directory.repairPaths();
    }
}
