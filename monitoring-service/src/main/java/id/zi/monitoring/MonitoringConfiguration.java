package id.zi.monitoring;

import com.mongodb.client.MongoDatabase;
import id.zi.monitoring.assessment.AssessmentLifecycle;
import id.zi.monitoring.assessment.AssessmentStore;
import id.zi.monitoring.evidence.EvidenceProjection;
import id.zi.monitoring.lke.LkeScorer;
import id.zi.monitoring.lke.Readiness;
import id.zi.monitoring.monev.MonevLifecycle;
import id.zi.monitoring.monev.MonevSettings;
import id.zi.monitoring.monev.MonevStore;
import id.zi.monitoring.orgunit.OrgUnitProjection;
import id.zi.monitoring.plan.PlanProjection;
import id.zi.monitoring.survey.SurveyResultProjection;
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

/**
 * Wires monev and the LKE assessments: their stores and outboxes, the unit settings, and the topics their
 * events go to. Assessments score with the one scorer and readiness of {@code LkeConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    OutboxCollection monevOutbox() {
        return new OutboxCollection(MonevStore.COLLECTION);
    }

    /** Keyed by unit id, so one unit's monev events keep their order on one partition. */
    @Bean
    NewTopic monevTopic(@Value("${zi.events.partitions}") int partitions) {
        return TopicBuilder.name("zi.monitoring.monev.v1").partitions(partitions).build();
    }

    @Bean
    MonevStore monevStore(MongoDatabase database, JsonMapper json) {
        return new MonevStore(database, json);
    }

    @Bean
    MonevSettings monevSettings(MongoDatabase database) {
        return new MonevSettings(database);
    }

    @Bean
    MonevLifecycle monevLifecycle(MonevStore store, MonevSettings settings, PlanProjection plans, EventFactory events, OutboxRelay relay,
            Clock clock) {
        return new MonevLifecycle(store, settings, plans, events, relay, clock);
    }

    @Bean
    OutboxCollection assessmentOutbox() {
        return new OutboxCollection(AssessmentStore.COLLECTION);
    }

    /** Keyed by unit id, so one unit's assessment events keep their order on one partition. */
    @Bean
    NewTopic assessmentTopic(@Value("${zi.events.partitions}") int partitions) {
        return TopicBuilder.name("zi.monitoring.assessment.v1").partitions(partitions).build();
    }

    @Bean
    AssessmentStore assessmentStore(MongoDatabase database, JsonMapper json) {
        return new AssessmentStore(database, json);
    }

    @Bean
    AssessmentLifecycle assessmentLifecycle(AssessmentStore store, LkeScorer scorer, Readiness readiness, EvidenceProjection evidence,
            OrgUnitProjection units, SurveyResultProjection surveys, EventFactory events, OutboxRelay relay, Clock clock) {
        return new AssessmentLifecycle(store, scorer, readiness, evidence, units, surveys, events, relay, clock);
    }
}
