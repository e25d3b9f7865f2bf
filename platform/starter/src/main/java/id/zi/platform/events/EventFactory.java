package id.zi.platform.events;

import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the outbox entries of one service. The service names its source once; each event names its
 * aggregate stream, type and schema, so the CloudEvent attributes are the same everywhere.
 */
public final class EventFactory {

    private final String service;
    private final JsonMapper json;
    private final Clock clock;

    public EventFactory(String service, JsonMapper json, Clock clock) {
        this.service = service;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param aggregate  the aggregate stream ({@code orgunit}); the topic is {@code zi.<service>.<aggregate>.v1}
     * @param event      the event name within it ({@code created}); the type is {@code id.zi.<service>.<aggregate>.<event>.v1}
     */
    public PendingEvent create(String aggregate, String event, String subject, String unitId, String orgPath, long sequence, Object payload) {
        String topic = "zi." + service + "." + aggregate + ".v1";
        String type = "id.zi." + service + "." + aggregate + "." + event + ".v1";
        String schema = "https://zi.id/schemas/" + service + "." + aggregate + "." + event + ".v1.json";
        return new PendingEvent(UUID.randomUUID().toString(), topic, unitId, type, "/zi/" + service, subject, schema, unitId, orgPath,
                sequence, clock.instant(), json.writeValueAsString(payload));
    }

    public String service() {
        return service;
    }
}
