package id.zi.platform.events;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Updates;

/**
 * How pending events are kept inside an aggregate document: an array field {@value #FIELD}, appended in
 * the same update that changes the aggregate, so state and events are written atomically without a
 * multi-document transaction.
 */
public final class OutboxDocuments {

    public static final String FIELD = "outbox";

    private OutboxDocuments() {
    }

    /** The update part that appends events; combine it with the state change in one {@code updateOne}. */
    public static Bson append(List<PendingEvent> events) {
        return Updates.pushEach(FIELD, events.stream().map(OutboxDocuments::toDocument).toList());
    }

    public static Document toDocument(PendingEvent event) {
        return new Document("id", event.id())
                .append("topic", event.topic())
                .append("key", event.key())
                .append("type", event.type())
                .append("source", event.source())
                .append("subject", event.subject())
                .append("dataSchema", event.dataSchema())
                .append("tenantId", event.tenantId())
                .append("orgPath", event.orgPath())
                .append("sequence", event.sequence())
                .append("time", Date.from(event.time()))
                .append("data", event.data());
    }

    public static PendingEvent fromDocument(Document document) {
        return new PendingEvent(document.getString("id"), document.getString("topic"), document.getString("key"), document.getString("type"),
                document.getString("source"), document.getString("subject"), document.getString("dataSchema"), document.getString("tenantId"),
                document.getString("orgPath"), ((Number) document.get("sequence")).longValue(), document.getDate("time").toInstant(),
                document.getString("data"));
    }
}
