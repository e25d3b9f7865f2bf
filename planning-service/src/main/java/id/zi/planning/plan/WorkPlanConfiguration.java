package id.zi.planning.plan;

import com.mongodb.client.MongoDatabase;
import id.zi.planning.orgunit.OrgUnits;
import id.zi.planning.orgunit.UnitPathListener;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxCollection;
import id.zi.platform.events.OutboxRelay;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WorkPlanConfiguration {

    @Bean
    OutboxCollection workPlanOutbox() {
        return new OutboxCollection(WorkPlans.COLLECTION);
    }

    /** Keyed by unit id, so one unit's plan events keep their order on one partition. */
    @Bean
    NewTopic workPlanTopic(@Value("${zi.events.partitions}") int partitions) {
        return TopicBuilder.name("zi.planning.plan.v1").partitions(partitions).build();
    }

    @Bean
    LkeIndicators lkeIndicators(JsonMapper json) {
        return LkeIndicators.load(json);
    }

    @Bean
    WorkPlans workPlans(MongoDatabase database, JsonMapper json) {
        return new WorkPlans(database, json);
    }

    /** Plans follow their unit when it moves in the directory. */
    @Bean
    UnitPathListener workPlansFollowTheirUnit(WorkPlans plans) {
        return plans::restamp;
    }

    @Bean
    PlanQueries planQueries(WorkPlans plans, OrgUnits units) {
        return new PlanQueries(plans, units);
    }

    @Bean
    WorkPlanLifecycle workPlanLifecycle(WorkPlans plans, OrgUnits units, LkeIndicators indicators, EventFactory events, OutboxRelay relay,
            Clock clock) {
        return new WorkPlanLifecycle(plans, units, indicators, events, relay, clock);
    }
}
