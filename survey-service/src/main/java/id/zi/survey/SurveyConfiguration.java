package id.zi.survey;

import com.mongodb.client.MongoDatabase;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.events.EventFactory;
import id.zi.platform.events.OutboxCollection;
import id.zi.platform.events.OutboxRelay;
import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.survey.response.PublicAnswering;
import id.zi.survey.response.ResponseStore;
import id.zi.survey.result.PublishedResults;
import id.zi.survey.result.SurveyResults;
import id.zi.survey.survey.SurveyLifecycle;
import id.zi.survey.survey.SurveyLinks;
import id.zi.survey.survey.SurveyStore;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Wires the survey service: its stores, the two outboxes and their topics, the org directory copy. */
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

    /** Each response carries its {@code recorded} event. */
    @Bean
    OutboxCollection responseOutbox() {
        return new OutboxCollection(ResponseStore.COLLECTION);
    }

    /** Each published result carries its {@code published} events. */
    @Bean
    OutboxCollection resultOutbox() {
        return new OutboxCollection(PublishedResults.COLLECTION);
    }

    /** Keyed by unit id, so one unit's responses keep their order on one partition. */
    @Bean
    NewTopic responseTopic(@Value("${zi.events.partitions}") int partitions) {
        return TopicBuilder.name("zi.survey.response.v1").partitions(partitions).build();
    }

    @Bean
    NewTopic resultTopic(@Value("${zi.events.partitions}") int partitions) {
        return TopicBuilder.name("zi.survey.result.v1").partitions(partitions).build();
    }

    @Bean
    SurveyStore surveyStore(MongoDatabase database, JsonMapper json) {
        return new SurveyStore(database, json);
    }

    @Bean
    SurveyLinks surveyLinks(MongoDatabase database) {
        return new SurveyLinks(database);
    }

    @Bean
    ResponseStore responseStore(MongoDatabase database) {
        return new ResponseStore(database);
    }

    @Bean
    PublishedResults publishedResults(MongoDatabase database, JsonMapper json) {
        return new PublishedResults(database, json);
    }

    @Bean
    OrgUnitProjection orgUnitProjection(MongoDatabase database, ProcessedEvents processed, SurveyStore surveys, JsonMapper json) {
        return new OrgUnitProjection(database, processed, surveys, json);
    }

    @Bean
    SurveyLifecycle surveyLifecycle(SurveyStore store, SurveyLinks links, ResponseStore responses, Clock clock) {
        return new SurveyLifecycle(store, links, responses::count, clock);
    }

    @Bean
    PublicAnswering publicAnswering(SurveyLifecycle surveys, ResponseStore responses, EventFactory events, OutboxRelay relay, Clock clock) {
        return new PublicAnswering(surveys, responses, events, relay, clock);
    }

    @Bean
    SurveyResults surveyResults(SurveyLifecycle surveys, ResponseStore responses, PublishedResults published, OrgUnitProjection units,
            EventFactory events, OutboxRelay relay, JsonMapper json, Clock clock) {
        return new SurveyResults(surveys, responses, published, units, events, relay, json, clock);
    }
}
