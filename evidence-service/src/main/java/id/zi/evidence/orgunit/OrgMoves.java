package id.zi.evidence.orgunit;

import id.zi.evidence.item.EvidenceStore;
import id.zi.evidence.plan.PlanProjection;
import id.zi.platform.consumer.ProcessedEvents;
import id.zi.platform.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence and plan copies follow a unit that moves in the org tree (with everything below it), so the new
 * parent's inspectorate sees them and the old one no longer does.
 */
public class OrgMoves {

    static final String CONSUMER = "evidence.org-moves";
    private static final Logger log = LoggerFactory.getLogger(OrgMoves.class);

    private final EvidenceStore evidence;
    private final PlanProjection plans;
    private final ProcessedEvents processed;
    private final JsonMapper json;

    public OrgMoves(EvidenceStore evidence, PlanProjection plans, ProcessedEvents processed, JsonMapper json) {
        this.evidence = evidence;
        this.plans = plans;
        this.processed = processed;
        this.json = json;
    }

    @KafkaListener(topics = "zi.planning.orgunit.v1", groupId = "evidence-service.org-moves")
    void on(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders.Metadata event = CloudEventHeaders.read(record);
        if (!"id.zi.planning.orgunit.moved.v1".equals(event.type())) {
            return;
        }
        JsonNode data = json.readTree(record.value());
        String oldPath = data.path("oldPath").asString(null);
        String newPath = data.path("newPath").asString(null);
        if (oldPath == null || newPath == null) {
            throw new IllegalArgumentException("moved event " + event.id() + " lacks oldPath or newPath");
        }
        processed.runOnce(CONSUMER, event, () -> {
            long items = evidence.restamp(oldPath, newPath);
            long copies = plans.restamp(oldPath, newPath);
            log.info("{} moved to {}: {} evidence items and {} plans re-filed", oldPath, newPath, items, copies);
        });
    }
}
