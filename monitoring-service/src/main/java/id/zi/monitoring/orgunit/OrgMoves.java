package id.zi.monitoring.orgunit;

import id.zi.monitoring.assessment.AssessmentLifecycle;
import id.zi.monitoring.monev.MonevLifecycle;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's monevs, assessments and monev setting follow it when it moves in the org tree (with everything below
 * it), so the new parent's inspectorate sees them and the old one no longer does. The events already published
 * keep the path they had: a closed period stays counted where it was.
 */
@Component
class OrgMoves {

    static final String CONSUMER = "monitoring.org-moves";
    private static final String MOVED = "id.zi.planning.orgunit.moved.v1";
    private static final Logger log = LoggerFactory.getLogger(OrgMoves.class);

    private final MonevLifecycle monev;
    private final AssessmentLifecycle assessments;
    private final ProcessedEvents processed;
    private final JsonMapper json;

    OrgMoves(MonevLifecycle monev, AssessmentLifecycle assessments, ProcessedEvents processed, JsonMapper json) {
        this.monev = monev;
        this.assessments = assessments;
        this.processed = processed;
        this.json = json;
    }

    @KafkaListener(topics = "zi.planning.orgunit.v1", groupId = "monitoring-service.org-moves")
    void on(ConsumerRecord<String, byte[]> record) {
        // Only moves matter here; a record the directory copy cannot read is dead-lettered by that consumer alone.
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null || !MOVED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        CloudEventHeaders.Metadata event = CloudEventHeaders.read(record);
        JsonNode data = json.readTree(record.value());
        String oldPath = data.path("oldPath").asString(null);
        String newPath = data.path("newPath").asString(null);
        if (oldPath == null || newPath == null) {
            throw new IllegalArgumentException("moved event " + event.id() + " lacks oldPath or newPath");
        }
        processed.runOnce(CONSUMER, event, () -> {
            monev.moved(oldPath, newPath);
            assessments.moved(oldPath, newPath);
            log.info("{} moved to {}: its monevs, assessments and monev settings re-filed", oldPath, newPath);
        });
    }
}
